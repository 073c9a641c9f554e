import type { Kysely } from 'kysely';
import type { PartnerSettings, PartnerSettingsPatch } from '../../machines/contract.ts';
import { resolveBranding } from '../../machines/schemas/partner.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import type { PartnerActor } from '../http/partner-access.ts';
import type { KeyRing } from '../security/encryption.ts';
import { writePartnerAudit } from './partner-audit.ts';
import { newWebhookSecret, sealWebhookSecret } from './partners.ts';

/** An overlap still running at `now`, else null. */
const running = (date: Date | null, now: Date) => (date && date > now ? date.toISOString() : null);

/** GET /v1/partner: the settings, never a secret (the secret key only by its last four characters). */
export function partnerSettingsView(partner: PartnerRow, now: Date): PartnerSettings {
  return {
    slug: partner.slug,
    name: partner.name,
    mode: partner.mode,
    publishableKey: partner.publishable_key,
    previousPublishableKeyExpiresAt: running(partner.previous_publishable_key_expires_at, now),
    secretKeyHint: partner.secret_key_hint,
    previousSecretKeyExpiresAt: running(partner.previous_secret_key_expires_at, now),
    allowedOrigins: partner.allowed_origins,
    webhookUrl: partner.webhook_url,
    webhookSecretSet: partner.webhook_secret !== null,
    previousWebhookSecretExpiresAt: running(partner.previous_webhook_secret_expires_at, now),
    branding: resolveBranding(partner.branding),
    clientSpaceUrl: partner.client_space_url,
    priceList: partner.price_list,
    cgvVersion: partner.cgv_version,
  };
}

/**
 * PATCH /v1/partner, already validated for the partner's mode: the changed
 * settings and their audit row in one transaction. A first webhook endpoint
 * gets a signing secret, returned once (`webhookSecret`).
 */
export async function updatePartnerSettings(
  db: Kysely<Database>,
  keys: KeyRing | Promise<KeyRing>,
  partner: PartnerRow,
  actor: PartnerActor,
  patch: PartnerSettingsPatch,
  now: Date,
): Promise<{ partner: PartnerRow; webhookSecret: string | null }> {
  const changed = Object.keys(patch).filter(
    (key) => patch[key as keyof PartnerSettingsPatch] !== undefined,
  );
  // An empty patch changes nothing: no UPDATE without a SET (a syntax error), no audit row.
  if (changed.length === 0) return { partner, webhookSecret: null };
  const secret = patch.webhookUrl && !partner.webhook_secret ? newWebhookSecret() : null;
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('partners')
      .set({
        ...(patch.allowedOrigins ? { allowed_origins: JSON.stringify(patch.allowedOrigins) } : {}),
        ...(patch.webhookUrl !== undefined ? { webhook_url: patch.webhookUrl } : {}),
        ...(patch.branding ? { branding: JSON.stringify(patch.branding) } : {}),
        ...(patch.clientSpaceUrl !== undefined ? { client_space_url: patch.clientSpaceUrl } : {}),
        ...(secret ? { webhook_secret: await sealWebhookSecret(keys, partner.id, secret) } : {}),
      })
      .where('id', '=', partner.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writePartnerAudit(trx, {
      partnerId: partner.id,
      actor,
      action: 'settings.updated',
      details: {
        fields: changed,
        ...(patch.allowedOrigins ? { allowedOrigins: patch.allowedOrigins } : {}),
        ...(patch.webhookUrl !== undefined ? { webhookUrl: patch.webhookUrl } : {}),
        ...(patch.clientSpaceUrl !== undefined ? { clientSpaceUrl: patch.clientSpaceUrl } : {}),
      },
      now,
    });
    return { partner: updated, webhookSecret: secret };
  });
}
