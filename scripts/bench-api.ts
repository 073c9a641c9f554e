/**
 * `npm run bench:api [-- --connections 32 --seconds 5]`: requests/s and p99
 * of the hot routes against a bare Hono route served by the same process in
 * the same run (the framework's ceiling), as ratios:
 *
 *   GET  /v1/catalog                  (partner key, read cache, ETag)
 *   GET  /v1/cgv                      (the terms of sale, a long HTML text: read cache, ETag)
 *   POST /v1/quotes                   (priced on the server)
 *   GET  /v1/organisations/{siret}    (development registry, read cache)
 *   GET  /v1/me/dossiers              (a buyer's session, 3 orders)
 *   POST /v1/dossiers/{id}/events     (dossier.save, If-Match, one dossier per connection)
 *
 * Options: `--connections`, `--seconds`, `--warmup` (seconds of unmeasured load before
 * each route's run, default 1), `--only <text>` (only the routes whose
 * name contains it, after the bare one), `--cpu-prof <dir>` (a CPU profile of the
 * server during each route, summarised). Loopback only; each route runs `--seconds` at `--connections`, one after the
 * other, on real PostgreSQL (a throwaway cluster unless DATABASE_URL). It
 * checks what it wrote: every 200 of the dossier events is one version more
 * on its dossier and one audit row. The request log is off (server and bare
 * route alike). Figures on a shared 2-core machine are noisy: compare the
 * ratios of one run, never assert them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../api/db/database.ts';
import { migrateToLatest } from '../api/db/migrate.ts';
import { generateMasterKeyEntry } from '../api/security/encryption.ts';
import { createPartner } from '../api/services/partners.ts';
import { sessionFor } from '../api/testing/sessions.ts';
import { organisationData } from '../machines/dossier/test-fixtures.ts';
import { orderBody, sirets } from '../machines/purchase/test-orders.ts';
import { summariseCpuProfile } from './bench/cpu-profile-summary.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

const option = (name: string, env: string | undefined, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const n = Number((at >= 0 ? process.argv[at + 1] : env) ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const connections = option('connections', process.env.BENCH_CONNECTIONS, 32);
const seconds = option('seconds', process.env.BENCH_SECONDS, 5);
/**
 * Each route is first loaded this long, unmeasured: the first route no longer pays for the
 * JIT compiling the middleware every route shares (measured without it: the catalogue, loaded
 * first, at 41 % of the bare route while the CGV, the same path after it, was at 62 %).
 */
const warmup = option('warmup', process.env.BENCH_WARMUP, 1);
const argValue = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
};
/** `--cpu-prof <dir>`: a CPU profile of the server during each route's run, summarised at the end. */
const profileDir = argValue('cpu-prof');
/** `--only <text>`: load only the routes whose name contains it (the bare route always runs). */
const only = argValue('only');

function startServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/api-server.ts'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  return new Promise<{
    api: string;
    bare: string;
    cpuMicros: () => Promise<number>;
    profile: (step: 'start' | 'stop') => Promise<string>;
    stop: () => Promise<void>;
  }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const api = /^api (\S+)$/m.exec(log)?.[1];
      const bare = /^bare (\S+)$/m.exec(log)?.[1];
      if (api && bare) {
        clearTimeout(timer);
        resolve({
          api,
          bare,
          // The server's own user + system CPU time (process.cpuUsage), read between routes.
          cpuMicros: async () => Number(await (await fetch(`${bare}/cpu`)).text()),
          profile: async (step) =>
            (await fetch(`${bare}/profile/${step}`, { method: 'POST' })).text(),
          stop: async () => {
            if (child.exitCode !== null) return;
            const exited = new Promise((done) => child.once('exit', done));
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
}

const loadAtStart = loadavg()[0] ?? Number.NaN;
if (profileDir) mkdirSync(profileDir, { recursive: true });
let cluster: Cluster | null = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const pgBin = findPostgresBin();
  if (!pgBin) throw new Error('needs DATABASE_URL or the PostgreSQL server binaries');
  cluster = await startThrowawayCluster(pgBin);
  databaseUrl = cluster.url;
}

let failed = false;
try {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }),
  });
  await migrateToLatest(db);
  const { partner } = await createPartner(db, {
    slug: `bench-api-${Date.now().toString(36)}`,
    name: 'bench:api',
    mode: 'live',
    allowedOrigins: [],
  });
  const key = { 'x-partner-key': partner.publishable_key };
  const server = await startServer({
    DATABASE_URL: databaseUrl,
    ENCRYPTION_KEYS: generateMasterKeyEntry('bench'),
  });
  try {
    // The buyer: enough dossiers for one per connection in each run, the warm-up's and the
    // measure's: a request in flight when a run stops never gives its dossier back (its version
    // is then unknown). 50 certificates per order at most.
    const buyer = `bench.api.${Date.now().toString(36)}@moliere.example`;
    const dossierIds: string[] = [];
    while (dossierIds.length < 2 * connections) {
      const res = await fetch(`${server.api}/v1/orders`, {
        method: 'POST',
        headers: {
          ...key,
          'content-type': 'application/json',
          'idempotency-key': crypto.randomUUID(),
        },
        body: JSON.stringify(orderBody({ email: buyer, quantity: Math.min(50, connections) })),
      });
      if (res.status !== 201) throw new Error(`order: ${res.status} ${await res.text()}`);
      const order = (await res.json()) as { dossiers: { id: string }[] };
      dossierIds.push(...order.dossiers.map((d) => d.id));
    }
    const session = await sessionFor(db, buyer);
    const versions = new Map(
      (
        await db
          .selectFrom('dossiers')
          .select(['id', 'version'])
          .where('id', 'in', dossierIds)
          .execute()
      ).map((d) => [d.id, d.version]),
    );
    const before = { versions: [...versions.values()].reduce((a, b) => a + b, 0) };

    const json = { 'content-type': 'application/json' };
    let saved = 0;
    const refusals = new Set<string>();
    const idle = [...dossierIds];
    const targets: Array<{ name: string; options: autocannon.Options }> = [
      { name: 'bare Hono route', options: { url: `${server.bare}/bare` } },
      { name: 'GET /v1/catalog', options: { url: `${server.api}/v1/catalog`, headers: key } },
      { name: 'GET /v1/cgv', options: { url: `${server.api}/v1/cgv`, headers: key } },
      {
        name: 'POST /v1/quotes',
        options: {
          url: `${server.api}/v1/quotes`,
          method: 'POST',
          headers: { ...key, ...json },
          body: JSON.stringify({
            product: orderBody().product,
            quantity: 3,
            options: { usbReader: true, express: true },
          }),
        },
      },
      {
        name: 'GET /v1/organisations/{siret}',
        options: { url: `${server.api}/v1/organisations/${sirets.privateExisting}`, headers: key },
      },
      {
        name: 'GET /v1/me/dossiers',
        options: { url: `${server.api}/v1/me/dossiers`, headers: session },
      },
      {
        name: 'POST /v1/dossiers/{id}/events',
        options: {
          url: server.api,
          requests: [
            {
              method: 'POST',
              // Each request takes an idle dossier and its version; its answer gives
              // the dossier back (autocannon resets per-connection context on each loop).
              setupRequest: (request) => {
                const dossier = idle.shift();
                if (!dossier) throw new Error('more requests in flight than dossiers');
                return {
                  ...request,
                  path: `/v1/dossiers/${dossier}/events`,
                  headers: {
                    ...request.headers,
                    ...session,
                    ...json,
                    'if-match': `"${versions.get(dossier)}"`,
                  },
                  body: JSON.stringify({
                    type: 'dossier.save',
                    step: 'organisation',
                    data: organisationData,
                  }),
                };
              },
              onResponse: (status, body) => {
                const answer = JSON.parse(body) as {
                  id?: string;
                  version?: number;
                  instance?: string;
                  currentVersion?: number;
                };
                const dossier = answer.id ?? /dossiers\/([^/]+)\//.exec(answer.instance ?? '')?.[1];
                if (status === 200) saved += 1;
                else if (refusals.size < 3) refusals.add(`${status} ${body.slice(0, 300)}`);
                if (!dossier) return;
                const version = answer.version ?? answer.currentVersion;
                if (version !== undefined) versions.set(dossier, version);
                idle.push(dossier);
              },
            },
          ],
        },
      },
    ];
    const results: Array<{
      name: string;
      rps: number;
      p99: number;
      /** Server CPU (user + system) per answered request, µs. */
      cpuPerRequest: number;
      non2xx: number;
      errors: number;
    }> = [];
    const profiles: Array<{ name: string; file: string }> = [];
    let warmupFaults = 0;
    for (const { name, options } of targets) {
      if (only && name !== 'bare Hono route' && !name.includes(only)) continue;
      const warm = await autocannon({ connections, duration: warmup, ...options });
      warmupFaults += warm.non2xx + warm.errors;
      if (profileDir) await server.profile('start');
      const cpuBefore = await server.cpuMicros();
      const run = await autocannon({ connections, duration: seconds, ...options });
      const cpu = (await server.cpuMicros()) - cpuBefore;
      if (profileDir) {
        const file = join(profileDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
        writeFileSync(file, await server.profile('stop'));
        profiles.push({ name, file });
      }
      results.push({
        name,
        rps: run.requests.average,
        p99: run.latency.p99,
        cpuPerRequest: cpu / Math.max(1, run.requests.total),
        non2xx: run.non2xx,
        errors: run.errors,
      });
    }

    // What the dossier events wrote: one version and one audit row per 200. The server
    // stops first (graceful: the events still in flight commit or not, before we count).
    await server.stop();
    const after = await db
      .selectFrom('dossiers')
      .select(({ fn }) => fn.sum<number>('version').as('versions'))
      .where('id', 'in', dossierIds)
      .executeTakeFirstOrThrow();
    const audits = await sql<{ n: number }>`
      select count(*)::int as n from audit_events
       where entity_type = 'dossier' and event = 'dossier.save' and entity_id = any(${dossierIds})`.execute(
      db,
    );
    const landed = Number(after.versions) - Number(before.versions);
    const bare = results[0]?.rps ?? Number.NaN;
    console.log('\nbench:api — hot routes vs. a bare Hono route, same server, same run');
    console.log(
      `  ${connections} connections, ${seconds} s per route after ${warmup} s unmeasured, loopback; request log off; 1-min load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]?.toFixed(1)} at the end`,
    );
    for (const r of results) {
      console.log(
        `  ${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${String(r.p99).padStart(4)} ms  ${((r.rps / bare) * 100).toFixed(0).padStart(4)} % of bare  CPU ${(r.cpuPerRequest / 1000).toFixed(3)} ms/req (${(r.cpuPerRequest / (results[0]?.cpuPerRequest ?? Number.NaN)).toFixed(1)}× bare)${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`,
      );
    }
    const checks = [
      [
        // Requests still in flight when a run (the warm-up, the measure) stops land unanswered:
        // at most one per connection and run.
        'every dossier event answered 200 landed (a version more)',
        landed >= saved && landed <= saved + 2 * connections,
      ],
      ['…each version with its audit row', audits.rows[0]?.n === landed],
      [
        'the routes answered 2xx only (warm-ups included)',
        warmupFaults === 0 && results.every((r) => r.non2xx === 0 && r.errors === 0),
      ],
    ] as const;
    for (const [what, ok] of checks) {
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (!ok) failed = true;
    }
    if (failed)
      console.log(
        `  (saved ${saved}, versions ${before.versions} → ${after.versions}, audits ${audits.rows[0]?.n})`,
      );
    for (const { name, file } of profiles) {
      console.log(`\n  ${name}: server CPU profile of its run, ${file}`);
      console.log(summariseCpuProfile(file, 15));
    }
  } finally {
    await server.stop();
    await db.destroy();
  }
} finally {
  cluster?.stop();
}
process.exit(failed ? 1 : 0);
