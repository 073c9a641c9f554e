import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createSeededCompanyRegistry } from '../../api/adapters/seeded-company-registry.ts';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * Places one order through the real app on `databaseUrl`, with `partnerKey`
 * as the element sends it, Kysely's query log on, and returns every statement
 * it ran (in order, the partner lookup included) plus the values that must
 * differ per order when replayed (order id, reference, idempotency key).
 */
export async function captureOrderSql(
  databaseUrl: string,
  partnerKey: string,
): Promise<{
  queries: CapturedQuery[];
  orderId: string;
  reference: string;
  idempotencyKey: string;
}> {
  const queries: CapturedQuery[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event: LogEvent) => {
      if (event.level === 'query') {
        queries.push({ sql: event.query.sql, parameters: event.query.parameters });
      }
    },
  });
  const app = createApp({ db, companyRegistry: createSeededCompanyRegistry(db) });
  const idempotencyKey = `capture-${crypto.randomUUID()}`;
  const res = await app.request('/v1/orders', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Partner-Key': partnerKey,
      'Idempotency-Key': idempotencyKey,
    },
    body: JSON.stringify(orderBody()),
  });
  if (res.status !== 201)
    throw new Error(`capture order failed: ${res.status} ${await res.text()}`);
  const { reference } = (await res.json()) as { reference: string };
  const order = await db
    .selectFrom('orders')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  await db.destroy();
  // The read of `orders` just above is not part of the placement.
  queries.pop();
  return { queries, orderId: order.id, reference, idempotencyKey };
}
