import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { PartnerSettingsPatch, PartnerSettingsUpdated } from '../../machines/contract.ts';
import { partnerSettingsPatchSchema } from '../../machines/schemas/partner-portal.ts';
import type { Database } from '../db/database.ts';
import { readJson } from '../http/body.ts';
import {
  type PartnerAccessEnv,
  partnerAccess,
  partnerActorOf,
  requireCapability,
} from '../http/partner-access.ts';
import type { KeyRing } from '../security/encryption.ts';
import { partnerSettingsView, updatePartnerSettings } from '../services/partner-settings.ts';

/**
 * `GET /v1/partner` (the partner's settings, never a secret) and `PATCH
 * /v1/partner` (origins, webhook endpoint, branding, client-space URL, checked
 * against the partner's mode: a bad value is a 422 naming the field, nothing
 * changed). Secret key or portal session (api/http/partner-access.ts).
 */
export function partnerSettingsRoutes(deps: {
  db: Kysely<Database>;
  now: () => Date;
  keys: KeyRing | Promise<KeyRing>;
}) {
  const app = new Hono<PartnerAccessEnv>();
  const access = partnerAccess(deps);

  app.get('/', access, requireCapability('settings:read'), (c) =>
    c.json(partnerSettingsView(c.get('partner'), deps.now())),
  );

  app.patch('/', access, requireCapability('settings:write'), async (c) => {
    const partner = c.get('partner');
    const patch: PartnerSettingsPatch = await readJson(c, partnerSettingsPatchSchema(partner.mode));
    const now = deps.now();
    const result = await updatePartnerSettings(
      deps.db,
      deps.keys,
      partner,
      partnerActorOf(c),
      patch,
      now,
    );
    return c.json({
      ...partnerSettingsView(result.partner, now),
      // A first endpoint's signing secret, shown this once.
      ...(result.webhookSecret ? { webhookSecret: result.webhookSecret } : {}),
    } satisfies PartnerSettingsUpdated);
  });

  return app;
}
