import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { QuoteResponse } from '../../machines/contract.ts';
import { quoteRequestSchema } from '../../machines/schemas/purchase.ts';
import type { Database } from '../db/database.ts';
import { readJson } from '../http/body.ts';
import { localeOf } from '../http/locale.ts';
import { requiredPartnerOf } from '../http/partner.ts';
import { sendWholeJson } from '../http/rendered-json.ts';
import { apiCacheControl } from '../http/security-headers.ts';
import { priceQuote } from '../services/quote.ts';

/** `POST /v1/quotes`: totals for {product, quantity, options}, computed from the catalogue. */
export function quoteRoutes({ db }: { db: Kysely<Database> }) {
  return new Hono().post('/', async (c) => {
    const request = await readJson(c, quoteRequestSchema);
    const { lines, totals, vatBreakdown, currency } = await priceQuote(
      db,
      request,
      localeOf(c),
      requiredPartnerOf(c).price_list,
    );
    const quote = { lines, totals, vatBreakdown, currency } satisfies QuoteResponse;
    // Priced for this request: kept by no cache, as every `/v1` answer by default.
    return sendWholeJson(c, JSON.stringify(quote), { cacheControl: apiCacheControl });
  });
}
