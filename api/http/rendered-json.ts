import type { Context, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type CachedTable, cachedPeek, cachedRead } from '../db/read-cache.ts';
import { markComplete } from './complete-answer.ts';
import { corsHeaderValuesFor } from './partner.ts';
import { securityHeaderValues } from './security-headers.ts';

/**
 * A JSON answer rendered once and served many times from the read cache (the catalogue, the
 * CGV): its UTF-8 bytes and their strong ETag (SHA-1, as `hono/etag` makes it, so its 304
 * handling compares them). Kept as bytes rather than text: a cached text was measured to cost
 * each request its UTF-8 length and its encoding again on the way to the socket.
 */
export interface RenderedJson {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

export async function renderJson(body: unknown): Promise<RenderedJson> {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return { bytes, etag: `"${hex}"` };
}

/**
 * A JSON answer made whole (`complete-answer.ts`): the route's caching headers (and ETag), the
 * security headers and CORS, all set at once, for the hot routes (the catalogue, the CGV, a
 * quote, an organisation). `body` is the JSON text, or its UTF-8 bytes when rendered once.
 *
 * Its headers stay a plain object, as the runtime's `Response` takes them: `c.json()` would copy
 * them one by one into a `Headers`, each middleware would then write its own into it, and the
 * Node adapter would read them all back into an object for `writeHead` (together 99 -> 87 µs of
 * server CPU per catalogue read, issue 21). Middleware in front of these routes add their
 * headers after the answer is made, never before (`c.header()` before `next()` would be lost
 * here), and leave a whole answer alone. Refusals and errors are not whole: they get their
 * headers afterwards, as every other answer.
 */
export function sendWholeJson(
  c: Context,
  body: string | Uint8Array<ArrayBuffer>,
  own: { cacheControl: string; vary?: string; etag?: string },
): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Cache-Control': own.cacheControl,
  };
  if (own.etag !== undefined) headers.ETag = own.etag;
  if (own.vary !== undefined) headers.Vary = own.vary;
  Object.assign(headers, corsHeaderValuesFor(c, own.vary ?? null), securityHeaderValues(c));
  return markComplete(new Response(body, { status: 200, headers }));
}

/** A rendered answer, whole (`sendWholeJson`). A route serving it runs behind `revalidation`. */
export function sendRendered(
  c: Context,
  rendered: RenderedJson,
  caching: { cacheControl: string; vary: string },
): Response {
  return sendWholeJson(c, rendered.bytes, { ...caching, etag: rendered.etag });
}

/**
 * The answer `render` makes, served whole (`sendRendered`) from `db`'s read cache under `key`
 * (dropped when one of `tables` is written): at once when the cache holds it already, as nearly
 * every request finds it, with no promise to wait on; else rendered, kept and then served.
 */
export function serveRendered(
  c: Context,
  db: Kysely<Database>,
  cached: { key: string; tables: readonly CachedTable[] },
  render: () => Promise<RenderedJson>,
  caching: { cacheControl: string; vary: string },
): Response | Promise<Response> {
  const hit = cachedPeek<RenderedJson>(db, cached.key);
  if (hit) return sendRendered(c, hit.value, caching);
  return cachedRead(db, cached.key, cached.tables, render).then((rendered) =>
    sendRendered(c, rendered, caching),
  );
}

/**
 * `hono/etag` for a route that sets its own ETag, run only on a conditional request: it answers
 * 304 on a matching `If-None-Match` (keeping Cache-Control and Vary, the security headers and
 * CORS then added as on any answer), and there is nothing for it to do on any other request.
 */
export function revalidation(): MiddlewareHandler {
  const conditional = etag();
  return (c, next) => (c.req.header('If-None-Match') === undefined ? next() : conditional(c, next));
}
