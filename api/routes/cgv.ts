import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { CgvResponse } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import { requiredPartnerOf } from '../http/partner.ts';
import { currentCgv } from '../services/cgv.ts';

/** `GET /v1/cgv`: the current terms of sale; an order names the version it accepted. */
export function cgvRoutes({ db }: { db: Kysely<Database> }) {
  return new Hono().get('/', async (c) => {
    const document = await currentCgv(db, requiredPartnerOf(c));
    const body = {
      version: document.version,
      title: document.title,
      html: document.html,
      publishedAt: new Date(document.published_at).toISOString(),
    } satisfies CgvResponse;
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Vary', 'Origin, X-Partner-Key');
    return c.json(body);
  });
}
