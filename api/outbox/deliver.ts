import { type Kysely, sql } from 'kysely';
import type { Database, OutboxChannel, OutboxRow } from '../db/database.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { SmsSender } from '../ports/sms-sender.ts';
import { claimDueRows } from './claim.ts';

export const DEFAULT_BATCH_SIZE = 20;
export const DEFAULT_MAX_ATTEMPTS = 12;
/** How long a claimed row stays invisible to other workers; after that a crashed worker's rows come back. */
export const DEFAULT_LEASE_MS = 2 * 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;
const LAST_ERROR_MAX_CHARS = 1000;

export interface DeliverOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  /** Without it, SMS rows are left pending (not claimed, not counted as failures). */
  sms?: SmsSender;
  /** Current time (default: the system clock); tests move it forward. */
  now?: () => Date;
  batchSize?: number;
  /** Rows that failed this many times are no longer claimed (they stay unsent for an operator). */
  maxAttempts?: number;
  leaseMs?: number;
  /** Source of jitter in [0, 1) (default Math.random). */
  random?: () => number;
  /** Told about every failed send (logging); `gaveUp` when it was the last attempt. */
  onSendError?: (error: unknown, message: FailedMessage) => void;
  /** Kept across passes by a long-running worker: see `UnwrittenOutcomes`. */
  unwritten?: UnwrittenOutcomes;
}

/**
 * What a pass could not write because the database went away mid-pass: rows
 * already sent (their `sent_at`) and claimed rows not tried yet (handed back
 * as due). The next pass writes them first, so a database blip neither sends
 * a message twice nor holds the rest back for a whole lease.
 */
export interface UnwrittenOutcomes {
  sent: Map<string, Date>;
  release: Set<string>;
}

export function noUnwrittenOutcomes(): UnwrittenOutcomes {
  return { sent: new Map(), release: new Set() };
}

export interface FailedMessage {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  attempts: number;
  gaveUp: boolean;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

/**
 * Delay before retry number `attempts + 1` once `attempts` sends failed
 * (`attempts` ≥ 1 counting the one that just failed): 30 s × 2^(attempts − 1)
 * — 30 s, 1 min, 2 min… — capped at 1 h, then ±20 % jitter so that messages
 * failing together do not retry together.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * One delivery pass over the outbox, at least once:
 *
 * 1. claim up to `batchSize` due e-mail/SMS rows (`sent_at is null`,
 *    `available_at <= now`, fewer than `maxAttempts` failures) in a short
 *    transaction, `for update skip locked`, pushing their `available_at` one
 *    lease ahead: concurrent workers skip them, and a crashed worker's rows
 *    become due again when the lease runs out;
 * 2. send each one outside any transaction; on failure count the attempt, keep
 *    the error and schedule the retry with `backoffMs`;
 * 3. once the batch is through, set the `sent_at` of those sent, each with the
 *    time it left, in one statement (one per message cost a round trip each:
 *    issue 21).
 *
 * A crash before 3 means the pass's messages are sent again after the lease:
 * adapters pass the row id on (Message-ID, idempotency key) so the duplicate
 * is recognisable. A database gone mid-pass does not stop the sending: what the
 * pass could not write is kept in `unwritten` and written by the next one.
 * `webhook` rows belong to another worker and are never touched. Works on PGlite as well (one connection, so no concurrency at all).
 */
export async function deliverDueMessages(options: DeliverOptions): Promise<DeliveryResult> {
  const { db, mailer, sms } = options;
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const random = options.random ?? Math.random;
  const channels: OutboxChannel[] = sms ? ['email', 'sms'] : ['email'];

  if (options.unwritten) await writeUnwritten(db, options.unwritten, clock());

  const claimedAt = clock();
  const claimedAtMs = Date.now();
  const claimed = await claimDueRows(db, {
    channels,
    now: claimedAt,
    batchSize,
    leaseMs,
    maxAttempts,
  });

  const result: DeliveryResult = { sent: 0, failed: 0 };
  /** Sent in this pass, their `sent_at` not written yet: one statement at the end of the pass. */
  const sent = new Map<string, Date>();
  /** The database went away: what this pass could not write waits for the next one. */
  const keepForNextPass = (error: unknown, untried: readonly OutboxRow[]) => {
    if (options.unwritten && isDatabaseUnavailable(error)) {
      for (const [id, at] of sent) options.unwritten.sent.set(id, at);
      for (const rest of untried) options.unwritten.release.add(rest.id);
    }
    return error;
  };
  for (const [index, row] of claimed.entries()) {
    // Slow sends must not outlive the lease (another worker would send the rest
    // again): past half of it, hand the remaining rows back as due now.
    if (Date.now() - claimedAtMs > leaseMs / 2) {
      await release(db, claimed.slice(index), clock()).catch((error: unknown) => {
        throw keepForNextPass(error, claimed.slice(index));
      });
      break;
    }
    try {
      await send(row, mailer, sms);
    } catch (error) {
      result.failed++;
      const attempts = row.attempts + 1;
      const now = clock();
      await db
        .updateTable('outbox')
        .set({
          attempts,
          last_error: errorText(error),
          available_at: new Date(now.getTime() + backoffMs(attempts, random)),
        })
        .where('id', '=', row.id)
        .where('sent_at', 'is', null)
        .execute()
        .catch((dbError: unknown) => {
          // Its failure is not written: tried again once due, like the untried rows.
          throw keepForNextPass(dbError, claimed.slice(index));
        });
      options.onSendError?.(error, {
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        attempts,
        gaveUp: attempts >= maxAttempts,
      });
      continue;
    }
    result.sent++;
    sent.set(row.id, clock());
  }
  await markSent(db, sent).catch((error: unknown) => {
    throw keepForNextPass(error, []);
  });
  return result;
}

/**
 * `sent_at` of the messages a pass sent, in one statement, each with the time it left.
 * `sent_at is null`: when a lease ran out and another worker sent it too, keep the first.
 */
async function markSent(db: Kysely<Database>, sent: ReadonlyMap<string, Date>): Promise<void> {
  if (sent.size === 0) return;
  const rows = [...sent].map(([id, at]) => sql`(${id}::uuid, ${at.toISOString()}::timestamptz)`);
  await sql`update outbox set sent_at = v.at from (values ${sql.join(rows)}) as v(id, at)
    where outbox.id = v.id and outbox.sent_at is null`.execute(db);
}

async function send(row: OutboxRow, mailer: Mailer, sms: SmsSender | undefined): Promise<void> {
  switch (row.channel) {
    case 'email':
      return mailer.send({
        id: row.id,
        to: row.recipient,
        subject: row.subject ?? '',
        text: row.text_body,
        html: row.html_body,
      });
    case 'sms':
      if (!sms) throw new Error('no SMS sender configured');
      return sms.send({ id: row.id, to: row.recipient, text: row.text_body });
    default:
      throw new Error(`outbox channel ${row.channel} is not delivered here`);
  }
}

async function writeUnwritten(
  db: Kysely<Database>,
  unwritten: UnwrittenOutcomes,
  now: Date,
): Promise<void> {
  if (unwritten.sent.size > 0) {
    await markSent(db, unwritten.sent);
    unwritten.sent.clear();
  }
  if (unwritten.release.size > 0) {
    await db
      .updateTable('outbox')
      .set({ available_at: now })
      .where('id', 'in', [...unwritten.release])
      .where('sent_at', 'is', null)
      .execute();
    unwritten.release.clear();
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
    .execute();
}

function errorText(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'unknown error');
  return text.length > LAST_ERROR_MAX_CHARS ? `${text.slice(0, LAST_ERROR_MAX_CHARS - 1)}…` : text;
}
