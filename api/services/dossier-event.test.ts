/**
 * The dossier event's short path (`applyEvent`, issue 21): read without a lock, written only if
 * the dossier is still at the version read. A writer that lands between the two must never be
 * overwritten: the locked path then decides (merge or 409), as if the event had come after it.
 */
import type { KyselyPlugin } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { stampDossierEvent } from '../../machines/dossier/events.ts';
import { organisationData } from '../../machines/dossier/test-fixtures.ts';
import { orderBody, uniqueEmail } from '../../machines/purchase/test-orders.ts';
import type { ProblemError } from '../http/problem.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { type Actor, applyEvent } from './dossiers.ts';

describe(`a dossier event read without a lock (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  async function newDossier() {
    const email = uniqueEmail('short-path');
    const res = await t.call('POST', '/v1/orders', orderBody({ email }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    const order = (await res.json()) as OrderResponse;
    const id = order.dossiers[0]?.id ?? '';
    const actor: Actor = { kind: 'customer', id: 'buyer', email, partnerId: null };
    return { id, actor };
  }

  /** Another writer's `dossier.save` of the organisation, committed in one statement. */
  const concurrentSave = (id: string) =>
    sql`with stored as (
          update dossiers set version = version + 1,
            data = jsonb_set(data, '{context,organisation}', ${JSON.stringify({ ...organisationData, name: 'Théâtre du Marais' })}::jsonb)
          where id = ${id} returning id, version)
        insert into audit_events (actor_type, actor_id, entity_type, entity_id, event, data)
        select 'customer', 'other tab', 'dossier', id, 'dossier.save',
          jsonb_build_object('version', version, 'event', jsonb_build_object('type', 'dossier.save', 'step', 'organisation'))
        from stored`.execute(t.db);

  /** `t.db`, with `write` landing right after the dossier was read (before the event is written). */
  function racing(write: () => Promise<unknown>) {
    let done = false;
    const plugin: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        const text = JSON.stringify(args.result.rows[0] ?? {});
        if (!done && text.includes('"documents"')) {
          done = true;
          // PGlite has one connection, held during this call: the write queues ahead of the
          // event's next statement. Postgres: it commits on another connection, now.
          const landed = write();
          if (databaseKind === 'postgres') await landed;
        }
        return args.result;
      },
    };
    return t.db.withPlugin(plugin);
  }

  const event = () =>
    stampDossierEvent(
      { type: 'dossier.save', step: 'organisation', data: organisationData },
      new Date().toISOString(),
    );

  it('writes the new version and its audit row when nothing came between', async () => {
    const { id, actor } = await newDossier();
    const { record, documents } = await applyEvent(t.db, id, actor, event(), 'fr', 1, new Date());
    expect(record.version).toBe(2);
    expect(documents).toEqual([]);
    const audits = await t.db
      .selectFrom('audit_events')
      .select(['event', 'data'])
      .where('entity_id', '=', id)
      .execute();
    expect(audits).toEqual([
      {
        event: 'dossier.save',
        data: { version: 2, event: { type: 'dossier.save', step: 'organisation' } },
      },
    ]);
  });

  it('never overwrites a write that landed after its read: the locked path refuses it (409)', async () => {
    const { id, actor } = await newDossier();
    const db = racing(() => concurrentSave(id));
    const refused = await applyEvent(db, id, actor, event(), 'fr', 1, new Date()).catch(
      (error: ProblemError) => error,
    );
    expect(refused).toMatchObject({ status: 409 });
    const row = await t.db
      .selectFrom('dossiers')
      .select(['version', sql<string>`data #>> '{context,organisation,name}'`.as('name')])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, name: 'Théâtre du Marais' });
    const audits = await t.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('entity_id', '=', id)
      .execute();
    expect(audits).toEqual([{ actor_id: 'other tab' }]);
  });
  it('answers 404 to another buyer and through another partner, read with or without the lock', async () => {
    const { id, actor } = await newDossier();
    const ownPartner = t.partner.partner.id;
    const refusal = (who: Actor, expected: number) =>
      applyEvent(t.db, id, who, event(), 'fr', expected, new Date()).then(
        () => 'applied',
        (error: ProblemError) => error.status,
      );
    const stranger: Actor = { ...actor, email: uniqueEmail('stranger') };
    const elsewhere: Actor = { ...actor, partnerId: crypto.randomUUID() };
    // At the dossier's version and at a stale one: read before its version is compared, the
    // dossier is not found, so the version tells a stranger nothing either.
    for (const expected of [1, 0]) {
      expect(await refusal(stranger, expected)).toBe(404);
      expect(await refusal(elsewhere, expected)).toBe(404);
    }
    const untouched = await t.db
      .selectFrom('dossiers')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(untouched.version).toBe(1);
    // Its buyer, through the partner that placed the order: applied, one version and one audit row.
    const { record } = await applyEvent(
      t.db,
      id,
      { ...actor, partnerId: ownPartner },
      event(),
      'fr',
      1,
      new Date(),
    );
    expect(record.version).toBe(2);
    // An operator's read has neither e-mail nor partner: it finds the dossier, at its version
    // without a lock, then with the lock for a stale version (the same step saved meanwhile: 409).
    const operator: Actor = { kind: 'operator', id: 'operator', email: 'ops@certinomis.fr' };
    const byOperator = await applyEvent(t.db, id, operator, event(), 'fr', 2, new Date());
    expect(byOperator.record.version).toBe(3);
    expect(await refusal(operator, 2)).toBe(409);
    const audits = await t.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('entity_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audits.map((a) => a.actor_id)).toEqual(['buyer', 'operator']);
  });
});
