import type { Context, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
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
 * The rendered answer, made whole (`complete-answer.ts`): its ETag, the route's caching headers,
 * the security headers and CORS, all set at once. A route serving it runs behind `revalidation`.
 */
export function sendRendered(
  c: Context,
  rendered: RenderedJson,
  caching: { cacheControl: string; vary: string },
): Response {
  return markComplete(
    c.body(rendered.bytes, 200, {
      'Content-Type': 'application/json',
      'Cache-Control': caching.cacheControl,
      ETag: rendered.etag,
      Vary: caching.vary,
      ...corsHeaderValuesFor(c, caching.vary),
      ...securityHeaderValues(c),
    }),
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
