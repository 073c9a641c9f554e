import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Kysely } from 'kysely';
import type { CgvResponse } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import { localeOf } from '../http/locale.ts';
import { requiredPartnerOf } from '../http/partner.ts';
import { currentCgv } from '../services/cgv.ts';

/** `GET /v1/cgv`: the current terms of sale in the buyer's language when published in it; an order names the version it accepted. */
export function cgvRoutes({ db }: { db: Kysely<Database> }) {
  // ETag of the body; 304 on If-None-Match (hono/etag keeps Cache-Control and Vary on it).
  return new Hono().use(etag()).get('/', async (c) => {
    const document = await currentCgv(db, requiredPartnerOf(c), localeOf(c));
    const body = {
      version: document.version,
      title: document.title,
      html: document.html,
      locale: document.locale,
      publishedAt: new Date(document.published_at).toISOString(),
    } satisfies CgvResponse;
    // The partner may pin its own version: for the key's holder only, briefly.
    c.header('Cache-Control', 'private, max-age=60');
    c.header('Vary', 'Origin, X-Partner-Key, Accept-Language');
    return c.json(body);
  });
}
