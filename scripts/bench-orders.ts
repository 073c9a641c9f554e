/**
 * `npm run bench:orders`: POST /v1/orders under load on real PostgreSQL,
 * compared with pgbench replaying the SQL of one order placement at the same
 * concurrency. Prints orders/s, p50/p99, pgbench tps and the ratio, then
 * pgbench again with the invoice number drawn from a sequence instead of the
 * gapless counter row: the difference is what that row's lock costs when
 * nothing but SQL runs between its statements (bench:edge samples how many
 * requests wait for it under the API).
 *
 * Every /v1 order carries a partner's publishable key (`X-Partner-Key`): a live
 * partner with a unique slug is seeded first, and both the HTTP load and the
 * captured SQL (so pgbench replays the partner lookup too) use its key.
 *
 * Options (environment): BENCH_SECONDS (default 15), BENCH_CONNECTIONS
 * (default 10), DATABASE_URL (default: a throwaway cluster started here).
 * Figures on a 2-core machine are noisy: compare ratios from one run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../api/db/database.ts';
import { migrateToLatest } from '../api/db/migrate.ts';
import { generateMasterKeyEntry } from '../api/security/encryption.ts';
import { createPartner } from '../api/services/partners.ts';
import { startDemoServer } from '../demo/testing/demo-server.ts';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { type CapturedQuery, captureOrderSql } from './bench/capture-order-sql.ts';
import { toPgbenchScript } from './bench/pgbench-script.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

let cluster: Cluster | null = null;
let databaseUrl = process.env.DATABASE_URL;
const pgBin = findPostgresBin();
if (!pgBin)
  throw new Error('pgbench needs the PostgreSQL server binaries (apt-get install postgresql)');
if (!databaseUrl) {
  cluster = await startThrowawayCluster(pgBin);
  databaseUrl = cluster.url;
}

try {
  const admin = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }),
  });
  await migrateToLatest(admin);
  const { partner } = await createPartner(admin, {
    slug: `bench-orders-${Date.now().toString(36)}`,
    name: 'bench:orders',
    mode: 'live',
    allowedOrigins: [],
  });
  await admin.destroy();
  const partnerKey = partner.publishable_key;

  // 1. The HTTP endpoint, served by the real Node entry in its own process.
  // Production mode needs ENCRYPTION_KEYS (encryption at rest): a throwaway key for the run.
  const server = await startDemoServer({
    DATABASE_URL: databaseUrl,
    DEMO: '0',
    ENCRYPTION_KEYS: generateMasterKeyEntry('bench'),
  });
  const body = JSON.stringify(orderBody());
  const http = await autocannon({
    url: `${server.url}/v1/orders`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'x-partner-key': partnerKey,
            'idempotency-key': crypto.randomUUID(),
          },
          body,
        }),
      },
    ],
  });
  await server.stop();
  const non201 = http.non2xx;

  // 2. The same SQL, replayed by pgbench at the same concurrency.
  const raw = await captureOrderSql(databaseUrl, partnerKey);
  const captured = { ...raw, queries: raw.queries.map(invoiceNumberFirst) };
  const script = toPgbenchScript(captured.queries, captured);
  const dir = mkdtempSync(join(tmpdir(), 'bench-orders-'));
  const scriptFile = join(dir, 'place-order.sql');
  writeFileSync(scriptFile, script);
  const url = new URL(databaseUrl);
  const pgbenchArgs = (file: string) => [
    '-n',
    '-M',
    'extended',
    '-f',
    file,
    '-c',
    String(connections),
    '-j',
    '2',
    '-T',
    String(seconds),
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username),
    url.pathname.slice(1),
  ];
  const runPgbench = (file: string) => {
    const pgbench = spawnSync(join(pgBin, 'pgbench'), pgbenchArgs(file), { encoding: 'utf8' });
    if (pgbench.status !== 0) {
      console.error(pgbench.stdout, pgbench.stderr);
      throw new Error(`pgbench failed (script kept in ${file})`);
    }
    return {
      tps: Number(/tps = ([\d.]+)/.exec(pgbench.stdout)?.[1] ?? Number.NaN),
      latency: Number(/latency average = ([\d.]+) ms/.exec(pgbench.stdout)?.[1] ?? Number.NaN),
    };
  };
  const { tps, latency: pgLatency } = runPgbench(scriptFile);

  // 3. The same again with the invoice number drawn from a sequence instead of
  // the counter row: what the gapless counter's row lock costs. A sequence
  // never waits, but leaves gaps — for this measurement only.
  const check = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }),
  });
  const counterLine = /^update "invoice_counter" .*\\gset$/m;
  if (!counterLine.test(script)) throw new Error('no invoice counter UPDATE in the pgbench script');
  const sequenceFile = join(dir, 'place-order-sequence.sql');
  writeFileSync(
    sequenceFile,
    script.replace(counterLine, `select nextval('bench_invoice_seq')::integer as last \\gset`),
  );
  // Above any number the counter gives in a run, within the script's 6 digits
  // (invoice numbers and (series, sequence) are unique).
  await sql`create sequence if not exists bench_invoice_seq start with 500000 maxvalue 999999`.execute(
    check,
  );
  const withoutCounter = runPgbench(sequenceFile);
  await sql`drop sequence bench_invoice_seq`.execute(check);
  const orders = (await sql<{ n: number }>`select count(*)::int as n from orders`.execute(check))
    .rows[0]?.n;
  await check.destroy();
  rmSync(dir, { recursive: true, force: true });

  const ordersPerSecond = http.requests.average;
  console.log('\nbench:orders — POST /v1/orders vs. the same SQL in pgbench');
  console.log(`  concurrency            ${connections} connections, ${seconds} s each`);
  console.log(
    `  HTTP orders/s          ${ordersPerSecond.toFixed(0)} (p50 ${http.latency.p50} ms, p99 ${http.latency.p99} ms, ${http.errors} errors, ${non201} non-2xx)`,
  );
  console.log(
    `  pgbench tps            ${tps.toFixed(0)} (latency avg ${pgLatency} ms, ${captured.queries.length} statements)`,
  );
  console.log(
    `  ratio HTTP / pgbench   ${((ordersPerSecond / tps) * 100).toFixed(0)} %  (aim ≥ 50 %)`,
  );
  console.log(
    `  pgbench, no counter    ${withoutCounter.tps.toFixed(0)} tps (latency avg ${withoutCounter.latency} ms): invoice number from a sequence instead of the counter row`,
  );
  console.log(`  orders in the database ${orders}`);
} finally {
  cluster?.stop();
}

/**
 * toPgbenchScript replaces the invoice INSERT's `$2` and `$3` by the counter
 * value and the number built from it: put `sequence` and `number` in those
 * places (after `order_id`), whatever other columns the INSERT names, so a new
 * invoice column does not shift them.
 */
function invoiceNumberFirst(query: CapturedQuery): CapturedQuery {
  const match = /^insert into "invoices" \(([^)]*)\) values \(([^)]*)\)(.*)$/is.exec(
    query.sql.trim(),
  );
  if (!match) return query;
  const columns = (match[1] as string).split(',').map((c) => c.trim());
  const values = (match[2] as string).split(',').map((v) => v.trim());
  if (columns.length !== values.length || !values.every((v) => /^\$\d+$/.test(v))) return query;
  const first = ['"order_id"', '"sequence"', '"number"'];
  if (!first.every((c) => columns.includes(c))) return query;
  const order = [...first, ...columns.filter((c) => !first.includes(c))];
  const parameters = order.map(
    (c) => query.parameters[Number(values[columns.indexOf(c)]?.slice(1)) - 1],
  );
  return {
    sql: `insert into "invoices" (${order.join(', ')}) values (${order.map((_, i) => `$${i + 1}`).join(', ')})${match[3]}`,
    parameters,
  };
}
// Spawned helpers may keep handles open; the figures are printed.
void spawn;
process.exit(0);
