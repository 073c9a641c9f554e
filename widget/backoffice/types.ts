/**
 * What the back office reads from `/v1/admin` (api/routes/admin.ts): the queue's rows, one
 * dossier with its order and history. Amounts are integer cents, times ISO date-times.
 */
import type { DossierResponse, DossierStatus } from '../../machines/contract.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';

export type PaymentMethod = 'mandate' | 'transfer' | 'cheque';
export type PaymentStatus = 'pending' | 'received' | 'mandate';

/** One row of `GET /v1/admin/dossiers` (Express first). */
export interface QueueRow {
  id: string;
  orderReference: string;
  orderDate: string;
  position: number;
  quantity: number;
  organisation: string;
  siret: string;
  email: string;
  status: DossierStatus;
  statusLabel: string;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  express: boolean;
  /** Express with a complete dossier: when the certificate must have shipped. */
  shipBy: string | null;
  /** Hours left to `shipBy` (negative: overdue), to the tenth. */
  hoursLeft: number | null;
  version: number;
}

export interface QueueResponse {
  items: QueueRow[];
}

/** The queue's filters and page, as the API's query parameters take them. */
export interface QueueQuery {
  status: DossierStatus | '';
  reference: string;
  siret: string;
  organisation: string;
  paymentMethod: PaymentMethod | '';
  expressOnly: boolean;
  /** Show orders placed with partners' test keys instead of the real queue. */
  testData: boolean;
  /** `YYYY-MM-DD` or empty. */
  from: string;
  to: string;
  offset: number;
}

export const emptyQuery: QueueQuery = {
  status: '',
  reference: '',
  siret: '',
  organisation: '',
  paymentMethod: '',
  expressOnly: false,
  testData: false,
  from: '',
  to: '',
  offset: 0,
};

/** The order of a dossier, as `GET /v1/admin/dossiers/{id}` gives it (database names). */
export interface AdminOrder {
  reference: string;
  customer: Record<string, string>;
  billing: Record<string, string> | null;
  total_ht: number;
  total_vat: number;
  total_ttc: number;
  usb_reader: boolean;
  express: boolean;
  public_administration: boolean;
  method: PaymentMethod;
  status: PaymentStatus;
  details: Record<string, string>;
  received_at: string | null;
}

/** One audit row (the dossier's events and its order's). */
export interface HistoryRow {
  occurred_at: string;
  actor_type: 'customer' | 'operator' | 'partner' | 'system';
  actor_id: string | null;
  event: string;
  from_state: string | null;
  to_state: string | null;
  data: Record<string, unknown> | null;
}

/** `data` of a dossier for the operator: the machine's context (without `issues`). */
export type DossierData = Omit<DossierContext, 'issues'>;

export interface AdminDossier {
  dossier: DossierResponse;
  order: AdminOrder;
  history: HistoryRow[];
}

/** The operator's events on one dossier (`POST /v1/admin/dossiers/{id}/events`). */
export type OperatorEvent =
  | { type: 'paper.received' }
  | { type: 'identity.verified' }
  | { type: 'identity.refused'; reason: string }
  | { type: 'certificate.issued'; serialNumber: string; notBefore: string }
  | { type: 'certificate.shipped'; carrier: string; trackingNumber: string }
  | { type: 'certificate.atPostOffice' }
  | { type: 'order.cancelled'; reason: string }
  | { type: 'dossier.refused'; reason: string };

/** `POST /v1/admin/orders/{reference}/payment`. */
export interface PaymentBody {
  /** Integer cents. */
  amount: number;
  reference?: string;
  chequeNumber?: string;
  bank?: string;
}
