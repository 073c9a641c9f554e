import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../http/problem.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import {
  type Claim,
  claimIdempotencyKey,
  completeIdempotencyKey,
  type IdempotencyScope,
  releaseIdempotencyKey,
} from './idempotency.ts';

const id = { scope: 'partner-a', key: 'lease-key-0001' };
const hash = 'h'.repeat(64);
const t0 = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const lease = 1000;

function held(claim: Claim): IdempotencyScope {
  if (claim.kind !== 'new') throw new Error(`expected a new claim, got ${claim.kind}`);
  return claim.held;
}

describe(`idempotency lease (${databaseKind})`, () => {
  let t: TestDatabase;
  const row = () =>
    t.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', id.scope)
      .where('key', '=', id.key)
      .executeTakeFirstOrThrow();
  const auditRows = async (marker: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from audit_events where event = ${marker}`.execute(t.db)
      ).rows[0]?.n,
    );
  /** Some work in the attempt's transaction, to see whether it survives. */
  const work = (marker: string) => ({
    occurred_at: t0,
    actor_type: 'system' as const,
    actor_id: null,
    entity_type: 'test',
    entity_id: crypto.randomUUID(),
    event: marker,
    from_state: null,
    to_state: null,
    data: '{}',
  });

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.destroy());
  beforeEach(async () => {
    await t.db.deleteFrom('idempotency_keys').execute();
    await t.db.deleteFrom('audit_events').execute();
  });

  it('refuses a retry while the lease runs (409) and hands the key over once it is over', async () => {
    const first = held(await claimIdempotencyKey(t.db, id, hash, t0, lease));
    expect(await row()).toMatchObject({ status: 'in_flight', attempt: first.attempt });

    const early = await claimIdempotencyKey(t.db, id, hash, at(lease - 1), lease).catch(
      (error: unknown) => error,
    );
    expect(early).toBeInstanceOf(ProblemError);
    expect((early as ProblemError).status).toBe(409);
    expect((early as ProblemError).headers['Retry-After']).toBe('1');

    const second = held(await claimIdempotencyKey(t.db, id, hash, at(lease), lease));
    expect(second.attempt).not.toBe(first.attempt);
    const taken = await row();
    expect(taken).toMatchObject({ status: 'in_flight', attempt: second.attempt });
    expect(new Date(taken.lease_until as Date).getTime()).toBe(at(2 * lease).getTime());
  });

  it('rolls back a late completion of the abandoned attempt: the new attempt’s answer stands', async () => {
    const abandoned = held(await claimIdempotencyKey(t.db, id, hash, t0, lease));
    const fresh = held(await claimIdempotencyKey(t.db, id, hash, at(lease + 1), lease));

    // The abandoned attempt cannot free the key the fresh one holds.
    await releaseIdempotencyKey(t.db, abandoned);
    expect(await row()).toMatchObject({ status: 'in_flight', attempt: fresh.attempt });

    const freshText = await t.db.transaction().execute(async (trx) => {
      await trx.insertInto('audit_events').values(work('fresh.work')).execute();
      return completeIdempotencyKey(trx, fresh, 201, { by: 'fresh', n: 1 });
    });
    expect(freshText).toBe('{"by":"fresh","n":1}');

    const late = await t.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('audit_events').values(work('late.work')).execute();
        return completeIdempotencyKey(trx, abandoned, 201, { by: 'late' });
      })
      .catch((error: unknown) => error);
    expect(late).toBeInstanceOf(ProblemError);
    expect((late as ProblemError).status).toBe(409);
    expect(await auditRows('late.work')).toBe(0);
    expect(await auditRows('fresh.work')).toBe(1);
    expect(await row()).toMatchObject({
      status: 'done',
      attempt: fresh.attempt,
      response_text: '{"by":"fresh","n":1}',
    });
    expect(await claimIdempotencyKey(t.db, id, hash, at(lease + 2), lease)).toEqual({
      kind: 'replay',
      status: 201,
      contentType: 'application/json',
      text: '{"by":"fresh","n":1}',
    });
  });

  it('replays rows stored before response_text from their jsonb copy', async () => {
    await t.db
      .insertInto('idempotency_keys')
      .values({
        ...id,
        request_hash: hash,
        status: 'done',
        response_status: 201,
        response_body: JSON.stringify({ reference: 'CMD-1', totals: { ttc: 1200 } }),
        created_at: t0,
        expires_at: at(86_400_000),
      })
      .execute();
    const replay = await claimIdempotencyKey(t.db, id, hash, at(1), lease);
    if (replay.kind !== 'replay') throw new Error('expected a replay');
    expect(replay.status).toBe(201);
    expect(replay.contentType).toBe('application/json');
    expect(JSON.parse(replay.text)).toEqual({ reference: 'CMD-1', totals: { ttc: 1200 } });
  });

  // Two attempts racing for one row lock: PGlite's single connection runs them one by one.
  it.skipIf(databaseKind !== 'postgres')(
    'a takeover racing a completion in progress waits for it, then replays its answer',
    async () => {
      const slow = held(await claimIdempotencyKey(t.db, id, hash, t0, lease));
      let commit: () => void = () => {};
      const committed = new Promise<void>((resolve) => {
        commit = resolve;
      });
      let completed: () => void = () => {};
      const completionWritten = new Promise<void>((resolve) => {
        completed = resolve;
      });
      const slowAttempt = t.db.transaction().execute(async (trx) => {
        await completeIdempotencyKey(trx, slow, 201, { by: 'slow' });
        completed();
        await committed; // holds the key's row lock, uncommitted
      });
      await completionWritten;

      const takeover = claimIdempotencyKey(t.db, id, hash, at(lease + 1), lease);
      let waiting = false;
      for (let i = 0; i < 400 && !waiting; i++) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
        waiting = (rows[0]?.n ?? 0) > 0;
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(waiting, 'the takeover should wait on the completing attempt’s row lock').toBe(true);
      commit();
      await slowAttempt;
      expect(await takeover).toEqual({
        kind: 'replay',
        status: 201,
        contentType: 'application/json',
        text: '{"by":"slow"}',
      });
      expect(await row()).toMatchObject({ status: 'done', attempt: slow.attempt });
    },
  );
});
