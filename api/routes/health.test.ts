import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { createApp } from '../app.ts';
import { createPostgresDatabase } from '../db/postgres.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';

describe('health probes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('/healthz answers 200 JSON without a partner key, never cached', async () => {
    const answer = await t.call('GET', '/healthz', undefined, { 'X-Partner-Key': null });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toContain('application/json');
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect(await answer.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database answers and every migration is applied', async () => {
    const answer = await t.call('GET', '/readyz', undefined, { 'X-Partner-Key': null });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    const body = (await answer.json()) as { status: string; migrations: number };
    expect(body.status).toBe('ready');
    const applied = await sql<{
      n: number;
    }>`select count(*)::int as n from kysely_migration`.execute(t.db);
    expect(body.migrations).toBe(applied.rows[0]?.n);
  });

  it('/readyz answers 503 problem+json with Retry-After while a migration is missing', async () => {
    const last = await t.db
      .selectFrom('kysely_migration' as never)
      .select(sql<string>`name`.as('name'))
      .orderBy(sql`name`, 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const name = (last as { name: string }).name;
    const removed =
      await sql`delete from kysely_migration where name = ${name} returning *`.execute(t.db);
    try {
      const answer = await t.call('GET', '/readyz', undefined, { 'Accept-Language': 'en' });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('Content-Type')).toContain('application/problem+json');
      expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      const problem = (await answer.json()) as { type: string; detail: string };
      expect(problem.type).toMatch(/not-ready$/);
      expect(problem.detail).toContain('migrations');
    } finally {
      const row = removed.rows[0] as { name: string; timestamp: string };
      await sql`insert into kysely_migration (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(
        t.db,
      );
    }
    expect((await t.call('GET', '/readyz')).status).toBe(200);
  });

  // In-process: the app is given a database that does not answer (workerd's is its own).
  it.skipIf(onWorkerd)(
    '/readyz answers 503 when the database is unreachable; /healthz still 200',
    async () => {
      const unreachable = createPostgresDatabase('postgres://app@127.0.0.1:1/app', {
        onIdleError: () => {},
      });
      try {
        const app = createApp({
          db: unreachable,
          companyRegistry: createSeededCompanyRegistry(unreachable),
          log: () => {},
        });
        const ready = await app.request('/readyz');
        expect(ready.status).toBe(503);
        expect(ready.headers.get('Retry-After')).toBe('5');
        expect(((await ready.json()) as { type: string }).type).toMatch(/not-ready$/);
        expect((await app.request('/healthz')).status).toBe(200);
      } finally {
        await unreachable.destroy();
      }
    },
  );

  it.skipIf(onWorkerd)('/readyz answers 503 once the process stops accepting', async () => {
    let accepting = true;
    const draining = createApp({
      db: t.db,
      companyRegistry: createSeededCompanyRegistry(t.db),
      log: () => {},
      accepting: () => accepting,
    });
    expect((await draining.request('/readyz')).status).toBe(200);
    accepting = false;
    const answer = await draining.request('/readyz');
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { detail: string }).detail).toContain('arrête');
  });
});
