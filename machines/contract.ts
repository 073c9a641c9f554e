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
