import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { PartnerLoginStarted } from '../../machines/contract.ts';
import {
  partnerAcceptSchema,
  partnerInviteSchema,
  partnerLoginSchema,
  partnerTokenSchema,
} from '../../machines/schemas/partner-portal.ts';
import type { Database } from '../db/database.ts';
import { readJson } from '../http/body.ts';
import {
  type PartnerAccessEnv,
  partnerAccess,
  partnerActorOf,
  requireCapability,
} from '../http/partner-access.ts';
import { revokePartnerSession } from '../services/partner-sessions.ts';
import {
  acceptPartnerInvite,
  completePartnerLogin,
  invitePartnerUser,
  listPartnerUsers,
  startPartnerLogin,
} from '../services/partner-users.ts';

export interface PartnerUserDeps {
  db: Kysely<Database>;
  now: () => Date;
  /** The portal page the e-mailed links open (`/partenaires` of the API's origin). */
  portalUrl: (requestUrl: string) => string;
  onOutboxWrite?: () => void;
}

/** `GET/POST /v1/partner/users`: the partner's portal users (admins only). */
export function partnerUserRoutes(deps: PartnerUserDeps) {
  const app = new Hono<PartnerAccessEnv>();
  const access = [partnerAccess(deps), requireCapability('users')] as const;

  app.get('/users', ...access, async (c) =>
    c.json({ items: await listPartnerUsers(deps.db, c.get('partner').id) }),
  );
  app.post('/users', ...access, async (c) => {
    const body = await readJson(c, partnerInviteSchema);
    const { user } = await invitePartnerUser(deps.db, {
      partnerId: c.get('partner').id,
      email: body.email,
      role: body.role,
      portalUrl: deps.portalUrl(c.req.url),
      now: deps.now(),
      actor: partnerActorOf(c),
    });
    deps.onOutboxWrite?.();
    return c.json(user, 201);
  });
  return app;
}

/**
 * `/v1/partner-auth`: the portal's login, as in the client space — e-mail and
 * password (`/login`, which e-mails a one-time link), then the link's token
 * (`/session` → `{token: "pps_…", expiresAt, user}`), sent as `Authorization:
 * Bearer` to the partner API. `/accept` sets an invited user's password;
 * `/logout` ends the session.
 */
export function partnerAuthRoutes(deps: PartnerUserDeps) {
  const app = new Hono();

  app.post('/accept', async (c) => {
    const body = await readJson(c, partnerAcceptSchema);
    await acceptPartnerInvite(deps.db, { ...body, now: deps.now() });
    return c.body(null, 204);
  });
  app.post('/login', async (c) => {
    const body = await readJson(c, partnerLoginSchema);
    await startPartnerLogin(deps.db, {
      ...body,
      portalUrl: deps.portalUrl(c.req.url),
      now: deps.now(),
    });
    deps.onOutboxWrite?.();
    return c.json({ status: 'link_sent' } satisfies PartnerLoginStarted, 202);
  });
  app.post('/session', async (c) => {
    const body = await readJson(c, partnerTokenSchema);
    const session = await completePartnerLogin(deps.db, { token: body.token, now: deps.now() });
    c.header('Cache-Control', 'no-store');
    return c.json(session);
  });
  app.post('/logout', async (c) => {
    const token = /^Bearer\s+(\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    if (token) await revokePartnerSession(deps.db, token, deps.now());
    return c.body(null, 204);
  });
  return app;
}
