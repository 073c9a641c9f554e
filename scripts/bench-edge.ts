/**
 * `npm run bench:edge`: POST /v1/orders on the Node entry (api/node.ts, a pg
 * Pool of 10) and on the Workers entry (api/worker.ts in workerd, one pg
 * client per request) against the same throwaway PostgreSQL cluster, at the
 * same concurrency, one after the other. Prints, for each: orders/s, p50/p99
 * latency, errors and non-2xx answers, whether every 201's order is in the
 * database with its invoice, the Postgres connections opened, and how many
 * backends were busy (running a statement or inside a transaction) and how
 * many of those waited for the invoice counter row; then the ratio workerd /
 * Node. Every request carries the publishable key of a live partner seeded
 * here (`X-Partner-Key`) and a unique `Idempotency-Key`.
 *
 * The Worker reaches Postgres through PgBouncer in transaction pooling
 * (scripts/pgbouncer.ts, started and stopped here like the cluster; Debian:
 * `apt-get install -y pgbouncer`), the local stand-in for Hyperdrive: the
 * deployed shape. The Worker is its deploy bundle (`wrangler deploy --dry-run`) run in workerd
 * with nothing in front of it (scripts/workerd-bundle.ts), as deployed; BENCH_WORKERD=dev runs
 * it through `wrangler dev` instead, whose proxy, inspector and log relay cost more CPU per
 * order than the Worker itself on this machine.
 *
 * Options (environment): BENCH_SECONDS (default 10), BENCH_CONNECTIONS
 * (default 32), BENCH_WARMUP_SECONDS (default 2, not measured), BENCH_WORKERD (bundle | dev).
 * Figures on a 2-core machine are noisy: compare the ratio from one run.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../api/db/database.ts';
import { migrateToLatest } from '../api/db/migrate.ts';
import { generateMasterKeyEntry } from '../api/security/encryption.ts';
import { createPartner } from '../api/services/partners.ts';
import { startDemoServer } from '../demo/testing/demo-server.ts';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { loadOrders } from './bench/order-load.ts';
import { startPgBouncer } from './pgbouncer.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';
import { startWorkerd } from './workerd.ts';
import { startWorkerdBundle } from './workerd-bundle.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** `bundle` (default): the deploy bundle in workerd; `dev`: through `wrangler dev` and its proxy. */
const workerdHarness = process.env.BENCH_WORKERD === 'dev' ? 'dev' : 'bundle';

interface Leg {
  name: string;
  ordersPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: string;
  /** 201 answers whose order (and its invoice) is in the database. */
  verified: number;
  /** Orders committed beyond the 201s counted: requests cut at the end of the run. */
  unanswered: number;
  /** Postgres sessions (connections) opened during the measured run. */
  sessions: number;
  /** Mean number of backends not idle (in a statement or a transaction), and of those waiting for the invoice counter row. */
  busyBackends: number;
  counterWaiters: number;
}

const loadAtStart = loadavg();
const pgBin = findPostgresBin();
if (!pgBin) throw new Error('needs the PostgreSQL server binaries (apt-get install postgresql)');
const cluster: Cluster = await startThrowawayCluster(pgBin);
let failed = false;

try {
  const databaseUrl = cluster.url;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }),
  });
  await migrateToLatest(db);
  const { partner } = await createPartner(db, {
    slug: `bench-edge-${Date.now().toString(36)}`,
    name: 'bench:edge',
    mode: 'live',
    allowedOrigins: [],
  });
  const partnerKey = partner.publishable_key;
  const body = JSON.stringify(orderBody());
  const sessionsOpened = async () =>
    (
      await sql<{ n: number }>`select sessions::int as n from pg_stat_database
        where datname = current_database()`.execute(db)
    ).rows[0]?.n ?? 0;
  const countOrders = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from orders`.execute(db)).rows[0]?.n ?? 0;
  /**
   * Waits until the requests autocannon cut at the end of a run have finished
   * on the server: no backend busy and the order count unchanged for 0.5 s.
   */
  const settle = async () => {
    const deadline = Date.now() + 30_000;
    let last = await countOrders();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const busy = (
        await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`.execute(
          db,
        )
      ).rows[0]?.n;
      const now = await countOrders();
      if (busy === 0 && now === last) return now;
      last = now;
    }
    return last;
  };

  /** One order by hand first: a wrong key or body fails here, with the answer shown. */
  const probe = async (url: string) => {
    const res = await fetch(`${url}/v1/orders`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Partner-Key': partnerKey,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body,
    });
    if (res.status !== 201) {
      throw new Error(`POST ${url}/v1/orders answered ${res.status}: ${await res.text()}`);
    }
  };

  const load = (url: string, duration: number, references?: string[]) =>
    loadOrders({
      url,
      partnerKey,
      connections,
      seconds: duration,
      ...(references ? { references } : {}),
    });

  /**
   * Samples pg_stat_activity every 100 ms until `stop()`: how many backends are
   * busy, and how many wait for a lock inside the invoice counter's UPDATE.
   */
  const sampleActivity = () => {
    let samples = 0;
    let busy = 0;
    let waiting = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const row = (
          await sql<{ busy: number; waiting: number }>`select
              count(*) filter (where state <> 'idle')::int as busy,
              count(*) filter (where wait_event_type = 'Lock'
                and query like '%update invoice_counter%')::int as waiting
            from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()
              and backend_type = 'client backend'`.execute(db)
        ).rows[0];
        samples++;
        busy += row?.busy ?? 0;
        waiting += row?.waiting ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    return async () => {
      running = false;
      await loop;
      return { busy: busy / Math.max(1, samples), waiting: waiting / Math.max(1, samples) };
    };
  };

  const run = async (name: string, url: string): Promise<Leg> => {
    await probe(url);
    if (warmupSeconds > 0) await load(url, warmupSeconds);
    const before = await settle();
    const sessionsBefore = await sessionsOpened();
    const references: string[] = [];
    const stopSampling = sampleActivity();
    const result = await load(url, seconds, references);
    const activity = await stopSampling();
    const after = await settle();
    const sessions = (await sessionsOpened()) - sessionsBefore;
    // Every 201 names its order: each must be in the database with its invoice.
    const verified =
      references.length === 0
        ? 0
        : ((
            await sql<{ n: number }>`select count(*)::int as n from orders o
              join invoices i on i.order_id = o.id where o.reference = any(${references})`.execute(
              db,
            )
          ).rows[0]?.n ?? 0);
    const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000;
    return {
      name,
      ordersPerSecond: result['2xx'] / elapsed,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ok: result['2xx'],
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.entries(result.statusCodeStats ?? {})
        .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
        .join(' '),
      verified: references.length === result['2xx'] ? verified : -1,
      unanswered: after - before - result['2xx'],
      sessions,
      busyBackends: activity.busy,
      counterWaiters: activity.waiting,
    };
  };

  // 1. The Node entry, started as `npm start` does (its own process, pg Pool).
  // Production mode needs ENCRYPTION_KEYS (encryption at rest): a throwaway key for the run.
  const encryptionKeys = generateMasterKeyEntry('bench');
  const node = await startDemoServer({
    DATABASE_URL: databaseUrl,
    DEMO: '0',
    ENCRYPTION_KEYS: encryptionKeys,
  });
  let nodeLeg: Leg;
  try {
    nodeLeg = await run('Node (pg Pool)', node.url);
  } finally {
    await node.stop();
  }

  // 2. The Workers entry in workerd (one pg client per request), through PgBouncer
  // in transaction pooling as Hyperdrive pools for it in production.
  const bouncer = await startPgBouncer(databaseUrl);
  const vars = {
    DATABASE_URL: bouncer.url,
    COMPANY_REGISTRY: 'seeded',
    ENCRYPTION_KEYS: encryptionKeys,
  };
  const workerd = await (workerdHarness === 'dev'
    ? startWorkerd({ vars })
    : startWorkerdBundle({ vars }));
  let workerdLeg: Leg;
  try {
    workerdLeg = await run(
      workerdHarness === 'dev' ? 'workerd (wrangler dev)' : 'workerd via PgBouncer',
      workerd.url,
    );
  } finally {
    await workerd.stop();
    bouncer.stop();
  }
  await db.destroy();

  const legs = [nodeLeg, workerdLeg];
  console.log(
    '\nbench:edge — POST /v1/orders, Node entry vs. Workers entry (workerd), same Postgres',
  );
  console.log(
    `  machine                ${availableParallelism()} cores; 1-min load average ${loadAtStart[0]?.toFixed(1)} before the run (other work), ${loadavg()[0]?.toFixed(1)} at the end; Postgres throwaway cluster, fsync off`,
  );
  console.log(
    `  load                   autocannon, ${connections} connections, ${seconds} s measured per leg (after ${warmupSeconds} s warm-up), unique Idempotency-Key per request`,
  );
  for (const leg of legs) {
    console.log(
      `  ${leg.name.padEnd(24)} ${leg.ordersPerSecond.toFixed(0).padStart(4)} orders/s  p50 ${leg.p50} ms  p99 ${leg.p99} ms  ${leg.errors} errors (${leg.timeouts} timeouts)  ${leg.non2xx} non-2xx  [${leg.statusCodes}]`,
    );
    const written = leg.verified === leg.ok && leg.ok > 0;
    console.log(
      `  ${''.padEnd(24)} written: ${leg.verified} of ${leg.ok} answered orders found with their invoice${written ? '' : ' (MISSING ROWS)'}; ${leg.unanswered} more committed for requests cut at the end`,
    );
    console.log(`  ${''.padEnd(24)} Postgres connections opened during the run: ${leg.sessions}`);
    console.log(
      `  ${''.padEnd(24)} backends busy (mean of 100 ms samples): ${leg.busyBackends.toFixed(1)}, of which waiting for the invoice counter row: ${leg.counterWaiters.toFixed(1)}`,
    );
    if (!written) failed = true;
  }
  console.log(
    `  ratio workerd / Node   ${(workerdLeg.ordersPerSecond / nodeLeg.ordersPerSecond).toFixed(2)} (orders/s), p50 ×${(workerdLeg.p50 / nodeLeg.p50).toFixed(1)}`,
  );
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  cluster.stop();
}
// Spawned helpers may keep handles open; the figures are printed.
process.exit(failed ? 1 : 0);
