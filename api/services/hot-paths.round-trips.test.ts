import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogEvent } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { organisationData } from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { pgliteDialect } from '../db/pglite.ts';
import { withReadCache } from '../db/read-cache.ts';
import { hashPassword } from '../security/password.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createPartner } from './partners.ts';

/**
 * Round trips of the dossier event and login paths (issue 21), counted on the
 * statements Kysely sends (BEGIN and COMMIT included), read cache warm.
 */
describe('hot paths: round trips', () => {
  let db: Kysely<Database>;
  const statements: string[] = [];
  let app: ReturnType<typeof createApp>;
  let key: string;
  const buyer = 'round.trips@moliere.example';
  const password = 'Les Fourberies de Scapin 1671!';

  beforeAll(async () => {
    const template = inject('pgliteTemplate');
    const client = await PGlite.create(
      template ? { loadDataDir: new Blob([await readFile(template)]) } : {},
    );
    db = withReadCache(
      new Kysely<Database>({
        dialect: pgliteDialect(client),
        log: (event: LogEvent) => {
          if (event.level === 'query') statements.push(event.query.sql);
        },
      }),
    );
    await migrateToLatest(db);
    const { partner } = await createPartner(db, {
      slug: 'hot-paths',
      name: 'Hot paths',
      mode: 'live',
      allowedOrigins: [],
      webhookUrl: 'https://partner.example/hooks',
    });
    key = partner.publishable_key;
    app = createApp({ db, companyRegistry: createSeededCompanyRegistry(db), log: () => {} });
  });
  afterAll(() => db.destroy());

  const counted = async (what: () => Response | Promise<Response>) => {
    statements.length = 0;
    const res = await what();
    return { res, statements: [...statements] };
  };

  // Was 6 (the session, BEGIN, the locked read, the write, COMMIT, the documents): the session
  // is cached, and a step that sends nothing is read with its documents and written if still
  // at that version, each statement its own transaction (`applyEvent`).
  it('a dossier event costs 2 statements, its documents read with the dossier, no BEGIN/COMMIT', async () => {
    const placed = await app.request('/v1/orders', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Partner-Key': key,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify(orderBody({ email: buyer })),
    });
    expect(placed.status).toBe(201);
    const [dossier] = ((await placed.json()) as { dossiers: { id: string }[] }).dossiers;
    const auth = await sessionFor(db, buyer);
    const save = (version: number) =>
      app.request(`/v1/dossiers/${dossier?.id}/events`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
        body: JSON.stringify({
          type: 'dossier.save',
          step: 'organisation',
          data: organisationData,
        }),
      });
    expect((await save(1)).status).toBe(200); // warms the cache
    const { res, statements: sent } = await counted(() => save(2));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { version: number }).version).toBe(3);
    expect(sent.length, sent.join('\n---\n')).toBeLessThanOrEqual(2);
    // What the event promises is in the database: the new version and its audit row.
    const row = await db
      .selectFrom('dossiers')
      .select('version')
      .where('id', '=', dossier?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(3);
    const audits = await db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', dossier?.id ?? '')
      .where('event', '=', 'dossier.save')
      .execute();
    expect(audits).toHaveLength(2);
  });

  // Was 12, then 10: the counter reset, the attempt, its two tokens and its e-mail were five
  // statements in a transaction; they are one data-modifying statement without BEGIN/COMMIT.
  it('a login (first factor) costs 4 statements: the probe, the e-mail allowance, the brand, the attempt', async () => {
    const now = new Date();
    await db
      .insertInto('accounts')
      .values({
        email: 'login.trips@moliere.example',
        password_hash: await hashPassword(password),
        role: 'customer',
        email_verified_at: now,
        created_at: now,
        password_changed_at: now,
      })
      .execute();
    const login = () =>
      app.request('/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.9' },
        body: JSON.stringify({ email: 'login.trips@moliere.example', password }),
      });
    expect((await login()).status).toBe(202); // warms the cache
    const { res, statements: sent } = await counted(login);
    expect(res.status).toBe(202);
    // The probe (account and counters), the allowance, the white-label lookup of the buyer's
    // reseller (its e-mail's name and colours), and the one statement that writes the attempt.
    expect(sent.length, sent.join('\n---\n')).toBe(4);
    expect(sent.some((s) => /^(begin|commit)\b/i.test(s.trim()))).toBe(false);
    expect(sent.filter((s) => /^select\b/.test(s.trim()) && s.includes('throttles'))).toHaveLength(
      1,
    );
    // The attempt and its e-mailed link are in the database.
    const attempts = await db.selectFrom('login_attempts').select('id_hash').execute();
    expect(attempts).toHaveLength(2);
    const mails = await db
      .selectFrom('outbox')
      .select('id')
      .where('recipient', '=', 'login.trips@moliere.example')
      .execute();
    expect(mails).toHaveLength(2);
  });
});
