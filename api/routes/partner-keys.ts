import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { rollRequestSchema } from '../../machines/schemas/partner-portal.ts';
import type { Database } from '../db/database.ts';
import { readOptionalJson } from '../http/optional-json.ts';
import {
  type PartnerAccessEnv,
  partnerAccess,
  partnerActorOf,
  requireCapability,
} from '../http/partner-access.ts';
import type { KeyRing } from '../security/encryption.ts';
import { rollPublishableKey, rollSecretKey, rollWebhookSecret } from '../services/partner-keys.ts';

/**
 * Rotation with an overlap (`{expiresInHours}` 0–168, default 24):
 * `POST /v1/partner/keys/secret/roll` → `{secretKey, previousExpiresAt}`,
 * `/keys/publishable/roll` → `{publishableKey, previousExpiresAt}`,
 * `/webhooks/secret/roll` → `{secret, previousExpiresAt}`. The new value is
 * shown once; the previous one works until `previousExpiresAt`, then 401 (keys)
 * or no longer signs (webhook secret).
 */
export function partnerKeyRoutes(deps: {
  db: Kysely<Database>;
  now: () => Date;
  keys: KeyRing | Promise<KeyRing>;
}) {
  const app = new Hono<PartnerAccessEnv>();
  const access = partnerAccess(deps);

  const context = async (c: Parameters<typeof partnerActorOf>[0]) => {
    const { expiresInHours } = await readOptionalJson(c, rollRequestSchema);
    return {
      db: deps.db,
      partner: c.get('partner'),
      actor: partnerActorOf(c),
      now: deps.now(),
      expiresInHours,
    };
  };

  app.post('/keys/secret/roll', access, requireCapability('keys'), async (c) =>
    c.json(await rollSecretKey(await context(c))),
  );
  app.post('/keys/publishable/roll', access, requireCapability('keys'), async (c) =>
    c.json(await rollPublishableKey(await context(c))),
  );
  app.post('/webhooks/secret/roll', access, requireCapability('webhooks'), async (c) =>
    c.json(await rollWebhookSecret({ ...(await context(c)), keys: deps.keys })),
  );

  return app;
}
