/**
 * `npm test`: every suite, on a fresh machine, with nothing started by hand.
 *
 *   lint · typecheck · unit · API on PGlite · API on Postgres ·
 *   API over HTTP on workerd (wrangler dev, same Postgres) · fault test · build · size budgets ·
 *   components in Chromium · end-to-end in Chromium · Workers bundle
 *
 * The Postgres leg uses DATABASE_URL when given, else a throwaway cluster
 * started here and removed at the end. Missing prerequisites are named
 * before anything runs. Exit code 0 only when every step passed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const bin = (name: string) => `node_modules/.bin/${name}`;

function prerequisites(): string[] {
  const missing: string[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    missing.push(`Node.js 20.19 or newer (this is ${process.versions.node})`);
  }
  if (!existsSync('node_modules/.bin/vitest'))
    missing.push('dependencies: run `npm install` (or `npm ci`)');
  try {
    findChromium();
  } catch (error) {
    missing.push((error as Error).message);
  }
  if (!process.env.DATABASE_URL && !findPostgresBin()) {
    missing.push(
      'PostgreSQL server binaries (Debian: apt-get install -y postgresql), or DATABASE_URL pointing at a Postgres you provide',
    );
  }
  return missing;
}

/**
 * Runs a step. Serial runs stream its output; in lanes its output is kept and printed whole when
 * it ends, so that two lanes' lines never interleave.
 */
function run(step: Step, stream: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const [command, ...args] = step.command;
    const child = spawn(command as string, args, {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8') }),
    );
    child.on('error', (error) => resolve({ code: 127, output: String(error) }));
  });
}

const missing = prerequisites();
if (missing.length > 0) {
  console.error('npm test cannot run: missing prerequisites');
  for (const item of missing) console.error(`  - ${item}`);
  process.exit(2);
}

let cluster: Cluster | null = null;
const cleanup = () => {
  cluster?.stop();
  cluster = null;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

/**
 * Two lanes run side by side (the machine has 2 cores): the database lane (the API suite on
 * PGlite and workerd, then the fault test) and the browser lane (static checks, build,
 * components, end-to-end, then the API suite on PostgreSQL). Each lane keeps its own order. `TEST_SERIAL=1` runs every step one after
 * the other with its output streamed.
 */
const serial = process.env.TEST_SERIAL === '1';
const results: { name: string; ok: boolean; seconds: number }[] = [];
async function step(s: Step) {
  console.log(serial ? `\n━━ ${s.name} ━━` : `▶ ${s.name}`);
  const started = performance.now();
  const { code, output } = await run(s, serial);
  const seconds = (performance.now() - started) / 1000;
  if (!serial) {
    console.log(`\n━━ ${s.name} (${seconds.toFixed(1)} s, ${code === 0 ? 'ok' : 'FAILED'}) ━━`);
    process.stdout.write(output);
  }
  results.push({ name: s.name, ok: code === 0, seconds });
}

/** The Postgres the PostgreSQL and workerd legs use: DATABASE_URL, else a throwaway cluster. */
async function postgresUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  cluster = await startThrowawayCluster(findPostgresBin() as string);
  console.log(`(PostgreSQL throwaway cluster ready at ${cluster.url})`);
  return cluster.url;
}

async function databaseLane(databaseUrl: string) {
  await step({ name: 'API on PGlite', command: [bin('vitest'), 'run', '--project', 'api'] });
  await step({
    name: 'API on workerd (wrangler dev)',
    command: [bin('vitest'), 'run', '--project', 'workerd'],
    env: { TEST_DATABASE_URL: databaseUrl },
  });
  // Its own throwaway cluster (it restarts and stops Postgres): needs the server binaries.
  await step({
    name: 'fault test (orders under load through a Postgres restart, outage and server kill)',
    command: ['node', '--import', 'tsx', 'scripts/fault-restart.ts'],
  });
}

async function browserLane(databaseUrl: string) {
  await step({ name: 'lint (biome)', command: [bin('biome'), 'check', '.'] });
  await step({ name: 'typecheck (tsc)', command: [bin('tsc'), '-b'] });
  await step({ name: 'unit (machines)', command: [bin('vitest'), 'run', '--project', 'unit'] });
  await step({
    name: 'build (vite: element and demo scripts)',
    command: ['npm', 'run', '--silent', 'build'],
  });
  // Bytes are deterministic: the entry, the purchase walk and the client space before login over
  // their limits (scripts/bench/size-budgets.ts) fail the build, naming the files and sizes.
  await step({
    name: 'size budgets (entry, purchase walk, client space: ceilings until the goals are met)',
    command: ['node', '--import', 'tsx', 'scripts/bench-size.ts', '--check', '--no-build'],
  });
  await step({
    name: 'README loader hash (Subresource Integrity of the current release)',
    command: ['node', '--import', 'tsx', 'scripts/sri.ts', '--check'],
  });
  await step({
    name: 'releases (the build is the frozen current version; every release matches its hashes)',
    command: ['node', '--import', 'tsx', 'scripts/release/release.ts', '--check'],
  });
  await step({
    name: 'components in Chromium (web-test-runner)',
    command: ['npm', 'run', '--silent', 'test:components'],
  });
  await step({
    name: 'end-to-end in Chromium (playwright-core)',
    command: [bin('vitest'), 'run', '--config', 'vitest.e2e.config.ts'],
  });
  await step({
    name: 'Workers bundle (wrangler dry-run, no Node-only module)',
    command: ['npm', 'run', '--silent', 'check:worker'],
  });
  // Here rather than in the database lane: the two lanes then take about the same time.
  await step({
    name: 'API on PostgreSQL',
    command: [bin('vitest'), 'run', '--project', 'api'],
    env: { TEST_DATABASE_URL: databaseUrl },
  });
}

const startedAll = performance.now();
try {
  const databaseUrl = await postgresUrl();
  if (serial) {
    await browserLane(databaseUrl);
    await databaseLane(databaseUrl);
  } else {
    await Promise.all([databaseLane(databaseUrl), browserLane(databaseUrl)]);
  }
} finally {
  cleanup();
}

console.log('\n━━ summary ━━');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`total ${((performance.now() - startedAll) / 1000).toFixed(0)} s`);
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
