import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { partnerOrderCsvColumns } from '../../machines/contract.ts';
import { cursorTimestampSchema, uuidSchema } from '../../machines/schemas/params.ts';
import { partnerOrdersFilterSchema } from '../../machines/schemas/partner-portal.ts';
import type { Database } from '../db/database.ts';
import { parseOrThrow } from '../http/body.ts';
import { CSV_CONTENT_TYPE, csvStream, wantsFormat } from '../http/csv.ts';
import { cursorParam, encodeCursor } from '../http/cursor.ts';
import { type PartnerAccessEnv, partnerAccess, requireCapability } from '../http/partner-access.ts';
import { listPartnerOrders, partnerOrderCsvRow } from '../services/partner-orders.ts';

const orderCursorSchema = v.pipe(
  v.strictTuple([cursorTimestampSchema, uuidSchema]),
  v.transform(([createdAt, id]) => ({ createdAt, id })),
);

export const partnerOrdersQuerySchema = v.object({
  ...partnerOrdersFilterSchema.entries,
  cursor: v.optional(cursorParam(orderCursorSchema)),
  format: v.optional(v.picklist(['json', 'csv'], 'validation.type')),
});

/** Rows read per batch of the CSV export. */
const CSV_BATCH = 500;

/**
 * `GET /v1/partner/orders`: the partner's orders, newest first, in keyset
 * pages (`?limit=` 1–200, `?cursor=`), filtered by `status`, `mode` (test or
 * live) and `from`/`to` (days, Europe/Paris, both included). With `Accept:
 * text/csv` (or `?format=csv`): every matching order as one CSV, streamed batch
 * by batch so that any number of orders exports in constant memory.
 */
export function partnerOrderRoutes(deps: {
  db: Kysely<Database>;
  now: () => Date;
  /** Told of the export's end: Workers keep the database open until the stream is read. */
  background?: (task: Promise<unknown>) => void;
}) {
  const app = new Hono<PartnerAccessEnv>();

  app.get('/orders', partnerAccess(deps), requireCapability('orders'), async (c) => {
    const query = parseOrThrow(c, partnerOrdersQuerySchema, c.req.query());
    const partnerId = c.get('partner').id;
    const filters = { status: query.status, mode: query.mode, from: query.from, to: query.to };
    if (wantsFormat(c.req.header('Accept'), query.format) === 'csv') {
      let cursor = query.cursor ?? null;
      let done = false;
      const { body, finished } = csvStream(partnerOrderCsvColumns, async () => {
        if (done) return null;
        const page = await listPartnerOrders(deps.db, partnerId, {
          filters,
          cursor,
          limit: CSV_BATCH,
        });
        cursor = page.next;
        done = page.next === null;
        return page.items.map(partnerOrderCsvRow);
      });
      deps.background?.(finished);
      return c.body(body, 200, {
        'Content-Type': CSV_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="commandes-${c.get('partner').slug}.csv"`,
        'Cache-Control': 'no-store',
      });
    }
    const page = await listPartnerOrders(deps.db, partnerId, {
      filters,
      cursor: query.cursor ?? null,
      limit: query.limit,
    });
    return c.json({
      items: page.items,
      nextCursor: page.next ? encodeCursor([page.next.createdAt, page.next.id]) : null,
    });
  });

  return app;
}
