/**
 * `npm run bench:orders [-- --connections 32 --seconds 15]`: POST /v1/orders
 * under load on real PostgreSQL, against what Postgres alone does with the
 * same work. Prints:
 *
 * - HTTP: orders/s, p50/p99, errors, and the server's CPU per order (its
 *   user + system time over the run, from /proc: the server is its own process),
 *   the request path alone (no mailer: the e-mails wait in the outbox);
 * - the same with delivery: the outbox worker sending each order's e-mail to a
 *   real SMTP server and its webhook to a real HTTP endpoint (both on loopback,
 *   `scripts/bench/delivery-sinks.ts`), the CPU counted until all have arrived;
 * - delivery alone: those e-mails and webhooks sent once more by a fresh server
 *   with no order coming in, its CPU per order;
 * - pgbench replaying the SQL of one captured placement at the same concurrency;
 * - "the limit": pgbench writing the same rows in one single statement;
 * - pgbench with the invoice number from a sequence instead of the counter
 *   row (what the gapless counter costs);
 * - the ratios, and the cluster's `fsync` / `synchronous_commit`.
 *
 * It checks what it wrote: each 201 has its order, lines, dossiers, payment,
 * invoice, e-mail and idempotency rows, and the live invoice series is
 * gapless and chronological.
 *
 * Options: `--connections` (BENCH_CONNECTIONS, default 32), `--seconds`
 * (BENCH_SECONDS, default 15), `--cpu-prof <dir>` (profile the server with
 * `node --cpu-prof` and print where its CPU went), DATABASE_URL (default: a
 * throwaway cluster started here). Needs the PostgreSQL server binaries (apt-get install postgresql).
 * Figures on a 2-core machine are noisy: compare ratios from one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../api/db/database.ts';
import { migrateToLatest } from '../api/db/migrate.ts';
import { generateMasterKeyEntry, importKeyRing } from '../api/security/encryption.ts';
import { createPartner } from '../api/services/partners.ts';
import { startDemoServer } from '../demo/testing/demo-server.ts';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { captureOrderSql } from './bench/capture-order-sql.ts';
import { summariseCpuProfile } from './bench/cpu-profile-summary.ts';
import { startDeliverySinks } from './bench/delivery-sinks.ts';
import { orderCheckCost } from './bench/order-check-cost.ts';
import { loadOrders } from './bench/order-load.ts';
import { toLimitScript, toPgbenchScript } from './bench/pgbench-script.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

const option = (name: string, env: string | undefined, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : env;
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const connections = option('connections', process.env.BENCH_CONNECTIONS, 32);
const seconds = option('seconds', process.env.BENCH_SECONDS, 15);
const profileAt = process.argv.indexOf('--cpu-prof');
const profileDir = profileAt >= 0 ? process.argv[profileAt + 1] : undefined;
if (profileAt >= 0 && !profileDir) throw new Error('--cpu-prof needs a folder');

/** User + system CPU time of a process, ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

let cluster: Cluster | null = null;
let databaseUrl = process.env.DATABASE_URL;
const pgBin = findPostgresBin();
if (!pgBin)
  throw new Error('pgbench needs the PostgreSQL server binaries (apt-get install postgresql)');
if (!databaseUrl) {
  cluster = await startThrowawayCluster(pgBin);
  databaseUrl = cluster.url;
}

let failed = false;
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
  const partnerKey = partner.publishable_key;
  const settings = await sql<{ fsync: string; synchronous_commit: string }>`
    select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit`.execute(
    admin,
  );

  /**
   * Orders under load on the real Node entry in its own process (`extraEnv` added), for
   * `seconds` at `connections`: the 201s' references, autocannon's figures and the server's
   * CPU ms over the run (and, with `afterLoad`, until it resolves: the delivery's drain).
   */
  // Production mode needs ENCRYPTION_KEYS (encryption at rest): a throwaway key for the run,
  // the same for the partners' webhook secrets sealed here and the server that opens them.
  const encryptionKeys = generateMasterKeyEntry('bench');
  const placeOrders = async (
    key: string,
    extraEnv: Record<string, string>,
    afterLoad?: () => Promise<void>,
  ) => {
    const server = await startDemoServer(
      {
        DATABASE_URL: databaseUrl as string,
        DEMO: '0',
        ENCRYPTION_KEYS: encryptionKeys,
        ...extraEnv,
      },
      profileDir
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${join(profileDir, afterLoad ? 'delivery' : 'request-path')}`,
          ]
        : [],
    );
    const placed: string[] = [];
    const cpuBefore = cpuMsOf(server.pid);
    try {
      const result = await loadOrders({
        url: server.url,
        partnerKey: key,
        connections,
        seconds,
        references: placed,
      });
      await afterLoad?.();
      return { http: result, references: placed, cpuMs: cpuMsOf(server.pid) - cpuBefore };
    } finally {
      await server.stop();
    }
  };

  // 1. The HTTP endpoint, served by the real Node entry, no mailer: the request path alone
  // (without SMTP_URL outside demo mode the e-mails wait in the outbox: no worker runs).
  const { http, references, cpuMs } = await placeOrders(partnerKey, {});

  // 1b. The same with delivery: SMTP_URL set (the outbox worker runs) and a partner with a
  // webhook endpoint, both real servers on loopback; the CPU counts until every order's
  // e-mail and webhook have arrived. A test-mode partner (an http:// loopback endpoint is
  // refused for live ones): its invoices are the TEST- series, checked apart below.
  // The first leg's e-mails are not this leg's work: out of the worker's way.
  const emailsOfFirstLeg = await sql<{ n: number }>`
    select count(*)::int as n from outbox where channel = 'email' and sent_at is null`.execute(
    admin,
  );
  await sql`update outbox set sent_at = clock_timestamp() where sent_at is null`.execute(admin);
  const sinks = await startDeliverySinks();
  const hooked = await createPartner(
    admin,
    {
      slug: `bench-orders-hooks-${Date.now().toString(36)}`,
      name: 'bench:orders (webhooks)',
      mode: 'test',
      allowedOrigins: [],
      webhookUrl: sinks.webhookUrl,
    },
    importKeyRing(encryptionKeys),
  );
  const legStart = new Date();
  const deliveryRows = sql`created_at >= ${legStart}
    and (channel = 'email' or recipient = ${hooked.partner.id})`;
  // The sinks count a message once it arrived; its outbox row is marked sent a moment
  // later, after the sink's answer. Delivered means both.
  const untilMarkedSent = async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { unsent } = (
        await sql<{ unsent: number }>`select count(*)::int as unsent from outbox
          where sent_at is null and failed_at is null and ${deliveryRows}`.execute(admin)
      ).rows[0] ?? { unsent: 0 };
      if (unsent === 0 || Date.now() > deadline) return unsent;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  let aloneCpuMs = 0;
  let aloneOrders = 0;
  let aloneUnsent = -1;
  const delivered = await placeOrders(
    hooked.partner.publishable_key,
    { SMTP_URL: sinks.smtpUrl },
    // Every order the partner has (those of requests cut at the end included), delivered.
    async () => {
      const { n } = (
        await sql<{ n: number }>`select count(*)::int as n from orders
          where partner_id = ${hooked.partner.id}`.execute(admin)
      ).rows[0] ?? { n: 0 };
      await sinks.drained(n, n, 180_000);
      await untilMarkedSent();
    },
  )
    .then(async (leg) => {
      // 1c. Delivery alone: the same e-mails and webhooks once more, by a fresh server with
      // no order coming in, so that its CPU is the delivery's only (1b's is both at once).
      const { n } = (
        await sql<{ n: number }>`select count(*)::int as n from orders
          where partner_id = ${hooked.partner.id}`.execute(admin)
      ).rows[0] ?? { n: 0 };
      await sql`delete from webhook_deliveries where partner_id = ${hooked.partner.id}`.execute(
        admin,
      );
      await sql`update outbox set sent_at = null, attempts = 0, available_at = now()
        where ${deliveryRows}`.execute(admin);
      const before = sinks.counts();
      const server = await startDemoServer(
        {
          DATABASE_URL: databaseUrl as string,
          DEMO: '0',
          ENCRYPTION_KEYS: encryptionKeys,
          SMTP_URL: sinks.smtpUrl,
        },
        profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, 'delivery-alone')}`] : [],
      );
      const cpuBefore = cpuMsOf(server.pid);
      try {
        await sinks.drained(before.emails + n, before.webhooks + n, 180_000);
        aloneUnsent = await untilMarkedSent();
        aloneCpuMs = cpuMsOf(server.pid) - cpuBefore;
        aloneOrders = n;
      } finally {
        await server.stop();
      }
      return leg;
    })
    .finally(() => sinks.close());
  const deliveredRows = (
    await sql<{ orders: number; emails: number; webhooks: number }>`
    select (select count(*)::int from orders where partner_id = ${hooked.partner.id}) as orders,
           (select count(*)::int from outbox where channel = 'email' and sent_at is not null
              and created_at >= ${legStart}) as emails,
           (select count(*)::int from outbox where channel = 'webhook' and sent_at is not null
              and recipient = ${hooked.partner.id}) as webhooks`.execute(admin)
  ).rows[0];

  // 2. What the 201s promised is in the database, and the series is gapless.
  const written = await sql<{
    orders: number;
    complete: number;
    emails: number;
    keys: number;
  }>`
    select count(*)::int as orders,
           count(*) filter (where
             exists (select 1 from order_lines l where l.order_id = o.id)
             and exists (select 1 from payments p where p.order_id = o.id)
             and exists (select 1 from cgv_acceptances c where c.order_id = o.id)
             and (select count(*) from dossiers d where d.order_id = o.id) = o.quantity
             and exists (select 1 from invoices i where i.order_id = o.id)
             and exists (select 1 from audit_events a where a.entity_id = o.id))::int as complete,
           (select count(*)::int from outbox where channel = 'email') as emails,
           (select count(*)::int from idempotency_keys where status = 'done') as keys
      from orders o where o.reference = any(${references})`.execute(admin);
  const series = await sql<{ n: number; first: number; last: number; backwards: number }>`
    select count(*)::int as n, min(sequence) as first, max(sequence) as last,
           count(*) filter (where back)::int as backwards
      from (select sequence, issued_at < lag(issued_at) over (order by sequence) as back
              from invoices where livemode) s`.execute(admin);
  const productCodes = (
    await admin.selectFrom('products').select('code').where('active', '=', true).execute()
  ).map((p) => p.code);
  await admin.destroy();
  const w = written.rows[0];
  const s = series.rows[0];
  const checks = [
    ['every 201 has its order', w?.orders === references.length],
    ['…with lines, payment, CGV, dossiers, invoice, audit', w?.complete === references.length],
    [
      '…and its e-mail and idempotency record',
      (w?.emails ?? 0) >= references.length && (w?.keys ?? 0) >= references.length,
    ],
    ['invoice series gapless', s !== undefined && s.n === s.last - s.first + 1],
    ['invoice series chronological', s?.backwards === 0],
    [
      "…its e-mail left in the first leg's outbox, unsent (no mailer)",
      (emailsOfFirstLeg.rows[0]?.n ?? 0) >= references.length,
    ],
    [
      'delivery alone: every e-mail and webhook delivered again',
      aloneOrders > 0 && aloneUnsent === 0,
    ],
    [
      'delivery leg: every 201 has its e-mail and webhook delivered',
      delivered.references.length > 0 &&
        deliveredRows !== undefined &&
        deliveredRows.orders >= delivered.references.length &&
        deliveredRows.emails === deliveredRows.orders &&
        deliveredRows.webhooks === deliveredRows.orders,
    ],
  ] as const;

  // 3. The same SQL, replayed by pgbench at the same concurrency.
  const captured = await captureOrderSql(databaseUrl, partnerKey);
  const script = toPgbenchScript(captured.queries, captured);
  const dir = mkdtempSync(join(tmpdir(), 'bench-orders-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const url = new URL(databaseUrl);
  const runPgbench = (file: string) => {
    const pgbench = spawnSync(
      join(pgBin, 'pgbench'),
      [
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
      ],
      { encoding: 'utf8' },
    );
    if (pgbench.status !== 0) {
      console.error(pgbench.stdout, pgbench.stderr);
      throw new Error(`pgbench failed (script kept in ${file})`);
    }
    return {
      tps: Number(/tps = ([\d.]+)/.exec(pgbench.stdout)?.[1] ?? Number.NaN),
      latency: Number(/latency average = ([\d.]+) ms/.exec(pgbench.stdout)?.[1] ?? Number.NaN),
    };
  };
  const replay = runPgbench(write('place-order.sql', script));

  // 4. The limit: the same rows in one single statement.
  const limit = runPgbench(write('limit.sql', toLimitScript(script)));

  // 5. The invoice number from a sequence instead of the counter row: what
  // the gapless counter's row lock costs. A sequence never waits, but leaves
  // gaps — for this measurement only.
  const check = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }),
  });
  const counter =
    /update invoice_counter set last = last \+ 1, last_issued_at = (.*?) where id = \d+ returning last, last_issued_at/;
  const counterMatch = counter.exec(script);
  if (!counterMatch) throw new Error('no invoice counter UPDATE in the pgbench script');
  const sequenceScript = script.replace(
    counter,
    `select nextval('bench_invoice_seq')::integer as last, ${(counterMatch[1] as string).replace(/last_issued_at/g, 'null::timestamptz')} as last_issued_at`,
  );
  // Above any number the counter gives in a run, within 6 digits (numbers are unique).
  await sql`create sequence if not exists bench_invoice_seq start with 500000 maxvalue 999999`.execute(
    check,
  );
  const withoutCounter = runPgbench(write('place-order-sequence.sql', sequenceScript));
  await sql`drop sequence bench_invoice_seq`.execute(check);
  await check.destroy();
  rmSync(dir, { recursive: true, force: true });

  const ordersPerSecond = references.length / seconds;
  const statements = captured.queries.length;
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
  console.log('\nbench:orders — POST /v1/orders vs. the same SQL in pgbench');
  console.log(
    `  cluster                fsync=${settings.rows[0]?.fsync}, synchronous_commit=${settings.rows[0]?.synchronous_commit}`,
  );
  console.log(`  concurrency            ${connections} connections, ${seconds} s each`);
  console.log(
    `  HTTP orders/s          ${ordersPerSecond.toFixed(0)} (p50 ${http.latency.p50} ms, p99 ${http.latency.p99} ms, ${http.errors} errors, ${http.non2xx} non-2xx, ${references.length} orders)`,
  );
  console.log(
    `  Node CPU per order     ${(cpuMs / Math.max(1, references.length)).toFixed(2)} ms (server process, request path only: no mailer, e-mails wait in the outbox)`,
  );
  const deliveredPerSecond = delivered.references.length / seconds;
  console.log(
    `  with delivery          ${deliveredPerSecond.toFixed(0)} orders/s (p50 ${delivered.http.latency.p50} ms, p99 ${delivered.http.latency.p99} ms); ${(delivered.cpuMs / Math.max(1, delivered.references.length)).toFixed(2)} ms CPU per order, its e-mail (SMTP) and webhook (HTTP) delivered by the same process, to loopback sinks`,
  );
  console.log(
    `  delivery alone         ${(aloneCpuMs / Math.max(1, aloneOrders)).toFixed(2)} ms CPU per order: the same ${aloneOrders} e-mails and webhooks again, no order coming in (the server's idle polling included)`,
  );
  console.log(
    `  pgbench, same SQL      ${replay.tps.toFixed(0)} tps (latency avg ${replay.latency} ms, ${statements} statements)`,
  );
  console.log(
    `  pgbench, the limit     ${limit.tps.toFixed(0)} tps (latency avg ${limit.latency} ms, the same rows in 1 statement)`,
  );
  console.log(
    `  pgbench, no counter    ${withoutCounter.tps.toFixed(0)} tps (latency avg ${withoutCounter.latency} ms): invoice number from a sequence`,
  );
  console.log(`  ratio HTTP / pgbench   ${pct(ordersPerSecond, replay.tps)}  (aim ≥ 70 %)`);
  console.log(`  ratio HTTP / limit     ${pct(ordersPerSecond, limit.tps)}  (aim ≥ 30 %)`);
  const checkCost = orderCheckCost(orderBody(), productCodes);
  console.log(
    `  order check, in-process ${checkCost.checkOrder.toFixed(3)} ms/order (checkOrder, the API's); the machine's replay ${checkCost.replayOrder.toFixed(3)} ms`,
  );
  if (profileDir) {
    for (const leg of ['request-path', 'delivery', 'delivery-alone']) {
      // One profile per thread (tsx's loader has its own): the main thread's is the largest.
      const folder = join(profileDir, leg);
      const largest = readdirSync(folder)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(folder, f))
        .sort((a, b) => statSync(b).size - statSync(a).size)[0];
      if (largest)
        console.log(`  server CPU profile (${leg}) ${largest}\n${summariseCpuProfile(largest)}`);
    }
  }
  for (const [what, ok] of checks) {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'}                   ${what}`);
    if (!ok) failed = true;
  }
  if (failed) {
    console.log(
      '  (written:',
      JSON.stringify(w),
      'series:',
      JSON.stringify(s),
      'delivered:',
      JSON.stringify(deliveredRows),
      ')',
    );
  }
} finally {
  cluster?.stop();
}
// Spawned helpers may keep handles open; the figures are printed.
process.exit(failed ? 1 : 0);
