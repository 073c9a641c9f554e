import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import {
  type PartnerCapability,
  type PartnerUserRole,
  roleAllows,
} from '../../machines/contract.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import { findPartnerSession, partnerSessionPattern } from '../services/partner-sessions.ts';
import { findPartnerBySecretKey, secretKeyPattern } from '../services/partners.ts';
import { clientIpOf } from './client-ip.ts';
import { ProblemError } from './problem.ts';

/** Who calls the partner API: its secret key (acting as an admin) or a portal user. */
export interface PartnerActor {
  type: 'secret_key' | 'user';
  /** `sk_…<hint>` or the user's id. */
  id: string;
  email: string | null;
  role: PartnerUserRole;
  ip: string;
}

export type PartnerAccessEnv = {
  Variables: { partner: PartnerRow; partnerActor: PartnerActor };
};

const partnerAuthRequired = () =>
  new ProblemError(
    401,
    // The slug of the secret-key-only days: clients that test for it keep working.
    'secret-key-required',
    'problem.partner_auth_required.title',
    'problem.partner_auth_required.detail',
    {},
    undefined,
    { 'WWW-Authenticate': 'Bearer realm="certinomis-order partner"' },
  );

/**
 * The partner API's authentication: `Authorization: Bearer sk_…` (server to
 * server; the previous key works until its overlap ends) or `Bearer pps_…`, a
 * portal user's session. Sets the partner and the actor; answers never cached
 * and never readable cross-origin (no CORS headers: the portal is same-origin).
 */
export function partnerAccess(deps: {
  db: Kysely<Database>;
  now: () => Date;
}): MiddlewareHandler<PartnerAccessEnv> {
  return async (c, next) => {
    const token = /^Bearer\s+(\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    const now = deps.now();
    const ip = clientIpOf(c);
    let partner: PartnerRow | undefined;
    let actor: PartnerActor | undefined;
    if (token && secretKeyPattern.test(token)) {
      partner = await findPartnerBySecretKey(deps.db, token, now);
      if (partner) {
        actor = {
          type: 'secret_key',
          id: `sk_…${token.slice(-4)}`,
          email: null,
          role: 'admin',
          ip,
        };
      }
    } else if (token && partnerSessionPattern.test(token)) {
      const session = await findPartnerSession(deps.db, token, now);
      if (session) {
        partner = session.partner;
        actor = {
          type: 'user',
          id: session.user.id,
          email: session.user.email,
          role: session.user.role,
          ip,
        };
      }
    }
    if (!partner || !actor) throw partnerAuthRequired();
    c.set('partner', partner);
    c.set('partnerActor', actor);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** 403 unless the caller's role allows `capability` (machines/contract.ts). */
export function requireCapability(capability: PartnerCapability): MiddlewareHandler {
  return async (c, next) => {
    const actor = partnerActorOf(c);
    if (!roleAllows(actor.role, capability)) {
      throw new ProblemError(
        403,
        'partner-role-forbidden',
        'problem.partner_role_forbidden.title',
        'problem.partner_role_forbidden.detail',
        { role: actor.role },
      );
    }
    await next();
  };
}

export function partnerActorOf(c: Context): PartnerActor {
  const actor = c.get('partnerActor') as PartnerActor | undefined;
  if (!actor) throw partnerAuthRequired();
  return actor;
}
