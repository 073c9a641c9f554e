import { createServer, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { createApp } from '../app.ts';
import { createPartner } from '../services/partners.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { pgliteDialect } from './pglite.ts';
import { createPostgresDatabase } from './postgres.ts';
import { DatabaseUnavailableError, databaseFaultOf, isDatabaseUnavailable } from './unavailable.ts';

const partnerKey = 'pk_live_faults_partner';
const silent = () => {};

/** A loopback port nothing listens on (connections refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A server that accepts connections and never says a word (a hung database host). */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function appOn(db: Kysely<Database>) {
  return createApp({
    db,
    companyRegistry: createSeededCompanyRegistry(db),
    log: silent,
    reportError: (error) => {
      throw new Error(`a database fault reached reportError: ${String(error)}`);
    },
  });
}

async function expectUnavailable(response: Response, locale: 'fr' | 'en' = 'fr') {
  expect(response.status).toBe(503);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(response.headers.get('Retry-After')).toBe('2');
  const problem = (await response.json()) as Problem;
  expect(problem.type).toMatch(/\/database-unavailable$/);
  expect(problem.status).toBe(503);
  expect(problem.title).toBe(
    locale === 'fr' ? 'Service momentanément indisponible' : 'Service temporarily unavailable',
  );
}

describe('which errors are database faults', () => {
  it('names SQLSTATEs and socket codes, through causes and AggregateErrors', () => {
    const coded = (code: string) => Object.assign(new Error(code), { code });
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', '53300', 'ECONNREFUSED']) {
      expect(databaseFaultOf(coded(code)), code).toEqual({
        kind: 'unavailable',
        retryAfterSeconds: 2,
      });
    }
    for (const code of ['40001', '40P01', '55P03']) {
      expect(databaseFaultOf(coded(code)), code).toEqual({
        kind: 'contention',
        retryAfterSeconds: 1,
      });
    }
    // The request's own fault, or a bug: not the database's.
    for (const code of ['23505', '22P02', '42P01', 'ENOENT']) {
      expect(databaseFaultOf(coded(code)), code).toBeNull();
    }
    expect(databaseFaultOf(new Error('boom'))).toBeNull();
    expect(databaseFaultOf('57P01')).toBeNull();
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: coded('57P01') }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('x'), coded('ECONNRESET')]))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError('gone'))).toBe(true);
    const loop: Error & { cause?: unknown } = new Error('self');
    loop.cause = loop;
    expect(databaseFaultOf(loop)).toBeNull();
  });

  it('recognises what pg really throws for a refused connection and a pool timeout', async () => {
    const refused = createPostgresDatabase(`postgres://app@127.0.0.1:${await closedPort()}/app`, {
      onConnectionError: silent,
    });
    const refusal = await sql`select 1`.execute(refused).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(refusal)).toBe(true);
    await refused.destroy();

    const silentHost = await silentServer();
    const hung = createPostgresDatabase(`postgres://app@127.0.0.1:${silentHost.port}/app`, {
      connectionTimeoutMillis: 300,
      onConnectionError: silent,
    });
    const timeout = await sql`select 1`.execute(hung).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(timeout)).toBe(true);
    await silentHost.close();
    await hung.destroy().catch(() => {});
  });
});

describe('the API when the database is gone', () => {
  it('answers 503 problems with Retry-After, localised, when Postgres refuses connections', async () => {
    const db = createPostgresDatabase(`postgres://app@127.0.0.1:${await closedPort()}/app`, {
      onConnectionError: silent,
    });
    const app = appOn(db);
    await expectUnavailable(
      await app.request('/v1/catalog', { headers: { 'X-Partner-Key': partnerKey } }),
    );
    await expectUnavailable(
      await app.request('/v1/catalog', {
        headers: { 'X-Partner-Key': partnerKey, 'Accept-Language': 'en' },
      }),
      'en',
    );
    await expectUnavailable(
      await app.request('/v1/orders', {
        method: 'POST',
        headers: {
          'X-Partner-Key': partnerKey,
          'Content-Type': 'application/json',
          'Idempotency-Key': 'fault-refused-0001',
        },
        body: JSON.stringify(orderBody()),
      }),
    );
    await db.destroy();
  });

  it('answers 503 promptly, not after a hang, when the database host does not answer', async () => {
    const silentHost = await silentServer();
    const db = createPostgresDatabase(`postgres://app@127.0.0.1:${silentHost.port}/app`, {
      connectionTimeoutMillis: 300,
      onConnectionError: silent,
    });
    await expectUnavailable(
      await appOn(db).request('/v1/catalog', { headers: { 'X-Partner-Key': partnerKey } }),
    );
    await silentHost.close();
    await db.destroy().catch(() => {});
  });

  it('answers 503 when the embedded PGlite database is closed', async () => {
    const client = await PGlite.create();
    const db = new Kysely<Database>({ dialect: pgliteDialect(client) });
    await migrateToLatest(db);
    await createPartner(db, {
      slug: 'faults-partner',
      name: 'Faults',
      mode: 'live',
      publishableKey: partnerKey,
      allowedOrigins: [],
    });
    const app = appOn(db);
    const before = await app.request('/v1/catalog', { headers: { 'X-Partner-Key': partnerKey } });
    expect(before.status).toBe(200);
    await client.close();
    await expectUnavailable(
      await app.request('/v1/catalog', { headers: { 'X-Partner-Key': partnerKey } }),
    );
  });
});

describe(`faults raised by the database itself (${databaseKind})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await createPartner(t.db, {
      slug: 'faults-partner',
      name: 'Faults',
      mode: 'live',
      publishableKey: partnerKey,
      allowedOrigins: [],
    });
  });
  afterAll(() => t?.destroy());

  it.each([
    ['serialization_failure', 'database-busy', '1'],
    ['deadlock_detected', 'database-busy', '1'],
    ['admin_shutdown', 'database-unavailable', '2'],
  ])(
    'answers an order whose transaction fails with %s 503 %s, writing nothing',
    async (errcode, slug, retryAfter) => {
      // The server raises the real SQLSTATE in the middle of the order's transaction.
      await sql
        .raw(
          `create or replace function fault_outbox() returns trigger language plpgsql as $$
           begin raise exception 'injected' using errcode = '${errcode}'; end $$`,
        )
        .execute(t.db);
      await sql`create trigger fault_outbox before insert on outbox for each row execute function fault_outbox()`.execute(
        t.db,
      );
      const app = appOn(t.db);
      const post = () =>
        app.request('/v1/orders', {
          method: 'POST',
          headers: {
            'X-Partner-Key': partnerKey,
            'Content-Type': 'application/json',
            'Idempotency-Key': `fault-${errcode}`,
            'Accept-Language': 'en',
          },
          body: JSON.stringify(orderBody()),
        });
      try {
        const response = await post();
        expect(response.status).toBe(503);
        expect(response.headers.get('Retry-After')).toBe(retryAfter);
        expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
        expect(((await response.json()) as Problem).type).toMatch(new RegExp(`/${slug}$`));
        for (const table of ['orders', 'dossiers', 'invoices', 'outbox', 'idempotency_keys']) {
          const n = (
            await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
              t.db,
            )
          ).rows[0]?.n;
          expect(n, table).toBe(0);
        }
      } finally {
        await sql`drop trigger fault_outbox on outbox`.execute(t.db);
      }
      expect((await post()).status).toBe(201);
      await sql`truncate orders, outbox, idempotency_keys, audit_events cascade`.execute(t.db);
    },
  );
});

// Terminating one backend among others needs a real server (PGlite has one connection, no backends).
describe.skipIf(databaseKind !== 'postgres')(
  'a connection terminated mid-request (postgres)',
  () => {
    let t: TestDatabase;
    let url: string;

    beforeAll(async () => {
      t = await createTestDatabase();
      const parsed = new URL(process.env.TEST_DATABASE_URL as string);
      parsed.pathname = `/${t.name}`;
      url = parsed.toString();
      await createPartner(t.db, {
        slug: 'faults-partner',
        name: 'Faults',
        mode: 'live',
        publishableKey: partnerKey,
        allowedOrigins: [],
      });
    });
    afterAll(() => t?.destroy());

    it('does not crash the process, answers 503, leaves nothing half-written, then serves again', async () => {
      const db = createPostgresDatabase(url, { max: 4, onConnectionError: silent });
      const app = appOn(db);
      const count = async (table: string) =>
        Number(
          (
            await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
              t.db,
            )
          ).rows[0]?.n,
        );
      const post = () =>
        app.request('/v1/orders', {
          method: 'POST',
          headers: {
            'X-Partner-Key': partnerKey,
            'Content-Type': 'application/json',
            'Idempotency-Key': 'fault-terminated-0001',
          },
          body: JSON.stringify(orderBody({ quantity: 2 })),
        });

      // Hold the invoice counter: the order's transaction stops there, its order, lines,
      // payment and dossiers already written, its client checked out of the pool.
      const locker = new pg.Client(url);
      locker.on('error', silent);
      await locker.connect();
      await locker.query('begin');
      await locker.query('lock table invoice_counter in access exclusive mode');
      const answer = post();
      let blocked: number | undefined;
      for (let i = 0; i < 400 && blocked === undefined; i++) {
        // Not from `locker`: inside a transaction pg_stat_activity stays the snapshot first read.
        const { rows } = await sql<{ pid: number }>`
        select pid from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
        blocked = rows[0]?.pid;
        if (blocked === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(blocked, 'the order request never reached the invoice counter').toBeDefined();
      await locker.query('select pg_terminate_backend($1)', [blocked]);
      const response = await answer;
      await locker.query('rollback');
      await locker.end();

      await expectUnavailable(response);
      // The faulted client was released with its error and discarded (api/db/postgres.ts), so
      // the next statement, the key's release just below, ran on a sound connection (it got
      // ECONNRESET when the pool lent the dying client again). Its socket's close, if it comes
      // after, meets the listener every client has: without one Node would have exited.
      for (const table of ['orders', 'order_lines', 'payments', 'dossiers', 'invoices', 'outbox']) {
        expect(await count(table), table).toBe(0);
      }
      // The key was released (the database is up): the retry places the order.
      expect(await count('idempotency_keys')).toBe(0);
      const retry = await post();
      expect(retry.status).toBe(201);
      expect(await count('orders')).toBe(1);
      expect(await count('dossiers')).toBe(2);
      await db.destroy();
    });
  },
);
