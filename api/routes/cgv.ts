import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { CgvResponse } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import { localeOf } from '../http/locale.ts';
import { requiredPartnerOf } from '../http/partner.ts';
import { renderJson, revalidation, serveRendered } from '../http/rendered-json.ts';
import { currentCgv } from '../services/cgv.ts';

/**
 * `GET /v1/cgv`: the current terms of sale in the buyer's language when published in it; an
 * order names the version it accepted. The answer (a long HTML text) is rendered, serialised and
 * digested once per pinned version and locale, and kept in the per-process read cache, which
 * drops it as soon as this process writes a CGV row: made on each request, its JSON and its
 * SHA-1 were most of the route's CPU (issue 21).
 */
export function cgvRoutes({ db }: { db: Kysely<Database> }) {
  // 304 on If-None-Match (hono/etag, keeping Cache-Control and Vary; the ETag is ours).
  return new Hono().use(revalidation()).get('/', (c) => {
    const partner = requiredPartnerOf(c);
    const locale = localeOf(c);
    return serveRendered(
      c,
      db,
      {
        key: `cgv-answer:${partner.cgv_version ?? ''}:${locale}`,
        tables: ['cgv_documents', 'cgv_translations'],
      },
      async () => {
        const document = await currentCgv(db, partner, locale);
        return renderJson({
          version: document.version,
          title: document.title,
          html: document.html,
          locale: document.locale,
          publishedAt: new Date(document.published_at).toISOString(),
        } satisfies CgvResponse);
      },
      // The partner may pin its own version: for the key's holder only, briefly.
      { cacheControl: 'private, max-age=60', vary: 'Origin, X-Partner-Key, Accept-Language' },
    );
  });
}
