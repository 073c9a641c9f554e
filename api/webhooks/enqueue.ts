import { type Kysely, sql, type Transaction } from 'kysely';
import {
  type DossierStatus,
  type PaymentMethod,
  type Totals,
  type WebhookEventType,
  WEBHOOK_EVENT_TYPES as webhookEventTypes,
} from '../../machines/contract.ts';

import type { DossierContext } from '../../machines/dossier/context.ts';
import type { Database, PartnerRow } from '../db/database.ts';

export { type WebhookEventType, webhookEventTypes };

type Executor = Kysely<Database> | Transaction<Database>;

/** `order.placed`: an order was placed through the partner's key. Amounts in integer cents. */
export interface OrderPlacedData {
  orderId: string;
  reference: string;
  totals: Totals;
  paymentMethod: PaymentMethod;
  /** Number of certificates ordered (one dossier each). */
  certificates: number;
  /** A renewal: the certificate (dossier id) it renews; null for new certificates. */
  renewalOf: string | null;
}

/** `dossier.status_changed`: a dossier (one certificate) moved from one status to another. */
export interface DossierStatusChangedData {
  dossierId: string;
  orderReference: string;
  from: DossierStatus;
  to: DossierStatus;
}

/** `certificate.issued`: the certificate of a dossier was issued. */
export interface CertificateIssuedData {
  dossierId: string;
  orderReference: string;
  /** Uppercase hexadecimal; null when not recorded. */
  serialNumber: string | null;
  notBefore: string | null;
  notAfter: string | null;
}

/** `certificate.shipped`: the certificate left for the buyer (by mail) or waits at a post office. */
export interface CertificateShippedData {
  dossierId: string;
  orderReference: string;
  mode: 'mail' | 'post_office' | null;
  carrier: string | null;
  trackingNumber: string | null;
  /** ISO date-time of the shipment; null when not recorded. */
  shippedAt: string | null;
}

/** `order.cancelled`: an operator cancelled the order, or some of its certificates, before issuance. */
export interface OrderCancelledData {
  orderId: string;
  reference: string;
  reason: string;
  /** The dossiers (one certificate each) cancelled now. */
  dossierIds: string[];
  /** True when no certificate of the order remains. */
  wholeOrder: boolean;
  /** The credit note issued, amounts in integer cents; null when the order had no invoice. */
  creditNote: { number: string; invoiceNumber: string; totals: Totals } | null;
  /** A payment already received, to be paid back; null when nothing was paid. */
  refund: { amount: number; method: PaymentMethod } | null;
}

/** `certificate.revoked`: an operator revoked the certificate at the holder's request. */
export interface CertificateRevokedData {
  dossierId: string;
  orderReference: string;
  serialNumber: string | null;
  /** RFC 5280 reason: keyCompromise, affiliationChanged, superseded, cessationOfOperation. */
  reason: string;
  revokedAt: string;
}

export interface WebhookEventDataMap {
  'order.placed': OrderPlacedData;
  'dossier.status_changed': DossierStatusChangedData;
  'certificate.issued': CertificateIssuedData;
  'certificate.shipped': CertificateShippedData;
  'order.cancelled': OrderCancelledData;
  'certificate.revoked': CertificateRevokedData;
}

/**
 * The JSON document POSTed to the partner (the request body), byte for byte
 * the same on every retry. `id` is `evt_` + the outbox row id.
 */
export interface WebhookEnvelope<T extends WebhookEventType = WebhookEventType> {
  id: string;
  type: T;
  /** ISO 8601 (UTC) time of the event. */
  created: string;
  /** True for partners in live mode, false with test keys. */
  livemode: boolean;
  data: WebhookEventDataMap[T];
}

export interface NewWebhookEvent<T extends WebhookEventType> {
  /** The partner concerned (the order's `partner_id`); null: no partner, nothing is queued. */
  partnerId: string | null;
  type: T;
  data: WebhookEventDataMap[T];
  /** When the event happened (the envelope's `created`). */
  now: Date;
}

/** `evt_<uuid>` from an outbox row id. */
export const eventIdOf = (outboxId: string) => `evt_${outboxId}`;

/**
 * Queue a webhook event for the partner, in the caller's transaction (`trx`):
 * the event exists if and only if the state change that causes it commits,
 * and `deliverDueWebhooks` POSTs it afterwards, at least once. Nothing is
 * queued when `partnerId` is null or the partner is disabled or has no
 * endpoint. Returns the event id (`evt_…`), or null when nothing was queued.
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(
  trx: Executor,
  event: NewWebhookEvent<T>,
): Promise<string | null> {
  if (!event.partnerId) return null;
  if (!webhookEventTypes.includes(event.type)) {
    throw new Error(`enqueueWebhookEvent: unknown event type ${String(event.type)}`);
  }
  const partner = await trx
    .selectFrom('partners')
    .select(['id', 'mode', 'webhook_url', 'disabled_at'])
    .where('id', '=', event.partnerId)
    .executeTakeFirst();
  const row = partner ? webhookOutboxRow(partner, event) : null;
  if (!row) return null;
  await trx.insertInto('outbox').values(row).execute();
  return eventIdOf(row.id);
}

/**
 * The outbox row of a webhook event for `partner` (null when it has no
 * endpoint or is disabled), for a caller that writes it within a larger
 * statement of the causing transaction (see `enqueueWebhookEvent`).
 */
export function webhookOutboxRow<T extends WebhookEventType>(
  partner: Pick<PartnerRow, 'id' | 'mode' | 'webhook_url' | 'disabled_at'>,
  event: NewWebhookEvent<T>,
) {
  if (!partner.webhook_url || partner.disabled_at) return null;
  const id = crypto.randomUUID();
  const envelope: WebhookEnvelope<T> = {
    id: eventIdOf(id),
    type: event.type,
    created: event.now.toISOString(),
    livemode: partner.mode === 'live',
    data: event.data,
  };
  return {
    id,
    channel: 'webhook' as const,
    recipient: partner.id,
    subject: event.type,
    text_body: JSON.stringify(envelope),
    html_body: null,
    // clock_timestamp(), not now(): several events of one transaction keep their order.
    created_at: sql<Date>`clock_timestamp()`,
  };
}

/** `certificate.issued` data from a dossier's machine context. */
export function certificateIssuedData(
  dossierId: string,
  context: Pick<DossierContext, 'orderReference' | 'certificate'>,
): CertificateIssuedData {
  return {
    dossierId,
    orderReference: context.orderReference,
    serialNumber: context.certificate?.serialNumber ?? null,
    notBefore: context.certificate?.notBefore ?? null,
    notAfter: context.certificate?.notAfter ?? null,
  };
}

/** `certificate.shipped` data from a dossier's machine context. */
export function certificateShippedData(
  dossierId: string,
  context: Pick<DossierContext, 'orderReference' | 'shipment'>,
): CertificateShippedData {
  const shipment = context.shipment;
  return {
    dossierId,
    orderReference: context.orderReference,
    mode: shipment?.mode ?? null,
    carrier: shipment?.mode === 'mail' ? shipment.carrier : null,
    trackingNumber: shipment?.mode === 'mail' ? shipment.trackingNumber : null,
    shippedAt: shipment?.at ?? null,
  };
}
