import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import * as v from 'valibot';
import type {
  Page,
  WebhookAttemptView,
  WebhookEventStatus,
  WebhookEventView,
} from '../../machines/contract.ts';
import { cursorTimestampSchema, queryInteger, uuidSchema } from '../../machines/schemas/params.ts';
import {
  eventIdParamSchema,
  testEventRequestSchema,
} from '../../machines/schemas/partner-portal.ts';
import type { Database } from '../db/database.ts';
import { parseOrThrow } from '../http/body.ts';
import { cursorParam, encodeCursor } from '../http/cursor.ts';
import { readOptionalJson } from '../http/optional-json.ts';
import { pathParam } from '../http/params.ts';
import {
  type PartnerAccessEnv,
  partnerAccess,
  partnerActorOf,
  requireCapability,
} from '../http/partner-access.ts';
import type { KeyRing } from '../security/encryption.ts';
import { eventIdOf } from '../webhooks/enqueue.ts';
import { queueTestEvent, replayEvent } from '../webhooks/manual.ts';

/** The sort key of a page's last event: outbox (created_at with microseconds, id). */
const webhookCursorSchema = v.pipe(
  v.strictTuple([cursorTimestampSchema, uuidSchema]),
  v.transform(([createdAt, id]) => ({ createdAt, id })),
);

type Cursor = v.InferOutput<typeof webhookCursorSchema>;

export const deliveriesQuerySchema = v.object({
  cursor: v.optional(cursorParam(webhookCursorSchema)),
  limit: v.optional(queryInteger(1, 100), '20'),
});

/**
 * `/v1/partner/webhooks/deliveries` (server to server, `Authorization: Bearer
 * sk_…`): the partner's own webhook events, newest first, each with its
 * status and every delivery attempt; keyset pages (`?limit=` 1–100, default
 * 20, `?cursor=` from `nextCursor`). Never another partner's events.
 */
export function partnerWebhookRoutes(deps: {
  db: Kysely<Database>;
  now: () => Date;
  keys: KeyRing | Promise<KeyRing>;
  /** Wakes the outbox worker (Node) once a test event is queued. */
  onOutboxWrite?: () => void;
}) {
  const app = new Hono<PartnerAccessEnv>();
  // The secret key or a portal session whose role may see webhooks.
  const access = [partnerAccess(deps), requireCapability('webhooks')] as const;

  /** `POST /webhooks/test` `{type?}`: queues a `ping` (or a sample of a type), `test: true`. */
  app.post('/webhooks/test', ...access, async (c) => {
    const { type } = await readOptionalJson(c, testEventRequestSchema);
    const queued = await queueTestEvent({
      db: deps.db,
      partnerId: c.get('partner').id,
      actor: partnerActorOf(c),
      type,
      now: deps.now(),
    });
    deps.onOutboxWrite?.();
    return c.json(queued, 202);
  });

  /** `POST /webhooks/events/{eventId}/replay`: a manual attempt now, same id and body. */
  app.post('/webhooks/events/:eventId/replay', ...access, async (c) => {
    const outboxId = pathParam(c, 'eventId', eventIdParamSchema);
    const result = await replayEvent({
      db: deps.db,
      keys: deps.keys,
      partnerId: c.get('partner').id,
      outboxId,
      actor: partnerActorOf(c),
      now: deps.now,
    });
    return c.json(result);
  });

  app.get('/webhooks/deliveries', ...access, async (c) => {
    const query = parseOrThrow(c, deliveriesQuerySchema, c.req.query());
    const page = await listWebhookEvents(deps.db, c.get('partner').id, {
      cursor: query.cursor ?? null,
      limit: query.limit,
    });
    return c.json(page satisfies Page<WebhookEventView>);
  });

  return app;
}

/** The partner's webhook events, newest first (keyset on outbox (created_at, id)). */
export async function listWebhookEvents(
  db: Kysely<Database>,
  partnerId: string,
  options: { cursor: Cursor | null; limit: number },
): Promise<Page<WebhookEventView>> {
  const { cursor, limit } = options;
  let query = db
    .selectFrom('outbox')
    .select([
      'id',
      'subject',
      'created_at',
      'sent_at',
      'failed_at',
      'available_at',
      'last_error',
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'created_key',
      ),
    ])
    .where('channel', '=', 'webhook')
    .where('recipient', '=', partnerId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (cursor) {
    query = query.where(
      sql<boolean>`(created_at, id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await query.execute();
  const pageRows = rows.slice(0, limit);

  const attempts =
    pageRows.length === 0
      ? []
      : await db
          .selectFrom('webhook_deliveries')
          .select([
            'event_id',
            'attempt',
            'attempted_at',
            'response_status',
            'error',
            'duration_ms',
            'succeeded',
            'url',
            'manual',
          ])
          .where('partner_id', '=', partnerId)
          .where(
            'event_id',
            'in',
            pageRows.map((row) => row.id),
          )
          .orderBy('attempt')
          .execute();
  const attemptsByEvent = new Map<string, WebhookAttemptView[]>();
  for (const a of attempts) {
    const list = attemptsByEvent.get(a.event_id) ?? [];
    list.push({
      attempt: a.attempt,
      attemptedAt: a.attempted_at.toISOString(),
      responseStatus: a.response_status,
      error: a.error,
      durationMs: a.duration_ms,
      succeeded: a.succeeded,
      url: a.url,
      manual: a.manual,
    });
    attemptsByEvent.set(a.event_id, list);
  }

  const items = pageRows.map((row): WebhookEventView => {
    const status: WebhookEventStatus = row.sent_at
      ? 'delivered'
      : row.failed_at
        ? 'failed'
        : 'pending';
    return {
      id: eventIdOf(row.id),
      type: row.subject ?? '',
      createdAt: row.created_at.toISOString(),
      status,
      deliveredAt: row.sent_at?.toISOString() ?? null,
      nextAttemptAt: status === 'pending' ? row.available_at.toISOString() : null,
      failedAt: row.failed_at?.toISOString() ?? null,
      lastError: status === 'delivered' ? null : row.last_error,
      attempts: attemptsByEvent.get(row.id) ?? [],
    };
  });
  const last = pageRows.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_key, last.id]) : null,
  };
}
