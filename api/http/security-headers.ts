import type { Context, MiddlewareHandler } from 'hono';
import { isHttps } from './client-ip.ts';
import { isComplete } from './complete-answer.ts';
import { requestIdOf } from './request-log.ts';

export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/** The `/v1` answers' caching unless their route sets its own: they carry personal data. */
export const apiCacheControl = 'no-store';

/** Set first: its write also tells whether the answer's headers are frozen. */
const nosniff = 'X-Content-Type-Options';

/**
 * The answer's headers with `nosniff` set, made writable first when the answer came with frozen
 * ones (a proxied fetch): the first write tells.
 */
function writableHeaders(c: Context): Headers {
  try {
    c.res.headers.set(nosniff, 'nosniff');
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(nosniff, 'nosniff');
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
 *
 * An answer its route made whole (`complete-answer.ts`) already carries them
 * (`securityHeaderValues`, the one list of both paths) and is left as it is.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isComplete(c.res)) return;
    const headers = writableHeaders(c);
    const values = securityHeaderValues(c);
    for (const name in values) {
      if (name !== nosniff) headers.set(name, values[name] as string);
    }
    if (/^\/v1(\/|$)/.test(c.req.path) && !headers.has('Cache-Control')) {
      headers.set('Cache-Control', apiCacheControl);
    }
  };
}

/**
 * The same headers for an answer its route makes whole (`complete-answer.ts`); such a route
 * sets its own `Cache-Control`.
 */
export function securityHeaderValues(c: Context): Record<string, string> {
  const values: Record<string, string> = {
    [nosniff]: 'nosniff',
    'X-Request-Id': requestIdOf(c),
  };
  if (isHttps(c)) values['Strict-Transport-Security'] = strictTransportSecurity;
  return values;
}
