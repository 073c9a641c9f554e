import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import type {
  DossierResponse,
  RevocationReceived,
  RevocationRequested,
} from '../../machines/contract.ts';
import {
  revocationCodeBodySchema,
  revocationRequestSchema,
} from '../../machines/schemas/dossier.ts';
import { uuidSchema } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { type AuthEnv, partnerScopeOf, requireAccount } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { clientIpOf } from '../http/client-ip.ts';
import { localeOf } from '../http/locale.ts';
import { pathParam } from '../http/params.ts';
import { type Actor, dossierResponse } from '../services/dossiers.ts';
import {
  confirmRevocation,
  confirmRevocationByCode,
  requestRevocation,
} from '../services/revocation.ts';

export interface RevocationRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
  onOutboxWrite?: () => void;
}

/**
 * `/v1/certificates/{id}` (`id`: the certificate's dossier), with the buyer's session: ask to
 * revoke (a code e-mailed to the bénéficiaire and the mandataire), then confirm with the code.
 * 401 without a session, 404 for a certificate the session cannot see.
 */
export function certificateRoutes(deps: RevocationRouteDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAccount(deps));
  const actorOf = (c: Context<AuthEnv>): Actor => {
    const account = c.get('account');
    return {
      kind: account.role === 'operator' ? 'operator' : 'customer',
      id: account.id,
      email: account.email,
      partnerId: partnerScopeOf(c),
    };
  };

  app.post('/:id/revocation', async (c) => {
    const id = pathParam(c, 'id', uuidSchema);
    const actor = actorOf(c);
    const locale = localeOf(c);
    const body = await readJson(c, revocationRequestSchema);
    const sent = await requestRevocation(deps, id, actor, body, locale);
    deps.onOutboxWrite?.();
    c.header('Cache-Control', 'no-store');
    return c.json(sent satisfies RevocationRequested, 202);
  });

  app.post('/:id/revocation/confirm', async (c) => {
    const id = pathParam(c, 'id', uuidSchema);
    const actor = actorOf(c);
    const locale = localeOf(c);
    const { code } = await readJson(c, revocationCodeBodySchema);
    const row = await confirmRevocation(deps, id, actor, code, locale);
    c.header('ETag', `"${row.version}"`);
    c.header('Cache-Control', 'no-store');
    return c.json((await dossierResponse(deps.db, row, actor, locale)) satisfies DossierResponse);
  });
  return app;
}

/**
 * `POST /v1/revocations` `{code}`, without an account (the holder who lost everything): the
 * code from the e-mail confirms its request. Always 202 with the same body, whether or not the
 * code exists; 429 past the throttle.
 */
export function publicRevocationRoutes(deps: RevocationRouteDeps) {
  const app = new Hono();
  app.post('/', async (c) => {
    const { code } = await readJson(c, revocationCodeBodySchema);
    await confirmRevocationByCode(deps, code, clientIpOf(c), localeOf(c));
    c.header('Cache-Control', 'no-store');
    return c.json({ received: true } satisfies RevocationReceived, 202);
  });
  return app;
}
