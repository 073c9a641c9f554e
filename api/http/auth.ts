import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type AuthenticatedAccount, authenticate } from '../services/auth/sessions.ts';
import { partnerOf } from './partner.ts';
import { ProblemError } from './problem.ts';

export type AuthEnv = { Variables: { account: AuthenticatedAccount } };

const authRequired = () =>
  new ProblemError(
    401,
    'auth-required',
    'problem.auth_required.title',
    'problem.auth_required.detail',
    {},
    undefined,
    {
      'WWW-Authenticate': 'Bearer realm="certinomis-order"',
    },
  );

const operatorOnOwnOrigin = () =>
  new ProblemError(
    403,
    'operator-partner-origin',
    'problem.operator_partner_origin.title',
    'problem.operator_partner_origin.detail',
  );

/**
 * Requires `Authorization: Bearer <token>` of a live session; puts the
 * account in `c.get('account')`. Bearer tokens rather than cookies: the
 * element lives on partner origins where third-party cookies are blocked.
 */
export function requireAccount(deps: {
  db: Kysely<Database>;
  now: () => Date;
}): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+([A-Za-z0-9_-]{20,128})$/.exec(c.req.header('Authorization') ?? '');
    if (!match?.[1]) throw authRequired();
    const account = await authenticate(deps, match[1]);
    if (!account) throw authRequired();
    // A session opened through one partner is not valid on another partner's page.
    const partner = partnerOf(c);
    if (partner && account.partnerId && account.partnerId !== partner.id) throw authRequired();
    // The back office is CERTINOMIS's only: an operator's session never works with a partner's
    // key (a partner's page, its server) nor when it was opened through one.
    if (account.role === 'operator' && (partner || account.partnerId)) throw operatorOnOwnOrigin();
    c.set('account', account);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/**
 * Which partner's orders a buyer's request may see: the request's partner
 * key, else the partner the session was opened through; null for
 * CERTINOMIS's own client space (every order of the account).
 */
export function partnerScopeOf(c: Context<AuthEnv>): string | null {
  return partnerOf(c)?.id ?? c.get('account').partnerId;
}
