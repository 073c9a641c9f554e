/**
 * `npm run bench:dashboard`: GET /v1/me/dossiers for one account holding
 * 100,000 dossiers (20,000 orders × 5), on real PostgreSQL. Times the first
 * page and pages deep in the list (reached with the keyset cursor), prints
 * their medians, the deep/first ratio, and the query plan of a deep page.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createSeededCompanyRegistry } from '../api/adapters/seeded-company-registry.ts';
import { createApp } from '../api/app.ts';
import type { Database } from '../api/db/database.ts';
import { migrateToLatest } from '../api/db/migrate.ts';
import { hashPassword } from '../api/security/password.ts';
import { hashToken, randomToken } from '../api/security/tokens.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

const orders = Number(process.env.BENCH_ORDERS ?? 20_000);
const perOrder = 5;
let cluster: Cluster | null = null;
let url = process.env.DATABASE_URL;
if (!url) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('needs the PostgreSQL server binaries or DATABASE_URL');
  cluster = await startThrowawayCluster(bin);
  url = cluster.url;
}

try {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }),
  });
  await migrateToLatest(db);
  const email = 'bench@example.org';
  console.log(`seeding ${orders * perOrder} dossiers for ${email} (plus 20,000 other orders)…`);
  for (const [who, count] of [
    [email, orders],
    ['someone-else@example.org', 20_000],
  ] as const) {
    await sql`
      insert into orders (reference, status, product_code, quantity, usb_reader, express, email, locale,
        customer, siret, siren, organisation_name, public_administration, first_certificate,
        total_ht, total_vat, total_ttc, created_at)
      select 'BD' || lpad((8000000000 + g + ${who === email ? 0 : 1_000_000})::text, 11, '0'), 'placed',
        'OPE-AES-CAP-3A', ${perOrder}, false, false, ${who}, 'fr', '{}', '81234567600017', '812345676',
        'MOLIERE COMPAGNIE', false, false, 127500, 25500, 153000,
        timestamptz '2020-01-01' + g * interval '1 hour'
      from generate_series(1, ${count}) g`.execute(db);
  }
  await sql`insert into dossiers (order_id, position, siren, status)
            select o.id, p, o.siren, case when p % 3 = 0 then 'to_sign' else 'to_complete' end
            from orders o, generate_series(1, ${perOrder}) p`.execute(db);
  await sql`analyze`.execute(db);

  const account = await db
    .insertInto('accounts')
    .values({
      email,
      password_hash: await hashPassword(randomToken()),
      email_verified_at: new Date(),
      created_at: new Date(),
      password_changed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: await hashToken(token),
      account_id: account.id,
      created_at: new Date(),
      expires_at: new Date(Date.now() + 3600_000),
      revoked_at: null,
    })
    .execute();

  const app = createApp({ db, companyRegistry: createSeededCompanyRegistry(db) });
  const get = async (query: string) => {
    const started = performance.now();
    const res = await app.request(`/v1/me/dossiers${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    return { ms: performance.now() - started, body };
  };
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

  // Walk deep with the cursor (pages of 100), remembering cursors at depth.
  let cursor: string | null = null;
  const cursors: string[] = [];
  for (let page = 0; page < 600 && (page === 0 || cursor); page++) {
    const { body } = await get(`?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    cursor = body.nextCursor;
    if (cursor && page % 100 === 99) cursors.push(cursor);
  }
  const first: number[] = [];
  const deep: number[] = [];
  const filtered: number[] = [];
  for (let i = 0; i < 30; i++) {
    first.push((await get('?limit=20')).ms);
    deep.push((await get(`?limit=20&cursor=${cursors.at(-1)}`)).ms);
    filtered.push((await get('?limit=20&status=to_sign')).ms);
  }
  const plan = await sql<{ 'QUERY PLAN': string }>`explain analyze
    select d.id from orders o join dossiers d on d.order_id = o.id
    where o.email = ${email} and (o.created_at, o.id) < (timestamptz '2021-01-01', '00000000-0000-0000-0000-000000000000'::uuid)
    order by o.created_at desc, o.id desc, d.position limit 21`.execute(db);
  console.log(
    `\nbench:dashboard — GET /v1/me/dossiers, ${orders * perOrder} dossiers in the account`,
  );
  console.log(`  first page (20 rows)           median ${median(first).toFixed(2)} ms`);
  console.log(`  page after 60,000 rows (20)    median ${median(deep).toFixed(2)} ms`);
  console.log(`  status=to_sign, first page     median ${median(filtered).toFixed(2)} ms`);
  console.log(`  deep / first                   ${(median(deep) / median(first)).toFixed(2)}`);
  console.log('  plan of a deep page:');
  for (const row of plan.rows) console.log(`    ${row['QUERY PLAN']}`);
  await db.destroy();
} finally {
  cluster?.stop();
}
