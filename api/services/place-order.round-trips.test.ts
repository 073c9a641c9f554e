import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogEvent } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { pgliteDialect } from '../db/pglite.ts';
import { withReadCache } from '../db/read-cache.ts';
import { createPartner } from './partners.ts';

/**
 * Each statement is a round trip to the database: a placement must cost at most
 * 6 of them, BEGIN and COMMIT included, once the read cache is warm (issue 21). It costs 2:
 * the Idempotency-Key's claim (which draws the reference number and reads the certificate
 * history), and the one statement that writes the order, its own transaction (no BEGIN, no
 * COMMIT).
 * Counted on the statements Kysely sends (its query log sees BEGIN and COMMIT).
 */
describe('placing an order: round trips', () => {
  let db: Kysely<Database>;
  const statements: string[] = [];
  let app: ReturnType<typeof createApp>;
  let key: string;

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
      slug: 'round-trips',
      name: 'Round trips',
      mode: 'live',
      allowedOrigins: [],
      webhookUrl: 'https://partner.example/hooks',
    });
    key = partner.publishable_key;
    app = createApp({ db, companyRegistry: createSeededCompanyRegistry(db), log: () => {} });
  });
  afterAll(() => db.destroy());

  const place = (overrides: Parameters<typeof orderBody>[0] = {}) =>
    app.request('/v1/orders', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Partner-Key': key,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify(orderBody(overrides)),
    });

  it('costs 2 statements, no transaction block, with a webhook and 3 certificates', async () => {
    expect((await place()).status).toBe(201); // warms the cache
    statements.length = 0;
    const res = await place({ quantity: 3, usbReader: true, express: true });
    expect(res.status).toBe(201);
    const verbs = statements.map((s) => s.trim().split(/\s+/)[0]?.toLowerCase());
    expect(verbs, statements.join('\n---\n')).toEqual(['insert', 'with']);
    // Everything the order promises is in the database.
    const { reference } = (await res.json()) as { reference: string };
    const order = await db
      .selectFrom('orders')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    const count = async (table: 'order_lines' | 'dossiers' | 'payments' | 'invoices') =>
      (await db.selectFrom(table).select('order_id').where('order_id', '=', order.id).execute())
        .length;
    expect(await count('dossiers')).toBe(3);
    expect(await count('order_lines')).toBe(3);
    expect(await count('payments')).toBe(1);
    expect(await count('invoices')).toBe(1);
    const outbox = await db
      .selectFrom('outbox')
      .select('channel')
      .where('text_body', 'like', `%${reference}%`)
      .execute();
    expect(outbox.map((m) => m.channel).sort()).toEqual(['email', 'webhook']);
  });

  it('sees a catalogue change made through this process at once (the cache is dropped)', async () => {
    expect((await place()).status).toBe(201);
    await db
      .updateTable('products')
      .set({ active: false })
      .where('code', '=', orderBody().product)
      .execute();
    const refused = await place();
    expect(refused.status).toBe(422);
    await db
      .updateTable('products')
      .set({ active: true })
      .where('code', '=', orderBody().product)
      .execute();
    expect((await place()).status).toBe(201);
  });
});
