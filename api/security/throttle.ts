import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface ThrottleResult {
  allowed: boolean;
  /** Seconds until the window reopens (for Retry-After) when not allowed. */
  retryAfterSeconds: number;
}

/**
 * Counts one hit on `key` in a fixed window and says whether it is still
 * within `limit`. One atomic upsert: concurrent hits on real Postgres never
 * lose a count.
 */
export async function hit(
  db: Kysely<Database>,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<ThrottleResult> {
  const windowStart = new Date(now.getTime() - windowMs);
  const row = await db
    .insertInto('throttles')
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when throttles.window_start <= ${windowStart} then 1 else throttles.count + 1 end`,
        window_start: sql`case when throttles.window_start <= ${windowStart} then ${now}::timestamptz else throttles.window_start end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  const reopensAt = new Date(row.window_start).getTime() + windowMs;
  return {
    allowed: row.count <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)),
  };
}

/** Peeks without counting: is `key` already over `limit`? */
export async function isBlocked(
  db: Kysely<Database>,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<ThrottleResult> {
  const row = await db
    .selectFrom('throttles')
    .select(['count', 'window_start'])
    .where('key', '=', key)
    .executeTakeFirst();
  return throttleVerdict(row, limit, windowMs, now);
}

/**
 * `isBlocked`'s rule on a throttle row read elsewhere (e.g. inside a larger query): over
 * `limit` while its window is open. `window_start` may come as a Date or as JSON's string.
 */
export function throttleVerdict(
  row: { count: number; window_start: Date | string } | null | undefined,
  limit: number,
  windowMs: number,
  now: Date,
): ThrottleResult {
  if (!row) return { allowed: true, retryAfterSeconds: 0 };
  const reopensAt = new Date(row.window_start).getTime() + windowMs;
  if (reopensAt <= now.getTime() || row.count < limit)
    return { allowed: true, retryAfterSeconds: 0 };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)),
  };
}

/** The statement that forgets a key, to run alone (`resetThrottle`) or inside another (a CTE). */
export function throttleReset(db: QueryCreator<Database>, key: string) {
  return db.deleteFrom('throttles').where('key', '=', key);
}

/** Forgets a key (e.g. failed-login counter after a successful login). */
export async function resetThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await throttleReset(db, key).execute();
}
