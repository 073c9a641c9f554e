/**
 * Request and response types of the public HTTP API (`/v1`). The element
 * speaks to the API with these types only; the API returns exactly these.
 * Amounts are integer cents (EUR); rates are percents as numbers (20 = 20 %).
 */
import type { Locale } from './messages/index.ts';

export type Currency = 'EUR';

export interface CatalogProduct {
  code: string;
  label: string;
  blurb: string;
  features: string[];
  validityYears: number;
  /** Price per certificate, before tax, in cents. */
  priceHt: number;
  vatRate: number;
}

export type OptionCode = 'usb_reader' | 'express';
export type OptionRule = 'mandatory_first_certificate';

export interface CatalogOption {
  code: OptionCode;
  label: string;
  description: string;
  /** Price per certificate, before tax, in cents. */
  priceHt: number;
  perCertificate: true;
  /** `mandatory_first_certificate`: forced on when the organisation has no earlier certificate. */
  rule: OptionRule | null;
}

export interface Payee {
  holder: string;
  address: string;
  postalCode: string;
  city: string;
  iban: string;
  bic: string;
  bankName: string;
  bankBranch: string;
  rib: { bank: string; branch: string; account: string; key: string } | null;
}

export interface CatalogResponse {
  locale: Locale;
  currency: Currency;
  /** Standard VAT rate in percent (20 = 20 %). */
  vatRate: number;
  products: CatalogProduct[];
  options: CatalogOption[];
  payee: Payee;
  /** The partner whose `X-Partner-Key` made the request, and its white-label branding. */
  partner: CatalogPartner;
}

export interface CatalogPartner {
  /** Stable identifier, e.g. `omnikles`. */
  slug: string;
  /** `test`: orders placed through this key are test orders (never fulfilled). */
  mode: 'test' | 'live';
  branding: PartnerBranding;
}

/**
 * How the element presents itself for a partner. Colours are `#rrggbb`; the
 * element turns them into CSS custom properties on its shadow root, below any
 * value the partner's own stylesheet sets on `certinomis-order`.
 */
export interface PartnerBranding {
  /** Name shown in the element's header (the seller's or the reseller's). */
  displayName: string;
  /** HTTPS (or same-origin path) URL of a logo image, or null for text only. */
  logoUrl: string | null;
  colors: {
    /** Buttons, links, focus rings. */
    primary: string;
    /** Text on `primary`. */
    onPrimary: string;
    /** Secondary highlights (badges, selected cards). */
    accent: string;
  };
  /** A CSS font-family list, e.g. `"Inter", system-ui, sans-serif`, or null for the default. */
  font: string | null;
  /** The language the element starts in when the page sets no `locale`. */
  defaultLocale: Locale;
}

export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `customer.email`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error of the API is shaped. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface CgvResponse {
  version: string;
  title: string;
  /** Trusted HTML from the operator (headings, paragraphs, lists). */
  html: string;
  publishedAt: string;
}

export interface QuoteLine {
  code: string;
  label: string;
  quantity: number;
  /** Unit price before tax, cents. */
  unitHt: number;
  totalHt: number;
}

export interface Totals {
  ht: number;
  vat: number;
  ttc: number;
}

export interface QuoteResponse {
  lines: QuoteLine[];
  totals: Totals;
  vatBreakdown: { rate: number; base: number; amount: number }[];
  currency: Currency;
}

export interface OrganisationResponse {
  siret: string;
  valid: true;
  name: string;
  legalCategory: string;
  publicAdministration: boolean;
  active: boolean;
  firstCertificate: boolean;
  address: string;
  postalCode: string;
  city: string;
}

export type PaymentInstructions =
  | {
      method: 'transfer';
      payee: Payee;
      amount: number;
      /** What the transfer's label must carry: the buyer's reference and the order reference. */
      label: string;
      transferReference: string;
      orderReference: string;
    }
  | {
      method: 'cheque';
      payableTo: string;
      mailTo: string;
      amount: number;
      chequeNumber: string;
      bank: string;
    }
  | {
      method: 'mandate';
      siret: string;
      serviceCode: string;
      chorusOrderNumber: string;
      paymentTermDays: number;
    };

export interface OrderResponse {
  reference: string;
  createdAt: string;
  status: 'placed' | 'completed' | 'cancelled';
  lines: QuoteLine[];
  totals: Totals;
  currency: Currency;
  payment: { method: 'mandate' | 'transfer' | 'cheque'; instructions: PaymentInstructions };
  dossiers: { id: string; status: string }[];
  clientSpaceUrl: string;
}

/** `POST /v1/auth/login` → 202: the second factor was e-mailed; poll or verify with this id. */
export interface LoginStarted {
  loginAttemptId: string;
  expiresAt: string;
}

/** A bearer session: send `Authorization: Bearer <accessToken>` until `expiresAt`. */
export interface SessionResponse {
  accessToken: string;
  expiresAt: string;
}

/** `GET /v1/auth/login/{id}` while the e-mailed link has not been used yet. */
export interface LoginPending {
  status: 'pending';
  expiresAt: string;
}

export type DossierStatus =
  | 'to_complete'
  | 'to_sign'
  | 'awaiting_paper'
  | 'in_review'
  | 'awaiting_payment'
  | 'issued'
  | 'shipped'
  | 'at_post_office'
  | 'refused'
  | 'cancelled';

export interface DossierRow {
  id: string;
  productLabel: string;
  orderReference: string;
  /** ISO date-time of the order. */
  orderDate: string;
  status: DossierStatus;
  statusLabel: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface CertificateRow {
  dossierId: string;
  orderReference: string;
  /** The certificate's subject (bénéficiaire's name) once known. */
  beneficiary: string | null;
  identity: string | null;
  status: DossierStatus;
  statusLabel: string;
  expiresAt: string | null;
}

export interface MeResponse {
  email: string;
  locale: Locale;
}

/** `GET /v1/dossiers/{id}`: one certificate's dossier, its state, and what may be sent now. */
export interface DossierResponse {
  id: string;
  orderReference: string;
  orderDate: string;
  productLabel: string;
  /** This dossier's rank in its order (1 of `quantity`). */
  position: number;
  quantity: number;
  express: boolean;
  status: DossierStatus;
  statusLabel: string;
  /** The editing step the buyer is on, or null once signed. */
  step: string | null;
  /** Optimistic-concurrency version: send it back as `If-Match: "<version>"`. */
  version: number;
  /** Event types the caller may send now (`POST /v1/dossiers/{id}/events`). */
  accepts: string[];
  editable: boolean;
  /** Each step's saved data, the pre-fill from the order, and the lifecycle facts. */
  data: Record<string, unknown>;
  documents: { id: string; contentType: string; size: number; uploadedAt: string }[];
  /** Where a printed, hand-signed dossier is posted (the seller's address). */
  payee: Payee;
}
