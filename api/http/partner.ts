import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Kysely } from 'kysely';
import type { Database, PartnerRow } from '../db/database.ts';
import {
  findPartnerByPublishableKey,
  findPartnerBySecretKey,
  isOriginOfAnyPartner,
  knownPartnerByPublishableKey,
} from '../services/partners.ts';
import { isComplete } from './complete-answer.ts';
import { ProblemError, problemResponse } from './problem.ts';

export type PartnerEnv = {
  Variables: {
    partner: PartnerRow | undefined;
    /** The browser origin allowed to read the answer (CORS), decided by `partnerKey`. */
    readableBy: string | undefined;
  };
};

/** Request headers the element and partners' servers may send cross-origin. */
const allowedRequestHeaders = [
  'Accept-Language',
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-Match',
  'X-Partner-Key',
  'X-Request-Id',
];
/** Response headers a partner page may read. */
const exposedHeaders = [
  'Content-Disposition',
  'Content-Language',
  'ETag',
  'Idempotent-Replayed',
  'Location',
  'Retry-After',
  'X-Request-Id',
].join(', ');

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const partnerKeyRequired = () =>
  new ProblemError(
    401,
    'partner-key-required',
    'problem.partner_key_required.title',
    'problem.partner_key_required.detail',
  );
const partnerKeyInvalid = () =>
  new ProblemError(
    401,
    'partner-key-invalid',
    'problem.partner_key_invalid.title',
    'problem.partner_key_invalid.detail',
  );
const originForbidden = (origin: string) =>
  new ProblemError(
    403,
    'origin-forbidden',
    'problem.origin_forbidden.title',
    'problem.origin_forbidden.detail',
    { origin },
  );

/** The partner of the request (set by `partnerKey`), or undefined on first-party requests. */
export function partnerOf(c: Context): PartnerRow | undefined {
  return c.get('partner') as PartnerRow | undefined;
}

/** Like `partnerOf`, for routes mounted with `required: true`. */
export function requiredPartnerOf(c: Context): PartnerRow {
  const partner = partnerOf(c);
  if (!partner) throw partnerKeyRequired();
  return partner;
}

/**
 * Whether `origin` is one of CERTINOMIS's own pages: the API's origin as the
 * request reached it, or the configured public origins of the client space and
 * back office (behind a TLS-terminating proxy the request URL says `http:`).
 */
const isOwnOrigin = (c: Context, origin: string, ownOrigins: readonly string[]) =>
  origin === new URL(c.req.url).origin || ownOrigins.includes(origin);

/**
 * Identifies the partner by `X-Partner-Key` and applies its CORS policy:
 *
 * - a missing key is a 401 problem where `required`; elsewhere (the account
 *   routes) it means a first-party request, accepted only from the API's own
 *   origin or from no browser at all;
 * - an unknown or disabled key is always a 401;
 * - a browser `Origin` the partner does not list gets no CORS headers, and a
 *   state-changing request from it is refused with 403 before anything runs;
 * - an allowed origin is echoed (never `*`) with `Vary: Origin`.
 */
export function partnerKey(deps: {
  db: Kysely<Database>;
  required: boolean;
  /** Current time: a rolled key's overlap ends at its expiry (default: the system clock). */
  now?: () => Date;
  /** CERTINOMIS's own public origins (client space, back office). */
  ownOrigins?: readonly string[];
}): MiddlewareHandler<PartnerEnv> {
  const ownOrigins = deps.ownOrigins ?? [];
  const now = deps.now ?? (() => new Date());
  /** The request goes on as `partner`'s (undefined: first-party), its answer readable by `readableBy`. */
  const pass = async (
    c: Context<PartnerEnv>,
    next: Next,
    partner: PartnerRow | undefined,
    readableBy: string | undefined,
  ): Promise<undefined> => {
    c.set('partner', partner);
    c.set('readableBy', readableBy);
    await next();
    if (!isComplete(c.res)) withCors(c.res, readableBy);
  };
  /** A refusal that a foreign origin some partner lists may read, to show why. */
  const refuseReadably = async (
    c: Context<PartnerEnv>,
    error: ProblemError,
    foreign: string | undefined,
  ) => {
    const readable = foreign !== undefined && (await isOriginOfAnyPartner(deps.db, foreign));
    return refuse(c, error, readable ? foreign : undefined);
  };
  /** The request with a key, once its partner is known (undefined: no active partner has it). */
  const admit = (
    c: Context<PartnerEnv>,
    next: Next,
    partner: PartnerRow | undefined,
    foreign: string | undefined,
  ): Promise<Response | undefined> => {
    if (!partner) return refuseReadably(c, partnerKeyInvalid(), foreign);
    const allowed = foreign !== undefined && partner.allowed_origins.includes(foreign);
    if (foreign !== undefined && !allowed && unsafeMethods.has(c.req.method)) {
      return Promise.resolve(refuse(c, originForbidden(foreign), undefined));
    }
    return pass(c, next, partner, allowed ? foreign : undefined);
  };
  return (c, next) => {
    const origin = c.req.header('Origin');
    /** The browser origin when it is not one of CERTINOMIS's own. */
    const foreign =
      origin !== undefined && !isOwnOrigin(c, origin, ownOrigins) ? origin : undefined;
    const key = c.req.header('X-Partner-Key');
    if (!key) {
      // A foreign origin that some partner lists may read why: it forgot its key.
      return deps.required || foreign !== undefined
        ? refuseReadably(c, partnerKeyRequired(), foreign)
        : pass(c, next, undefined, undefined);
    }
    // A key the read cache knows (nearly every request): no wait for its lookup.
    const known = knownPartnerByPublishableKey(deps.db, key, now);
    if (known) return admit(c, next, known.partner, foreign);
    return findPartnerByPublishableKey(deps.db, key, now).then((partner) =>
      admit(c, next, partner, foreign),
    );
  };
}

/**
 * The CORS headers of an answer its route makes whole (`complete-answer.ts`): those `withCors`
 * would set on an answer whose `Vary` is `vary`, for the origin `partnerKey` let read it.
 */
export function corsHeaderValuesFor(c: Context, vary: string | null): Record<string, string> {
  return corsHeaderValues(vary, c.get('readableBy') as string | undefined);
}

/**
 * A refusal answered by the middleware. It still carries the CORS headers when the origin may
 * read it (`readableBy`), so the element can show why instead of a network error.
 */
function refuse(c: Context, error: ProblemError, readableBy: string | undefined): Response {
  return withCors(problemResponse(c, error), readableBy);
}

/** `Origin` as one of a `Vary` list's entries. */
const varyNamesOrigin = /(?:^|,)\s*origin\s*(?:,|$)/i;

/** `Vary: Origin` always; the origin echoed (never `*`) when it may read the answer. */
function corsHeaderValues(
  vary: string | null,
  allowOrigin: string | undefined,
): Record<string, string> {
  const values: Record<string, string> = {};
  if (vary === null || !varyNamesOrigin.test(vary))
    values.Vary = vary ? `${vary}, Origin` : 'Origin';
  if (allowOrigin) {
    values['Access-Control-Allow-Origin'] = allowOrigin;
    values['Access-Control-Expose-Headers'] = exposedHeaders;
  }
  return values;
}

function withCors(response: Response, allowOrigin: string | undefined): Response {
  const values = corsHeaderValues(response.headers.get('Vary'), allowOrigin);
  for (const name in values) response.headers.set(name, values[name] as string);
  return response;
}

/**
 * CORS preflight for `/v1/*`. Browsers send no `X-Partner-Key` in a
 * preflight, so it is answered for any origin some active partner lists (the
 * real request is then checked against its own partner); other origins get a
 * 403 problem without CORS headers.
 */
export function preflight(deps: {
  db: Kysely<Database>;
  ownOrigins?: readonly string[];
}): MiddlewareHandler {
  const ownOrigins = deps.ownOrigins ?? [];
  const answer = async (c: Context) => {
    const origin = c.req.header('Origin');
    if (
      !origin ||
      (!isOwnOrigin(c, origin, ownOrigins) && !(await isOriginOfAnyPartner(deps.db, origin)))
    ) {
      return withCors(problemResponse(c, originForbidden(origin ?? 'null')), undefined);
    }
    const requested = (c.req.header('Access-Control-Request-Headers') ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const allowed = allowedRequestHeaders.map((h) => h.toLowerCase());
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': requested.filter((h) => allowed.includes(h)).join(', '),
      'Access-Control-Max-Age': '600',
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
  };
  // Every other request passes on with no async frame of this middleware's own.
  return (c, next) =>
    c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')
      ? answer(c)
      : next();
}

export const secretKeyRequired = () =>
  new ProblemError(
    401,
    'secret-key-required',
    'problem.secret_key_required.title',
    'problem.secret_key_required.detail',
    {},
    undefined,
    { 'WWW-Authenticate': 'Bearer realm="certinomis-order partner"' },
  );

/**
 * Server-to-server routes: `Authorization: Bearer sk_…` of an active partner
 * (compared by SHA-256). Never answered to browsers cross-origin (no CORS headers).
 */
export function requirePartnerSecret(deps: {
  db: Kysely<Database>;
  now?: () => Date;
}): MiddlewareHandler<{ Variables: { partner: PartnerRow } }> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)$/.exec(c.req.header('Authorization') ?? '');
    // findPartnerBySecretKey checks the key's format before any query.
    const partner = match?.[1]
      ? await findPartnerBySecretKey(deps.db, match[1], (deps.now ?? (() => new Date()))())
      : undefined;
    if (!partner) throw secretKeyRequired();
    c.set('partner', partner);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
