import type { Context, MiddlewareHandler } from 'hono';
import { isHttps } from './client-ip.ts';
import { requestIdOf } from './request-log.ts';

export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/**
 * The answer's headers with `nosniff` set, made writable first when the answer came with frozen
 * ones (a proxied fetch): the first write tells.
 */
function writableHeaders(c: Context): Headers {
  try {
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  }
  return c.res.headers;
}

/**
 * Headers every answer carries, set after the answer is made so that those
 * made by `onError`, `notFound` and middleware refusals (partner key, CORS)
 * get them too:
 *
 * - `X-Request-Id` (the id `requestLog` accepted or made) and `nosniff`;
 * - `Strict-Transport-Security` when the client came over https (per TRUST_PROXY);
 * - `Cache-Control: no-store` on every `/v1` answer that set no policy of its
 *   own: the API's answers carry personal data unless a route (catalogue,
 *   CGV) says it is public.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = writableHeaders(c);
    headers.set('X-Request-Id', requestIdOf(c));
    if (isHttps(c)) headers.set('Strict-Transport-Security', strictTransportSecurity);
    if (/^\/v1(\/|$)/.test(c.req.path) && !headers.has('Cache-Control')) {
      headers.set('Cache-Control', 'no-store');
    }
  };
}
