import type { Kysely } from 'kysely';
import type { Database, OutboxChannel, OutboxRow } from '../db/database.ts';

export interface ClaimOptions {
  channels: readonly OutboxChannel[];
  /** Rows due at or before this instant. */
  now: Date;
  batchSize: number;
  /** How long the claimed rows stay invisible to other workers. */
  leaseMs: number;
  /** Rows that failed this many times are no longer claimed (e-mail and SMS). */
  maxAttempts?: number;
}

/**
 * Claims up to `batchSize` due, unsent outbox rows of `channels` in one
 * statement (`for update skip locked`), pushing their `available_at` one
 * lease ahead: concurrent workers skip them, and a crashed worker's rows come
 * back when the lease runs out. Rows given up on (`failed_at`) are never
 * claimed. Returns them oldest first. The e-mail/SMS pass and the webhook pass
 * share it, each for its own channels.
 */
export async function claimDueRows(
  db: Kysely<Database>,
  options: ClaimOptions,
): Promise<OutboxRow[]> {
  // One statement (atomic, no BEGIN/COMMIT): the due rows locked, skipping those another
  // claim holds, their lease pushed ahead, returned. An empty poll is one round trip. The
  // locking select is a CTE, evaluated once (the queue pattern Postgres documents).
  const claimed = await db
    .with('due', (q) => {
      let due = q
        .selectFrom('outbox')
        .select('id')
        .where('channel', 'in', [...options.channels])
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('available_at', '<=', options.now);
      if (options.maxAttempts !== undefined) {
        due = due.where('attempts', '<', options.maxAttempts);
      }
      return due
        .orderBy('available_at')
        .orderBy('created_at')
        .limit(options.batchSize)
        .forUpdate()
        .skipLocked();
    })
    .updateTable('outbox')
    .from('due')
    .set({ available_at: new Date(options.now.getTime() + options.leaseMs) })
    .whereRef('outbox.id', '=', 'due.id')
    .returningAll('outbox')
    .execute();
  return claimed.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
}
