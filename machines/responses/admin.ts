import * as v from 'valibot';
import {
  ACTOR_TYPES,
  DOSSIER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
} from '../contract/lists.ts';
import { WEBHOOK_EVENT_STATUSES } from '../contract/partner.ts';
import type {
  AdminDossier,
  AdminOrder,
  HistoryRow,
  PaymentRecorded,
  QueueResponse,
  QueueRow,
  WebhookEventView,
} from '../contract.ts';
import { anyRecord, cents, dateTime, pageSchema, stringRecord, uuid } from './common.ts';
import { dossierResponseSchema } from './dossiers.ts';
import type { Same } from './same-type.ts';

export const queueRowSchema = v.object({
  id: uuid,
  orderReference: v.string(),
  orderDate: dateTime,
  position: v.number(),
  quantity: v.number(),
  organisation: v.string(),
  siret: v.string(),
  email: v.string(),
  status: v.picklist(DOSSIER_STATUSES),
  statusLabel: v.string(),
  paymentMethod: v.picklist(PAYMENT_METHODS),
  paymentStatus: v.picklist(PAYMENT_STATUSES),
  express: v.boolean(),
  shipBy: v.nullable(dateTime),
  hoursLeft: v.nullable(v.number()),
  version: v.number(),
  partner: v.nullable(v.string()),
  livemode: v.boolean(),
  revocationRequestedAt: v.nullable(dateTime),
  hoursSinceRevocationRequest: v.nullable(v.number()),
});
const _queueRow: Same<v.InferOutput<typeof queueRowSchema>, QueueRow> = true;
export const queueResponseSchema = v.object({ items: v.array(queueRowSchema) });
const _queue: Same<v.InferOutput<typeof queueResponseSchema>, QueueResponse> = true;

export const adminOrderSchema = v.object({
  reference: v.string(),
  customer: stringRecord,
  billing: v.nullable(stringRecord),
  totalHt: cents,
  totalVat: cents,
  totalTtc: cents,
  usbReader: v.boolean(),
  express: v.boolean(),
  publicAdministration: v.boolean(),
  method: v.picklist(PAYMENT_METHODS),
  status: v.picklist(PAYMENT_STATUSES),
  details: stringRecord,
  receivedAt: v.nullable(dateTime),
});
const _order: Same<v.InferOutput<typeof adminOrderSchema>, AdminOrder> = true;

export const historyRowSchema = v.object({
  occurredAt: dateTime,
  actorType: v.picklist(ACTOR_TYPES),
  actorId: v.nullable(v.string()),
  event: v.string(),
  fromState: v.nullable(v.string()),
  toState: v.nullable(v.string()),
  data: v.nullable(anyRecord),
});
const _history: Same<v.InferOutput<typeof historyRowSchema>, HistoryRow> = true;

export const adminDossierSchema = v.object({
  dossier: dossierResponseSchema,
  order: adminOrderSchema,
  history: v.array(historyRowSchema),
});
const _adminDossier: Same<v.InferOutput<typeof adminDossierSchema>, AdminDossier> = true;

export const paymentRecordedSchema = v.object({ dossiers: v.pipe(v.number(), v.integer()) });
const _payment: Same<v.InferOutput<typeof paymentRecordedSchema>, PaymentRecorded> = true;

export const webhookEventViewSchema = v.object({
  id: v.string(),
  type: v.string(),
  createdAt: dateTime,
  status: v.picklist(WEBHOOK_EVENT_STATUSES),
  deliveredAt: v.nullable(dateTime),
  nextAttemptAt: v.nullable(dateTime),
  failedAt: v.nullable(dateTime),
  lastError: v.nullable(v.string()),
  attempts: v.array(
    v.object({
      attempt: v.number(),
      attemptedAt: dateTime,
      responseStatus: v.nullable(v.number()),
      error: v.nullable(v.string()),
      durationMs: v.number(),
      succeeded: v.boolean(),
      url: v.string(),
      manual: v.boolean(),
    }),
  ),
});
const _webhook: Same<v.InferOutput<typeof webhookEventViewSchema>, WebhookEventView> = true;
export const webhookDeliveriesSchema = pageSchema(webhookEventViewSchema);
