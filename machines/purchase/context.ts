/**
 * The purchase machine's context: what the buyer has entered so far (drafts, as typed: the
 * schemas validate and normalise them), the organisation found for the SIRET, the CGV
 * acceptance, and the issues shown after a refused step.
 */
import type { BillingInput, CustomerInput, PaymentMethod } from '../schemas/purchase.ts';
import type { OrganisationFacts, OrganisationStatus } from './organisation.ts';
import type { FieldIssue } from './step-issues.ts';

export type CustomerDraft = Partial<CustomerInput>;
export type BillingDraft = Partial<BillingInput>;

/**
 * Every payment field the screens may hold; only the chosen method's are sent. (A type alias,
 * not an interface, so that it can be passed as `purchase.update`'s `values`.)
 */
export type PaymentDraft = {
  method?: PaymentMethod;
  siret?: string;
  serviceCode?: string;
  chorusOrderNumber?: string;
  transferReference?: string;
  chequeNumber?: string;
  bank?: string;
};

export type OptionsDraft = {
  usbReader: boolean;
  express: boolean;
};

export interface PurchaseContext {
  /** Catalogue product code; one validity per order. */
  product: string | null;
  quantity: number;
  customer: CustomerDraft;
  /** "Les informations de facturation sont différentes". */
  billingDifferent: boolean;
  billing: BillingDraft;
  options: OptionsDraft;
  payment: PaymentDraft;
  organisation: OrganisationFacts | null;
  organisationStatus: OrganisationStatus;
  cgvAccepted: boolean;
  cgvVersion: string | null;
  /** Issues of the last refused event (`purchase.next`, a refused field of `purchase.update`…). */
  issues: FieldIssue[];
  /** The confirmation returned by the API (`POST /v1/orders`). */
  order: unknown | null;
  submitError: unknown | null;
  /** Product codes of the catalogue, when known: `purchase.selectProduct` accepts only these. */
  productCodes: readonly string[] | null;
  /** A renewal: the certificate (dossier id) this order renews; null for a new certificate. */
  renewalOf: string | null;
}

export const CUSTOMER_FIELDS = [
  'civility',
  'firstName',
  'lastName',
  'email',
  'emailConfirmation',
  'phone',
  'country',
  'companyName',
  'siret',
  'address',
  'postalCode',
  'city',
] as const satisfies readonly (keyof CustomerInput)[];

export const BILLING_FIELDS = [
  'companyName',
  'address',
  'postalCode',
  'city',
  'country',
  'email',
] as const satisfies readonly (keyof BillingInput)[];

export const PAYMENT_TEXT_FIELDS = [
  'siret',
  'serviceCode',
  'chorusOrderNumber',
  'transferReference',
  'chequeNumber',
  'bank',
] as const satisfies readonly (keyof PaymentDraft)[];

/** The fields each payment method sends. */
export const PAYMENT_FIELDS_BY_METHOD = {
  mandate: ['siret', 'serviceCode', 'chorusOrderNumber'],
  transfer: ['transferReference'],
  cheque: ['chequeNumber', 'bank'],
} as const satisfies Record<PaymentMethod, readonly (typeof PAYMENT_TEXT_FIELDS)[number][]>;

export const OPTION_FIELDS = [
  'usbReader',
  'express',
] as const satisfies readonly (keyof OptionsDraft)[];

/** The form part of the context, empty (Réinitialiser). */
export function emptyForm(): Pick<
  PurchaseContext,
  | 'customer'
  | 'billingDifferent'
  | 'billing'
  | 'options'
  | 'payment'
  | 'organisation'
  | 'organisationStatus'
  | 'cgvAccepted'
  | 'cgvVersion'
  | 'issues'
  | 'order'
  | 'submitError'
> {
  return {
    customer: {},
    billingDifferent: false,
    billing: {},
    options: { usbReader: false, express: false },
    payment: {},
    organisation: null,
    organisationStatus: 'idle',
    cgvAccepted: false,
    cgvVersion: null,
    issues: [],
    order: null,
    submitError: null,
  };
}

/**
 * The USB key reader is forced on for a first CERTINOMIS certificate of the organisation, never
 * for a renewal (the organisation is a customer: the buyer may keep the existing token). The one
 * place this rule lives: the options step, `purchase.update` and the lookup's answer ask it.
 */
export function usbReaderForced(context: Pick<PurchaseContext, 'organisation' | 'renewalOf'>) {
  return context.organisation?.firstCertificate === true && !context.renewalOf;
}

/** The payment part of an order request: the chosen method and its fields only. */
export function paymentRequestOf(payment: PaymentDraft): PaymentDraft {
  if (payment.method === undefined) return {};
  const body: PaymentDraft = { method: payment.method };
  for (const field of PAYMENT_FIELDS_BY_METHOD[payment.method]) body[field] = payment[field];
  return body;
}
