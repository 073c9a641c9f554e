import { type Kysely, sql } from 'kysely';
import type {
  PartnerTestEventType,
  ReplayResult,
  TestEventQueued,
} from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import type { PartnerActor } from '../http/partner-access.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import type { WebhookPoster } from '../ports/webhook-poster.ts';
import type { KeyRing } from '../security/encryption.ts';
import { writePartnerAudit } from '../services/partner-audit.ts';
import {
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  endpointColumns,
  postSignedWebhook,
  truncateWebhookError,
} from './deliver.ts';
import { eventIdOf, type WebhookEventDataMap } from './enqueue.ts';
import { fetchPoster } from './fetch-poster.ts';

/** The `data` of a test event: `ping`, or a sample of a real type (documented in docs/webhooks.md). */
function sampleData(type: PartnerTestEventType): Record<string, unknown> {
  const dossierId = '00000000-0000-4000-8000-000000000000';
  const samples: { [T in keyof WebhookEventDataMap]: WebhookEventDataMap[T] } = {
    'order.placed': {
      orderId: '00000000-0000-4000-8000-000000000001',
      reference: 'BD00000000000',
      totals: { ht: 6_900, vat: 1_380, ttc: 8_280 },
      paymentMethod: 'transfer',
      certificates: 1,
      renewalOf: null,
    },
    'dossier.status_changed': {
      dossierId,
      orderReference: 'BD00000000000',
      from: 'to_sign',
      to: 'in_review',
    },
    'certificate.issued': {
      dossierId,
      orderReference: 'BD00000000000',
      serialNumber: '0123456789ABCDEF',
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: '2029-01-01T00:00:00.000Z',
    },
    'certificate.shipped': {
      dossierId,
      orderReference: 'BD00000000000',
      mode: 'mail',
      carrier: 'La Poste',
      trackingNumber: '1A00000000000',
      shippedAt: '2026-01-02T00:00:00.000Z',
    },
    'order.cancelled': {
      orderId: '00000000-0000-4000-8000-000000000001',
      reference: 'BD00000000000',
      reason: 'Commande en double',
      dossierIds: [dossierId],
      wholeOrder: true,
      creditNote: {
        number: 'AV2026-000001',
        invoiceNumber: 'FA2026-000001',
        totals: { ht: 6_900, vat: 1_380, ttc: 8_280 },
      },
      refund: { amount: 8_280, method: 'transfer' },
    },
    'certificate.revoked': {
      dossierId,
      orderReference: 'BD00000000000',
      serialNumber: '0123456789ABCDEF',
      reason: 'keyCompromise',
      revokedAt: '2026-06-01T00:00:00.000Z',
    },
  };
  return type === 'ping' ? { message: 'ping' } : { ...samples[type] };
}

const endpointMissing = () =>
  new ProblemError(
    409,
    'webhook-endpoint-missing',
    'problem.webhook_endpoint_missing.title',
    'problem.webhook_endpoint_missing.detail',
  );

/**
 * Queues a test event (`test: true`) for the partner's endpoint, with its
 * audit row, in one transaction; the delivery pass sends it like any event
 * and it shows in the deliveries log.
 */
export async function queueTestEvent(input: {
  db: Kysely<Database>;
  partnerId: string;
  actor: PartnerActor;
  type: PartnerTestEventType;
  now: Date;
}): Promise<TestEventQueued> {
  return input.db.transaction().execute(async (trx) => {
    const partner = await trx
      .selectFrom('partners')
      .select(['id', 'mode', 'webhook_url'])
      .where('id', '=', input.partnerId)
      .executeTakeFirstOrThrow();
    if (!partner.webhook_url) throw endpointMissing();
    const id = crypto.randomUUID();
    const envelope = {
      id: eventIdOf(id),
      type: input.type,
      created: input.now.toISOString(),
      livemode: partner.mode === 'live',
      test: true,
      data: sampleData(input.type),
    };
    await trx
      .insertInto('outbox')
      .values({
        id,
        channel: 'webhook',
        recipient: partner.id,
        subject: input.type,
        text_body: JSON.stringify(envelope),
        html_body: null,
        created_at: sql<Date>`clock_timestamp()`,
        available_at: input.now,
      })
      .execute();
    await writePartnerAudit(trx, {
      partnerId: partner.id,
      actor: input.actor,
      action: 'webhook.test_sent',
      details: { eventId: envelope.id, type: input.type },
      now: input.now,
    });
    return { eventId: envelope.id };
  });
}

/**
 * A new attempt now of one of the partner's events (`outboxId`), with the same
 * event id and body, signed as any delivery and logged as a manual attempt;
 * an event of another partner is not found (404). A success marks a pending
 * or failed event delivered.
 */
export async function replayEvent(input: {
  db: Kysely<Database>;
  keys: KeyRing | Promise<KeyRing>;
  /** How the request leaves (default: `fetch`). */
  post?: WebhookPoster;
  partnerId: string;
  outboxId: string;
  actor: PartnerActor;
  now: () => Date;
  timeoutMs?: number;
}): Promise<ReplayResult> {
  const { db } = input;
  const event = await db
    .selectFrom('outbox')
    .select(['id', 'subject', 'text_body'])
    .where('id', '=', input.outboxId)
    .where('channel', '=', 'webhook')
    .where('recipient', '=', input.partnerId)
    .executeTakeFirst();
  if (!event) throw notFound(`/v1/partner/webhooks/events/${eventIdOf(input.outboxId)}`);
  const partner = await db
    .selectFrom('partners')
    .select(endpointColumns)
    .where('id', '=', input.partnerId)
    .executeTakeFirstOrThrow();
  if (!partner.webhook_url || !partner.webhook_secret) throw endpointMissing();
  // The attempt's number, taken atomically: a worker's next retry gets the following one.
  const { attempts: attempt } = await db
    .updateTable('outbox')
    .set({ attempts: sql<number>`attempts + 1` })
    .where('id', '=', event.id)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  const eventId = eventIdOf(event.id);
  const type = event.subject ?? '';
  const attemptedAt = input.now();
  const outcome = await postSignedWebhook({
    db,
    keys: input.keys,
    post: input.post ?? fetchPoster(),
    partner,
    url: partner.webhook_url,
    body: event.text_body,
    eventId,
    type,
    at: attemptedAt,
    timeoutMs: input.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
  });
  const error = outcome.error === null ? null : truncateWebhookError(outcome.error);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('webhook_deliveries')
      .values({
        event_id: event.id,
        partner_id: partner.id,
        event_type: type,
        attempt,
        url: partner.webhook_url as string,
        attempted_at: attemptedAt,
        response_status: outcome.status,
        error,
        duration_ms: outcome.durationMs,
        succeeded: outcome.ok,
        manual: true,
      })
      .onConflict((oc) => oc.columns(['event_id', 'attempt']).doNothing())
      .execute();
    if (outcome.ok) {
      await trx
        .updateTable('outbox')
        .set({ sent_at: input.now() })
        .where('id', '=', event.id)
        .where('sent_at', 'is', null)
        .execute();
    }
    await writePartnerAudit(trx, {
      partnerId: partner.id,
      actor: input.actor,
      action: 'webhook.replayed',
      details: { eventId, attempt, succeeded: outcome.ok, responseStatus: outcome.status },
      now: attemptedAt,
    });
  });
  return {
    eventId,
    attempt,
    succeeded: outcome.ok,
    responseStatus: outcome.status,
    error,
    durationMs: outcome.durationMs,
  };
}
