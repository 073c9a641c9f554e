/**
 * `/v1/admin` (api/routes/admin.ts), what the back office reads and sends: the queue's rows,
 * one dossier with its order and history, the operator's events, an order's payment. Amounts
 * are integer cents, times ISO date-times.
 */
import type { InferInput } from 'valibot';
import type { DossierContext } from '../dossier/context.ts';
import type { dossierEventActors } from '../dossier/events.ts';
import type { DossierEventBodyInput, paymentReceivedSchema } from '../schemas/dossier.ts';
import type { DossierResponse } from './dossiers.ts';
import type {
  ActorType,
  DossierEventType,
  DossierStatus,
  PaymentMethod,
  PaymentStatus,
} from './lists.ts';

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
  /** The name of the partner whose key placed the order (null for orders older than partners). */
  partner: string | null;
  /** False for an order placed with a partner's test key. */
  livemode: boolean;
  /** A revocation confirmed by its code and awaiting the operator (top of the queue): when, and hours since. */
  revocationRequestedAt: string | null;
  hoursSinceRevocationRequest: number | null;
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

/** The order of a dossier and its payment, as `GET /v1/admin/dossiers/{id}` gives it. */
export interface AdminOrder {
  reference: string;
  customer: Record<string, string>;
  billing: Record<string, string> | null;
  totalHt: number;
  totalVat: number;
  totalTtc: number;
  usbReader: boolean;
  express: boolean;
  publicAdministration: boolean;
  /** The payment's method, status and what the buyer gave for it (transfer reference…). */
  method: PaymentMethod;
  status: PaymentStatus;
  details: Record<string, string>;
  /** When the payment was recorded; null while awaited. */
  receivedAt: string | null;
}

/** One audit row (the dossier's events and its order's). */
export interface HistoryRow {
  occurredAt: string;
  actorType: ActorType;
  actorId: string | null;
  event: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown> | null;
}

/** `data` of a dossier for the operator: the machine's context (without `issues`). */
export type DossierData = Omit<DossierContext, 'issues'>;

/** `GET /v1/admin/dossiers/{id}`. */
export interface AdminDossier {
  dossier: DossierResponse;
  order: AdminOrder;
  history: HistoryRow[];
}

/** The dossier machine's events an operator sends (`payment.received` has its own route). */
export type OperatorEventType = Exclude<
  {
    [T in DossierEventType]: (typeof dossierEventActors)[T] extends 'operator' ? T : never;
  }[DossierEventType],
  'payment.received'
>;

/** The operator's events on one dossier (`POST /v1/admin/dossiers/{id}/events`), as posted. */
export type OperatorEvent = Extract<DossierEventBodyInput, { type: OperatorEventType }>;

/** `POST /v1/admin/orders/{reference}/payment`. */
export type PaymentBody = InferInput<typeof paymentReceivedSchema>;

/** `POST /v1/admin/orders/{reference}/payment` → how many dossiers of the order learnt it. */
export interface PaymentRecorded {
  dossiers: number;
}
