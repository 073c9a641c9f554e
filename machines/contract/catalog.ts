/** `GET /v1/catalog` and `GET /v1/cgv`: what the element shows before anything is ordered. */
import type { Currency, Locale, OptionCode, OptionRule, PartnerMode } from './lists.ts';

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
  mode: PartnerMode;
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

export interface CgvResponse {
  version: string;
  title: string;
  /** Trusted HTML from the operator (headings, paragraphs, lists). */
  html: string;
  /** The language of this text: the buyer's when the version is published in it, else `fr`. */
  locale: Locale;
  publishedAt: string;
}
