import type { Kysely } from 'kysely';
import type { Database } from '../api/db/database.ts';
import { developmentKeyRing, type KeyRing } from '../api/security/encryption.ts';
import { hashPassword } from '../api/security/password.ts';
import { createPartner, type NewPartner, sealWebhookSecret } from '../api/services/partners.ts';
import type { PartnerBranding, PartnerUserRole } from '../machines/contract.ts';

/** The two partners of the demo, documented in the README. Test mode only. */
export const demoPartners = {
  omnikles: {
    slug: 'omnikles',
    name: 'Omnikles (plateforme de marchés publics)',
    mode: 'test',
    publishableKey: 'pk_test_omnikles',
    secretKey: 'sk_test_omnikles_demo_secret',
    webhookSecret: 'whsec_omnikles_demo_signing_secret',
    branding: {
      displayName: 'CERTINOMIS',
      logoUrl: null,
      colors: { primary: '#1d4f91', onPrimary: '#ffffff', accent: '#f59e0b' },
      font: null,
      defaultLocale: 'fr',
    },
  },
  reseller: {
    slug: 'reseller',
    name: 'Attestia (revendeur en marque blanche)',
    mode: 'test',
    publishableKey: 'pk_test_reseller',
    secretKey: 'sk_test_reseller_demo_secret',
    webhookSecret: 'whsec_reseller_demo_signing_secret',
    branding: {
      displayName: 'Attestia',
      logoUrl: '/demo-assets/attestia-logo.svg',
      colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
      font: '"Georgia", "Times New Roman", serif',
      defaultLocale: 'en',
    },
    priceList: { products: { 'OPE-AES-CAP-1A': 12_900 } },
  },
} as const satisfies Record<
  string,
  Omit<NewPartner, 'allowedOrigins'> & { branding: PartnerBranding }
>;

/**
 * Creates the demo partners when missing and (re)sets their allowed origins
 * and webhook endpoint: the demo's port changes between runs. Never in production.
 */
export async function seedDemoPartners(
  db: Kysely<Database>,
  options: {
    origins: string[];
    webhookUrl?: (slug: string) => string | null;
    clientSpaceUrl?: (slug: string) => string | null;
    /** The configured master keys (default: the development key). */
    keys?: KeyRing | Promise<KeyRing>;
  },
): Promise<void> {
  const keys = options.keys ?? developmentKeyRing();
  for (const partner of Object.values(demoPartners)) {
    const webhookUrl = options.webhookUrl?.(partner.slug) ?? null;
    const clientSpaceUrl = options.clientSpaceUrl?.(partner.slug) ?? null;
    const existing = await db
      .selectFrom('partners')
      .select('id')
      .where('slug', '=', partner.slug)
      .executeTakeFirst();
    if (!existing) {
      await createPartner(
        db,
        {
          ...partner,
          priceList: 'priceList' in partner ? partner.priceList : null,
          allowedOrigins: options.origins,
          webhookUrl,
          clientSpaceUrl,
        },
        keys,
      );
      continue;
    }
    await db
      .updateTable('partners')
      .set({
        allowed_origins: JSON.stringify(options.origins),
        webhook_url: webhookUrl,
        webhook_secret: webhookUrl
          ? await sealWebhookSecret(keys, existing.id, partner.webhookSecret)
          : null,
        client_space_url: clientSpaceUrl,
        branding: JSON.stringify(partner.branding),
      })
      .where('id', '=', existing.id)
      .execute();
  }
}

/**
 * The demo's partner-portal users (`/partenaires`, README "Partner portal"): one per role for
 * each demo partner, with a known password. Demo only: real users are invited
 * (`npm run partner -- invite`) and choose their own.
 */
export const demoPartnerUsers = [
  { partner: 'omnikles', email: 'admin@omnikles-demo.fr', role: 'admin' },
  { partner: 'omnikles', email: 'dev@omnikles-demo.fr', role: 'developer' },
  { partner: 'omnikles', email: 'compta@omnikles-demo.fr', role: 'accounting' },
  { partner: 'reseller', email: 'admin@attestia-demo.example', role: 'admin' },
  { partner: 'reseller', email: 'dev@attestia-demo.example', role: 'developer' },
  { partner: 'reseller', email: 'compta@attestia-demo.example', role: 'accounting' },
] as const satisfies readonly {
  partner: keyof typeof demoPartners;
  email: string;
  role: PartnerUserRole;
}[];

/** The demo portal users' password (printed by `npm start`, shown on the demo's portal page). */
export const demoPartnerUserPassword = 'Demo-Partenaire-2026';

/**
 * Creates the demo portal users when missing (already active: the password set, no invitation)
 * and resets their role and password otherwise. Run after {@link seedDemoPartners}.
 */
export async function seedDemoPartnerUsers(db: Kysely<Database>, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(demoPartnerUserPassword);
  for (const user of demoPartnerUsers) {
    const partner = await db
      .selectFrom('partners')
      .select('id')
      .where('slug', '=', demoPartners[user.partner].slug)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('partner_users')
      .values({
        partner_id: partner.id,
        email: user.email,
        role: user.role,
        password_hash: passwordHash,
        created_at: now,
      })
      .onConflict((conflict) =>
        conflict.column('email').doUpdateSet({ role: user.role, password_hash: passwordHash }),
      )
      .execute();
  }
}
