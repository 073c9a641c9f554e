/** `POST /v1/quotes`, `GET /v1/organisations/{siret}` and `POST /v1/orders`: the purchase. */
import type { Payee } from './catalog.ts';
import type { Currency, DossierStatus, OrderStatus, PaymentMethod } from './lists.ts';

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
  status: OrderStatus;
  lines: QuoteLine[];
  totals: Totals;
  currency: Currency;
  payment: { method: PaymentMethod; instructions: PaymentInstructions };
  dossiers: { id: string; status: DossierStatus }[];
  clientSpaceUrl: string;
  /** A renewal: the certificate (dossier id) this order renews; null for new certificates. */
  renewalOf: string | null;
}
