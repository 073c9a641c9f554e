import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createSeededCompanyRegistry } from '../../api/adapters/seeded-company-registry.ts';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { withReadCache } from '../../api/db/read-cache.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * Places one order through the real app on `databaseUrl`, with `partnerKey`
 * as the element sends it, Kysely's query log on, and returns every statement
 * it ran (in order, the partner lookup included) plus the values that must
 * differ per order when replayed (order id, reference, idempotency key), and
 * the partner's id (the one id that must stay the same).
 */
export async function captureOrderSql(
  databaseUrl: string,
  partnerKey: string,
): Promise<{
  queries: CapturedQuery[];
  orderId: string;
  reference: string;
  idempotencyKey: string;
  partnerId: string;
}> {
  const queries: CapturedQuery[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // As the server runs: with its read cache, warmed by a first order (not captured).
  const db = withReadCache(
    new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event: LogEvent) => {
        if (event.level === 'query') {
          queries.push({ sql: event.query.sql, parameters: event.query.parameters });
        }
      },
    }),
  );
  const app = createApp({ db, companyRegistry: createSeededCompanyRegistry(db), log: () => {} });
  const place = (idempotencyKey: string) =>
    app.request('/v1/orders', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Partner-Key': partnerKey,
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify(orderBody()),
    });
  const warm = await place(`capture-warm-${crypto.randomUUID()}`);
  if (warm.status !== 201)
    throw new Error(`warm-up order failed: ${warm.status} ${await warm.text()}`);
  queries.length = 0;
  const idempotencyKey = `capture-${crypto.randomUUID()}`;
  const res = await place(idempotencyKey);
  if (res.status !== 201)
    throw new Error(`capture order failed: ${res.status} ${await res.text()}`);
  const { reference } = (await res.json()) as { reference: string };
  const order = await db
    .selectFrom('orders')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  const partner = await db
    .selectFrom('partners')
    .select('id')
    .where('publishable_key', '=', partnerKey)
    .executeTakeFirstOrThrow();
  await db.destroy();
  // The reads of `orders` and `partners` just above are not part of the placement.
  queries.splice(-2);
  return { queries, orderId: order.id, reference, idempotencyKey, partnerId: partner.id };
}
