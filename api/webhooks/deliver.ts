import type { Kysely } from 'kysely';
import type { Database, OutboxRow } from '../db/database.ts';
import { claimDueRows } from '../outbox/claim.ts';
import type { WebhookPoster } from '../ports/webhook-poster.ts';
import { developmentKeyRing, type KeyRing } from '../security/encryption.ts';
import { readWebhookSigningSecrets } from '../services/partners.ts';
import { eventIdOf } from './enqueue.ts';
import { fetchPoster } from './fetch-poster.ts';
import { recordAttempt } from './record-attempt.ts';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signWebhook } from './signature.ts';

export const DEFAULT_WEBHOOK_BATCH_SIZE = 20;
/** How long a claimed row stays invisible to other workers; after that a crashed worker's rows come back. */
export const DEFAULT_WEBHOOK_LEASE_MS = 2 * 60_000;
/** How long the partner's endpoint has to answer (headers and the start of the body). */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
/** Retries stop when the next one would come later than this after the event. */
export const WEBHOOK_RETRY_WINDOW_MS = 3 * 24 * 60 * 60_000;
export const WEBHOOK_USER_AGENT = 'certinomis-order-webhooks/1';
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_CAP_MS = 6 * 60 * 60_000;
const ERROR_MAX_CHARS = 500;

export interface DeliverWebhooksOptions {
  db: Kysely<Database>;
  /** How the requests leave (default: `fetch`, `fetchPoster`). */
  post?: WebhookPoster;
  /** Current time (default: the system clock); tests move it forward. Also the signature's `t`. */
  now?: () => Date;
  batchSize?: number;
  leaseMs?: number;
  /** Per attempt (default 10 s): a slower endpoint counts as a failure. */
  timeoutMs?: number;
  /** Source of jitter in [0, 1) (default Math.random). */
  random?: () => number;
  /** Told about every failed attempt (logging). */
  onAttemptFailed?: (failure: FailedWebhookAttempt) => void;
  /** Master keys that open the partners' stored webhook secrets (default: the development key). */
  keys?: KeyRing | Promise<KeyRing>;
}

export interface FailedWebhookAttempt {
  eventId: string;
  partnerId: string;
  type: string;
  /** 0 when no attempt could be made (the partner has no endpoint any more). */
  attempt: number;
  responseStatus: number | null;
  error: string;
  /** True when the event will not be tried again. */
  gaveUp: boolean;
}

export interface WebhookDeliveryResult {
  /** Events delivered (2xx) in this pass. */
  sent: number;
  /** Attempts that failed and will be retried. */
  failed: number;
  /** Events abandoned in this pass (retry window over, or no endpoint any more). */
  gaveUp: number;
}

/**
 * Delay before attempt `attempt + 1` once attempt number `attempt` (≥ 1)
 * failed: 1 min × 2^(attempt − 1) — 1, 2, 4, 8… min — capped at 6 h, then
 * ±20 % jitter so that events failing together do not retry together.
 */
export function webhookBackoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** What a delivery reads of its partner: the endpoint and both secrets of a rotation overlap. */
export const endpointColumns = [
  'id',
  'webhook_url',
  'webhook_secret',
  'previous_webhook_secret',
  'previous_webhook_secret_expires_at',
  'disabled_at',
] as const;

interface PartnerEndpoint {
  id: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  previous_webhook_secret: string | null;
  previous_webhook_secret_expires_at: Date | null;
  disabled_at: Date | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One delivery pass over the outbox's `webhook` rows, at least once:
 *
 * 1. claim up to `batchSize` due rows (`sent_at` and `failed_at` null,
 *    `available_at <= now`) in a short transaction, `for update skip locked`,
 *    pushing their `available_at` one lease ahead (as `deliverDueMessages`);
 * 2. POST each stored body verbatim to the partner's current `webhook_url`,
 *    signed with its current secret, outside any transaction — partners in
 *    parallel, one partner's events one after the other, oldest first;
 * 3. record the attempt in `webhook_deliveries` and, in the same transaction,
 *    set `sent_at` on a 2xx, or schedule the retry with `webhookBackoffMs`,
 *    or set `failed_at` when that retry would fall more than 3 days after the
 *    event (anything but a 2xx fails: 3xx are not followed, timeouts and
 *    network errors count too). `outbox.attempts` counts every attempt.
 *
 * A partner without an endpoint (or disabled) gets its events marked failed
 * without any request. Web-standard only: runs on Node and Workers.
 */
export async function deliverDueWebhooks(
  options: DeliverWebhooksOptions,
): Promise<WebhookDeliveryResult> {
  const { db } = options;
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_WEBHOOK_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? DEFAULT_WEBHOOK_LEASE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  const random = options.random ?? Math.random;
  const poster = options.post ?? fetchPoster();

  const claimedAt = clock();
  const claimedAtMs = Date.now();
  const claimed = await claimDueRows(db, {
    channels: ['webhook'],
    now: claimedAt,
    batchSize,
    leaseMs,
  });
  const result: WebhookDeliveryResult = { sent: 0, failed: 0, gaveUp: 0 };
  if (claimed.length === 0) return result;
  const keys = options.keys ?? developmentKeyRing();
  const secretsOf = new Map<string, Promise<string[]>>();

  const partnerIds = [...new Set(claimed.map((row) => row.recipient))].filter((id) =>
    uuidPattern.test(id),
  );
  const partners = new Map<string, PartnerEndpoint>(
    partnerIds.length === 0
      ? []
      : (
          await db
            .selectFrom('partners')
            .select(endpointColumns)
            .where('id', 'in', partnerIds)
            .execute()
        ).map((p) => [p.id, p]),
  );

  const byPartner = new Map<string, OutboxRow[]>();
  for (const row of claimed) {
    const rows = byPartner.get(row.recipient) ?? [];
    rows.push(row);
    byPartner.set(row.recipient, rows);
  }

  // allSettled: a pass ends only once every partner's loop has (a database error in one
  // must not leave the others running into the next pass); then the first error is thrown.
  const loops = await Promise.allSettled(
    [...byPartner.entries()].map(async ([recipient, rows]) => {
      const partner = partners.get(recipient);
      for (const [index, row] of rows.entries()) {
        // Slow endpoints must not outlive the lease (another worker would send the
        // rest again): past half of it, hand this partner's remaining rows back.
        if (Date.now() - claimedAtMs > leaseMs / 2) {
          await release(db, rows.slice(index), clock());
          return;
        }
        const outcome = await deliverOne(row, partner);
        result[outcome]++;
      }
    }),
  );
  const failed = loops.find((loop) => loop.status === 'rejected');
  if (failed) throw failed.reason;
  return result;

  async function deliverOne(
    row: OutboxRow,
    partner: PartnerEndpoint | undefined,
  ): Promise<keyof WebhookDeliveryResult> {
    const eventId = eventIdOf(row.id);
    const type = row.subject ?? '';
    if (!partner?.webhook_url || !partner.webhook_secret || partner.disabled_at) {
      const error = partner?.disabled_at
        ? 'the partner is disabled'
        : 'the partner has no webhook endpoint';
      await db
        .updateTable('outbox')
        .set({ failed_at: clock(), last_error: error })
        .where('id', '=', row.id)
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .execute();
      options.onAttemptFailed?.({
        eventId,
        partnerId: row.recipient,
        type,
        attempt: 0,
        responseStatus: null,
        error,
        gaveUp: true,
      });
      return 'gaveUp';
    }

    const attempt = row.attempts + 1;
    const url = partner.webhook_url;
    const attemptedAt = clock();
    // A partner's secrets opened once per pass (a decryption each), not once per event.
    let secrets = secretsOf.get(partner.id);
    if (!secrets) {
      secrets = readWebhookSigningSecrets(db, keys, partner, claimedAt);
      secretsOf.set(partner.id, secrets);
    }
    const outcome = await postSignedWebhook({
      db,
      keys,
      secrets,
      post: poster,
      partner,
      url,
      body: row.text_body,
      eventId,
      type,
      at: attemptedAt,
      timeoutMs,
    });

    const now = clock();
    const nextAt = new Date(now.getTime() + webhookBackoffMs(attempt, random));
    const gaveUp =
      !outcome.ok && nextAt.getTime() > row.created_at.getTime() + WEBHOOK_RETRY_WINDOW_MS;
    // The attempt's record and its outcome in one statement (atomic without BEGIN/COMMIT:
    // one round trip per delivery, not four).
    await recordAttempt.execute(db, {
      id: row.id,
      delivery: {
        event_id: row.id,
        partner_id: partner.id,
        event_type: type,
        attempt,
        url,
        attempted_at: attemptedAt,
        response_status: outcome.status,
        error: outcome.error === null ? null : truncateWebhookError(outcome.error),
        duration_ms: outcome.durationMs,
        succeeded: outcome.ok,
      },
      outcome: outcome.ok
        ? { attempts: attempt, sent_at: now }
        : gaveUp
          ? {
              attempts: attempt,
              last_error: truncateWebhookError(outcome.error ?? ''),
              failed_at: now,
            }
          : {
              attempts: attempt,
              last_error: truncateWebhookError(outcome.error ?? ''),
              available_at: nextAt,
            },
    });
    if (outcome.ok) return 'sent';
    options.onAttemptFailed?.({
      eventId,
      partnerId: partner.id,
      type,
      attempt,
      responseStatus: outcome.status,
      error: outcome.error ?? '',
      gaveUp,
    });
    return gaveUp ? 'gaveUp' : 'failed';
  }
}

/**
 * POSTs one stored event body to `url`, signed with the partner's current
 * secret and, during a rotation overlap, its previous one (`t=…,v1=…,v1=…`).
 * Used by the delivery pass and by a partner's manual replay alike.
 */
export async function postSignedWebhook(input: {
  db: Kysely<Database>;
  keys: KeyRing | Promise<KeyRing>;
  post: WebhookPoster;
  partner: PartnerEndpoint;
  url: string;
  body: string;
  eventId: string;
  type: string;
  at: Date;
  timeoutMs: number;
  /** The partner's signing secrets when already read (a delivery pass reads them once). */
  secrets?: Promise<string[]>;
}): Promise<PostOutcome> {
  // Encrypted at rest; a clear secret from before encryption is sealed on first use.
  const secrets = await (input.secrets ??
    readWebhookSigningSecrets(input.db, input.keys, input.partner, input.at));
  const signature = await signWebhook(
    secrets.length ? secrets : [''],
    Math.floor(input.at.getTime() / 1000),
    input.body,
  );
  return post(input.post, input.url, input.timeoutMs, input.body, {
    'Content-Type': 'application/json',
    'User-Agent': WEBHOOK_USER_AGENT,
    [SIGNATURE_HEADER]: signature,
    [EVENT_ID_HEADER]: input.eventId,
    [EVENT_TYPE_HEADER]: input.type,
  });
}

export type { PartnerEndpoint };

export interface PostOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
}

async function post(
  poster: WebhookPoster,
  url: string,
  timeoutMs: number,
  body: string,
  headers: Record<string, string>,
): Promise<PostOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const started = Date.now();
  let status: number | null = null;
  try {
    ({ status } = await poster(url, { headers, body, signal: controller.signal }));
    const ok = status >= 200 && status < 300;
    return {
      ok,
      status,
      error: ok ? null : `HTTP ${status}`,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    return {
      ok: false,
      status,
      error: controller.signal.aborted ? `timeout after ${timeoutMs} ms` : errorText(error),
      durationMs: Date.now() - started,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function release(db: Kysely<Database>, rows: OutboxRow[], now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ available_at: now })
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .execute();
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error ?? 'unknown error');
  const cause = (error as { cause?: unknown }).cause;
  const detail =
    cause instanceof Error
      ? ` (${(cause as { code?: string }).code ?? cause.message})`
      : cause
        ? ` (${String(cause)})`
        : '';
  return `${error.name}: ${error.message}${detail}`;
}

export function truncateWebhookError(text: string): string {
  return text.length > ERROR_MAX_CHARS ? `${text.slice(0, ERROR_MAX_CHARS - 1)}…` : text;
}
