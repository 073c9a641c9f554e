/**
 * `npm run bench:orders`: POST /v1/orders under load on real PostgreSQL,
 * compared with pgbench replaying the SQL of one order placement at the same
 * concurrency. Prints orders/s, p50/p99, pgbench tps and the ratio.
 *
 * Options (environment): BENCH_SECONDS (default 15), BENCH_CONNECTIONS
 * (default 10), DATABASE_URL (default: a throwaway cluster started here).
 * Figures on a 2-core machine are noisy: compare ratios from one run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../api/db/migrate.ts';
import { orderBody } from '../api/testing/order-body.ts';
import { startDemoServer } from '../demo/testing/demo-server.ts';
import { captureOrderSql } from './bench/capture-order-sql.ts';
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
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }),
  });
  await migrateToLatest(admin);
  await admin.destroy();

  // 1. The HTTP endpoint, served by the real Node entry in its own process.
  const server = await startDemoServer({ DATABASE_URL: databaseUrl, DEMO: '0' });
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
  const captured = await captureOrderSql(databaseUrl);
  const script = toPgbenchScript(captured.queries, captured);
  const dir = mkdtempSync(join(tmpdir(), 'bench-orders-'));
  const scriptFile = join(dir, 'place-order.sql');
  writeFileSync(scriptFile, script);
  const url = new URL(databaseUrl);
  const pgbenchArgs = [
    '-n',
    '-M',
    'extended',
    '-f',
    scriptFile,
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
  const pgbench = spawnSync(join(pgBin, 'pgbench'), pgbenchArgs, { encoding: 'utf8' });
  if (pgbench.status !== 0) {
    console.error(pgbench.stdout, pgbench.stderr);
    throw new Error(`pgbench failed (script kept in ${scriptFile})`);
  }
  const tps = Number(/tps = ([\d.]+)/.exec(pgbench.stdout)?.[1] ?? Number.NaN);
  const pgLatency = Number(/latency average = ([\d.]+) ms/.exec(pgbench.stdout)?.[1] ?? Number.NaN);

  const check = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }),
  });
  const orders = (await sql<{ n: number }>`select count(*)::int as n from orders`.execute(check))
    .rows[0]?.n;
  await check.destroy();

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
  console.log(`  orders in the database ${orders}`);
} finally {
  cluster?.stop();
}
// Spawned helpers may keep handles open; the figures are printed.
void spawn;
process.exit(0);
