/**
 * `npm run bench:auth-timing`: can the answer's timing tell a known address
 * from an unknown one? For password reset, registration and login (wrong
 * password), 50 samples each for an address with a confirmed account and one
 * without, interleaved, in-process (no network noise) on PGlite, or on the
 * PostgreSQL of DATABASE_URL. Prints the median answer times, their
 * difference, the median of the paired differences (known minus unknown
 * sample of the same round: robust to the machine's load drifting), and the
 * median of the work done after the answer (registration and reset answer
 * first, then hash, look up and e-mail).
 *
 * Each sample comes from its own IP and starts with empty throttles, so every
 * known-address sample does its whole work (its e-mail is really written) and
 * no limit answers early. The work after one answer is awaited before the next
 * request is sent, so it never slows the next sample down.
 */
import { sql } from 'kysely';
import { createSeededCompanyRegistry } from '../api/adapters/seeded-company-registry.ts';
import { createApp } from '../api/app.ts';
import { migrateToLatest } from '../api/db/migrate.ts';
import { createPgliteDatabase } from '../api/db/pglite.ts';
import { createPostgresDatabase } from '../api/db/postgres.ts';
import { hashPassword } from '../api/security/password.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 50);
const warmup = 5;
const known = 'connu@moliere.example';
const unknown = 'inconnu@moliere.example';
const password = 'Le Misanthrope 1666!';

const url = process.env.DATABASE_URL;
const db = url
  ? createPostgresDatabase(url, { max: 4, onConnectionError: () => {} })
  : await createPgliteDatabase();
await migrateToLatest(db);
await sql`truncate accounts, throttles, outbox cascade`.execute(db);
await db
  .insertInto('accounts')
  .values({
    email: known,
    password_hash: await hashPassword(password),
    email_verified_at: new Date(),
    created_at: new Date(),
    password_changed_at: new Date(),
  })
  .execute();

let afterAnswer: Promise<unknown>[] = [];
const app = createApp({
  db,
  companyRegistry: createSeededCompanyRegistry(db),
  clientSpaceUrl: 'http://localhost:3000/espace-client',
  trustProxy: { kind: 'hops', hops: 1 },
  log: () => {},
  background: (task) => {
    afterAnswer.push(task);
  },
});

let ip = 0;
/** One request's answer time and the time of the work it left running, in ms. */
async function sample(path: string, body: object): Promise<[number, number]> {
  await sql`delete from throttles`.execute(db);
  ip++;
  const started = performance.now();
  const res = await app.request(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
    },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  const answered = performance.now();
  const pending = afterAnswer;
  afterAnswer = [];
  await Promise.all(pending);
  const done = performance.now();
  if (res.status >= 500) throw new Error(`${path}: ${res.status}`);
  return [answered - started, done - answered];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${ms(value)}`;

const cases: [string, string, (email: string) => object][] = [
  ['reset', '/v1/auth/password-reset', (email) => ({ email })],
  ['register', '/v1/auth/register', (email) => ({ email, password })],
  [
    'login (wrong password)',
    '/v1/auth/login',
    (email) => ({ email, password: 'not the password' }),
  ],
];

console.log(
  `auth timing, ${samples} samples per address, ${url ? 'PostgreSQL' : 'PGlite'}, in-process`,
);
const rows: string[][] = [
  ['endpoint', 'known', 'unknown', 'difference', 'paired', 'after answer (known / unknown)'],
];
for (const [name, path, body] of cases) {
  const times = { known: [] as number[], unknown: [] as number[] };
  const later = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < warmup + samples; i++) {
    // Interleaved, and which goes first alternates: drift hits both alike.
    const order = i % 2 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const);
    for (const who of order) {
      const [answer, after] = await sample(path, body(who === 'known' ? known : unknown));
      if (i >= warmup) {
        times[who].push(answer);
        later[who].push(after);
      }
    }
  }
  const k = median(times.known);
  const u = median(times.unknown);
  rows.push([
    name,
    ms(k),
    ms(u),
    signed(k - u),
    signed(median(times.known.map((t, i) => t - (times.unknown[i] ?? 0)))),
    `${ms(median(later.known))} / ${ms(median(later.unknown))}`,
  ]);
}
const widths = rows[0]?.map((_, column) =>
  Math.max(...rows.map((row) => row[column]?.length ?? 0)),
);
for (const row of rows) {
  console.log(row.map((cell, column) => cell.padEnd(widths?.[column] ?? 0)).join('  '));
}
const mails = await sql<{
  n: number;
}>`select count(*)::int as n from outbox where recipient = ${known}`.execute(db);
console.log(
  `(e-mails written for the known address: ${mails.rows[0]?.n}; for the unknown one: none)`,
);
await db.destroy();
