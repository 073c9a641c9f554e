import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.ts';

/** Whether every `%` of `text` starts an escape and the escapes spell UTF-8. */
function isWellEncoded(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses, with a 400 problem, a request whose path or query string holds a malformed percent
 * escape (`%`, `%zz`, `%ff` that is no UTF-8). Hono decodes parameters once and leaves such
 * escapes as they are, so a route would otherwise see a literal `%ff` it cannot tell from one
 * sent as `%25ff`; no route decodes again.
 */
export const wellFormedUrl: MiddlewareHandler = (c, next) => {
  // No `%` at all (nearly every request): nothing to decode, no URL to parse, and no async
  // frame of its own (each layer in front of a handler is paid by every request).
  if (!c.req.url.includes('%')) return next();
  const url = new URL(c.req.url);
  if (!isWellEncoded(url.pathname) || !isWellEncoded(url.search.replaceAll('+', ' '))) {
    throw new ProblemError(400, 'bad-url', 'problem.bad_url.title', 'problem.bad_url.detail');
  }
  return next();
};
