import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';

/** How long a key is remembered; a retry within this window replays the first answer. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
/** An `in_flight` key older than this was abandoned (crash, timeout) and may be taken over. */
export const abandonedAfterMs = 60 * 1000;

export interface IdempotencyScope {
  /** The partner the key belongs to: two partners may use the same key. */
  scope: string;
  key: string;
}

const inFlight = () =>
  new ProblemError(
    409,
    'idempotency-in-flight',
    'problem.idempotency_in_flight.title',
    'problem.idempotency_in_flight.detail',
    {},
    undefined,
    { 'Retry-After': '1' },
  );

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown };

/** SHA-256 of a canonical JSON form (sorted keys), so key order and spacing do not matter. */
export async function requestHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Claims an Idempotency-Key before doing the work. First use: the key is
 * recorded `in_flight` and the caller proceeds. Same key and same request,
 * already done: the stored answer is replayed. Same key, other request: 422.
 * Same key still being processed: 409. Relies on the primary key (scope, key),
 * so concurrent claims on real Postgres have exactly one winner.
 */
export async function claimIdempotencyKey(
  db: Kysely<Database>,
  id: IdempotencyScope,
  hash: string,
  now: Date,
): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        scope: id.scope,
        key: id.key,
        request_hash: hash,
        status: 'in_flight',
        created_at: now,
        expires_at: new Date(now.getTime() + idempotencyTtlMs),
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) return { kind: 'new' };

    const row = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', id.scope)
      .where('key', '=', id.key)
      .executeTakeFirst();
    if (!row) continue; // deleted in between: try again
    if (new Date(row.expires_at) <= now) {
      await db
        .deleteFrom('idempotency_keys')
        .where('scope', '=', id.scope)
        .where('key', '=', id.key)
        .where('expires_at', '<=', now)
        .execute();
      continue;
    }
    if (row.request_hash !== hash) {
      throw new ProblemError(
        422,
        'idempotency-key-reused',
        'problem.idempotency_mismatch.title',
        'problem.idempotency_mismatch.detail',
      );
    }
    if (row.status === 'done') {
      return { kind: 'replay', status: row.response_status ?? 200, body: row.response_body };
    }
    const takenOver = await db
      .updateTable('idempotency_keys')
      .set({ created_at: now })
      .where('scope', '=', id.scope)
      .where('key', '=', id.key)
      .where('status', '=', 'in_flight')
      .where('created_at', '<', new Date(now.getTime() - abandonedAfterMs))
      .returning('key')
      .executeTakeFirst();
    if (takenOver) return { kind: 'new' };
    throw inFlight();
  }
  throw inFlight();
}

/** Stores the answer with the key, in the transaction that did the work. */
export async function completeIdempotencyKey(
  trx: Transaction<Database>,
  id: IdempotencyScope,
  status: number,
  body: unknown,
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ status: 'done', response_status: status, response_body: JSON.stringify(body) })
    .where('scope', '=', id.scope)
    .where('key', '=', id.key)
    .execute();
}

/** Forgets an in-flight key after a failure, so that a retry does the work again. */
export async function releaseIdempotencyKey(
  db: Kysely<Database>,
  id: IdempotencyScope,
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', id.scope)
    .where('key', '=', id.key)
    .where('status', '=', 'in_flight')
    .execute();
}
