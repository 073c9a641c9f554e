import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from './problem.ts';

/** Request body limits per route class (bytes). Uploads: api/documents/limits.ts. */
export const bodyLimits = {
  /** Every JSON endpoint. */
  json: 64 * 1024,
  /** The demo partners' webhook receiver (`POST /dev/webhooks/:slug`): one signed event. */
  webhookReceiver: 256 * 1024,
} as const;

export const payloadTooLarge = () =>
  new ProblemError(
    413,
    'payload-too-large',
    'problem.payload_too_large.title',
    'problem.payload_too_large.detail',
  );

/**
 * Limits a request body while it arrives, with Hono's `bodyLimit`: an announced
 * `Content-Length` over `maxSize` is refused at once, before a byte is read (the
 * HTTP layer of Node and Workers never delivers more than the announced length);
 * without one (chunked), the stream is read up to `maxSize` and refused on the
 * first byte beyond. The refusal is a localised problem (`tooLarge`, 413).
 */
export function limitBody(
  maxSize: number,
  tooLarge: () => ProblemError = payloadTooLarge,
): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
  const limited: MiddlewareHandler = async (c, next) => {
    // An announced length (and no chunking), as hono's bodyLimit decides it, but read from the
    // headers only: touching `c.req.raw.body` would cost Node's adapter its fast body read.
    const announced = c.req.header('Content-Length');
    if (announced !== undefined && c.req.header('Transfer-Encoding') === undefined) {
      if (Number.parseInt(announced || '0', 10) > maxSize) throw tooLarge();
      return next();
    }
    let downstream = false;
    try {
      await limit(c, () => {
        downstream = true;
        return next();
      });
    } catch (error) {
      // A body that broke off while it was read here (client gone, stream error) is the client's
      // doing, not a server error; what the routes after it throw passes through untouched.
      if (downstream || error instanceof ProblemError) throw error;
      throw unreadableBody();
    }
  };
  // GET and HEAD requests have no body (the Request constructor refuses one): nothing to limit,
  // and asking for `c.req.raw.body` would make Node's adapter build a full Request. They pass on
  // with no async frame of this middleware's own (each layer is paid by every request).
  return (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limited(c, next);
}

/** The request body could not be read to its end (400). */
export const unreadableBody = () =>
  new ProblemError(400, 'bad-request', 'problem.bad_json.title', 'problem.bad_json.detail');

/**
 * `middleware` on every path but `paths` (Hono patterns with `:param` segments, matched whole),
 * like `except` of hono/combine, with the patterns compiled once to one regular expression
 * instead of a router match and two composed middleware per request.
 */
export function exceptPaths(
  paths: readonly string[],
  middleware: MiddlewareHandler,
): MiddlewareHandler {
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `^(?:${paths
      .map((path) =>
        path
          .split('/')
          .map((part) => (part.startsWith(':') ? '[^/]+' : literal(part)))
          .join('/'),
      )
      .join('|')})$`,
  );
  return (c, next) => (pattern.test(c.req.path) ? next() : middleware(c, next));
}
