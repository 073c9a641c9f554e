import type { Context } from 'hono';

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
 * The rendered answer, with its ETag and the route's caching headers. A route serving it runs
 * behind `hono/etag`, which answers 304 on a matching If-None-Match and keeps these headers.
 */
export function sendRendered(
  c: Context,
  rendered: RenderedJson,
  caching: { cacheControl: string; vary: string },
): Response {
  c.header('Cache-Control', caching.cacheControl);
  c.header('Vary', caching.vary, { append: true });
  c.header('ETag', rendered.etag);
  c.header('Content-Type', 'application/json');
  return c.body(rendered.bytes);
}
