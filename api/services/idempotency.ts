import type { Kysely, QueryCreator, RawBuilder, Transaction } from 'kysely';
import type { Database, NewIdempotencyKey } from '../db/database.ts';
import { Precompiled } from '../db/precompiled.ts';
import { ProblemError } from '../http/problem.ts';
import { sha256Hex } from '../security/sha256.ts';

/** How long a key is remembered; a retry within this window replays the first answer. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
/**
 * Default lease of an `in_flight` key: the time limit of the request holding
 * it. Past it the request is given up for dead (crash, lost connection,
 * timeout) and a retry with the same key takes the key over.
 */
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 30_000;

/** Which key: the partner it belongs to (two partners may use the same key) and the key. */
export interface IdempotencyKeyId {
  scope: string;
  key: string;
}

/** A key held by one attempt: only that attempt may complete or release it. */
export interface IdempotencyScope extends IdempotencyKeyId {
  /** Random token of the attempt holding the key (`idempotency_keys.attempt`). */
  attempt: string;
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

/**
 * Values the claim's own statement computes when it takes the key, named (a sequence's
 * next number, a lookup the work needs): one round trip less for the work, and nothing
 * drawn for a replay or a refusal (they are `RETURNING` expressions of the row it writes).
 */
export type ClaimDraws = Record<string, RawBuilder<unknown>>;

/** What `ClaimDraws` computed, by name. */
export type Drawn<D extends ClaimDraws> = {
  [K in keyof D]: D[K] extends RawBuilder<infer T> ? T : never;
};

/**
 * The draws of one kind of work: `build` writes the expressions from `values` (binding each
 * value, never inlining it: `Precompiled`'s rule), always the same function for that kind, so
 * that the claim's statement is compiled once per kind and afterwards only gets its parameters.
 */
export interface ClaimDrawing<V, D extends ClaimDraws> {
  build: (db: QueryCreator<Database>, values: V) => D;
  values: V;
}

/** A claim that draws nothing. */
const drawNothing = (): Record<never, never> => ({});

export type Claim<D extends ClaimDraws = Record<never, never>> =
  | { kind: 'new'; held: IdempotencyScope; drawn: Drawn<D> }
  /** The first answer, byte for byte, with its status and Content-Type. */
  | { kind: 'replay'; status: number; contentType: string; text: string };

/** SHA-256 of a canonical JSON form (sorted keys), so key order and spacing do not matter. */
export async function requestHash(value: unknown): Promise<string> {
  // Synchronous SHA-256 (api/security/sha256.ts): once per order, cheaper than Web Crypto's job.
  return sha256Hex(canonicalJson(value));
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
 * recorded `in_flight` with a fresh attempt token and a lease of `leaseMs`,
 * and the caller proceeds. Same key and same request, already done: the
 * stored answer is replayed. Same key, other request: 422. Same key still
 * held and its lease running: 409. Lease over (the holder died or ran out of
 * time): this attempt takes the key over with a new token. Relies on the
 * primary key (scope, key) and on row locks, so concurrent claims on real
 * Postgres have exactly one winner.
 */
export async function claimIdempotencyKey<
  V = Record<never, never>,
  D extends ClaimDraws = Record<never, never>,
>(
  db: Kysely<Database>,
  id: IdempotencyKeyId,
  hash: string,
  now: Date,
  leaseMs: number = DEFAULT_IDEMPOTENCY_LEASE_MS,
  draws?: ClaimDrawing<V, D>,
): Promise<Claim<D>> {
  const held: IdempotencyScope = { scope: id.scope, key: id.key, attempt: crypto.randomUUID() };
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const drawing = draws ?? ({ build: drawNothing, values: {} } as unknown as ClaimDrawing<V, D>);
  const returned = () => [
    'key',
    ...Object.entries(drawing.build(db, drawing.values)).map(([name, value]) => value.as(name)),
  ];
  const drawnOf = (row: Record<string, unknown>) => {
    const { key: _, ...drawn } = row;
    return drawn as Drawn<D>;
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    const row: NewIdempotencyKey = {
      scope: id.scope,
      key: id.key,
      request_hash: hash,
      status: 'in_flight',
      attempt: held.attempt,
      lease_until: leaseUntil,
      created_at: now,
      expires_at: new Date(now.getTime() + idempotencyTtlMs),
    };
    const { rows } = await claimInsertOf(drawing.build).execute(db, { row, draws: drawing.values });
    const inserted = rows[0];
    if (inserted) return { kind: 'new', held, drawn: drawnOf(inserted) };

    const existing = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', id.scope)
      .where('key', '=', id.key)
      .executeTakeFirst();
    if (!existing) continue; // deleted in between: try again
    if (new Date(existing.expires_at) <= now) {
      await db
        .deleteFrom('idempotency_keys')
        .where('scope', '=', id.scope)
        .where('key', '=', id.key)
        .where('expires_at', '<=', now)
        .execute();
      continue;
    }
    if (existing.request_hash !== hash) {
      throw new ProblemError(
        422,
        'idempotency-key-reused',
        'problem.idempotency_mismatch.title',
        'problem.idempotency_mismatch.detail',
      );
    }
    if (existing.status === 'done') return replayOf<D>(existing);
    // The holder's lease is over: take the key over. A holder finishing now either
    // got the row lock first (then this matches nothing, and the loop replays its
    // answer) or finds the new token and rolls back (`completeIdempotencyKey`).
    const takenOver = await db
      .updateTable('idempotency_keys')
      .set({ attempt: held.attempt, lease_until: leaseUntil })
      .where('scope', '=', id.scope)
      .where('key', '=', id.key)
      .where('status', '=', 'in_flight')
      .where('lease_until', '<=', now)
      .returning(returned() as ['key'])
      .executeTakeFirst();
    if (takenOver) return { kind: 'new', held, drawn: drawnOf(takenOver) };
    if (existing.lease_until && new Date(existing.lease_until) <= now) continue; // finished meanwhile
    throw inFlight();
  }
  throw inFlight();
}

/**
 * The claim's INSERT … ON CONFLICT DO NOTHING RETURNING key and the draws, one compiled
 * statement per kind of draws: building and compiling it through Kysely on every order was
 * about a twentieth of the order's CPU (bench:orders' profile).
 */
const claimInserts = new WeakMap<
  ClaimDrawing<unknown, ClaimDraws>['build'],
  Precompiled<{ row: NewIdempotencyKey; draws: unknown }, Record<string, unknown>>
>();

function claimInsertOf<V, D extends ClaimDraws>(build: ClaimDrawing<V, D>['build']) {
  const key = build as ClaimDrawing<unknown, ClaimDraws>['build'];
  let statement = claimInserts.get(key);
  if (!statement) {
    statement = new Precompiled((db, v: { row: NewIdempotencyKey; draws: unknown }) =>
      db
        .insertInto('idempotency_keys')
        .values(v.row)
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning([
          'key',
          ...Object.entries(key(db, v.draws)).map(([name, value]) => value.as(name)),
        ] as ['key']),
    );
    claimInserts.set(key, statement);
  }
  return statement;
}

function replayOf<D extends ClaimDraws>(row: {
  response_status: number | null;
  response_text: string | null;
  response_content_type: string | null;
  response_body: unknown;
}): Claim<D> {
  return {
    kind: 'replay',
    status: row.response_status ?? 200,
    contentType: row.response_content_type ?? 'application/json',
    // Rows older than `response_text` only have the jsonb copy (keys possibly reordered).
    text: row.response_text ?? JSON.stringify(row.response_body),
  };
}

/**
 * Stores the answer with the key, in the transaction that did the work, and
 * returns the exact text stored (what the route must send). Only the attempt
 * holding the key may: an attempt whose lease was taken over gets a 409 and
 * its whole transaction rolls back, so the new attempt's result stands.
 */
export async function completeIdempotencyKey(
  trx: Transaction<Database>,
  held: IdempotencyScope,
  status: number,
  body: unknown,
  contentType = 'application/json',
): Promise<string> {
  const text = JSON.stringify(body);
  const updated = await completeIdempotencyKeyQuery(trx, held, status, text, contentType)
    .returning('key')
    .executeTakeFirst();
  if (!updated) throw inFlight();
  return text;
}

/**
 * The UPDATE of `completeIdempotencyKey`, to run inside a larger statement
 * (a data-modifying CTE): the caller must check it matched a row, else call
 * `idempotencyKeyLost()` so that the whole transaction rolls back.
 */
export function completeIdempotencyKeyQuery(
  db: QueryCreator<Database>,
  held: IdempotencyScope,
  status: number,
  text: string,
  contentType = 'application/json',
) {
  return db
    .updateTable('idempotency_keys')
    .set({
      status: 'done',
      response_status: status,
      response_body: text,
      response_text: text,
      response_content_type: contentType,
      lease_until: null,
    })
    .where('scope', '=', held.scope)
    .where('key', '=', held.key)
    .where('attempt', '=', held.attempt)
    .where('status', '=', 'in_flight');
}

/** The 409 of an attempt whose key was taken over (its transaction must roll back). */
export const idempotencyKeyLost = inFlight;

/** Forgets an in-flight key after a failure, so that a retry does the work again (own attempt only). */
export async function releaseIdempotencyKey(
  db: Kysely<Database>,
  held: IdempotencyScope,
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', held.scope)
    .where('key', '=', held.key)
    .where('attempt', '=', held.attempt)
    .where('status', '=', 'in_flight')
    .execute();
}
