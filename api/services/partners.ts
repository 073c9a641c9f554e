import { type Kysely, sql } from 'kysely';
import * as v from 'valibot';
import { PARTNER_MODES } from '../../machines/contract.ts';
import { isPublicHttpsUrl } from '../../machines/rules/public-url.ts';
import { originSchema, partnerBrandingSchema } from '../../machines/schemas/partner.ts';
import type { Database, PartnerPriceListRow, PartnerRow } from '../db/database.ts';
import { cachedPeek, cachedRead } from '../db/read-cache.ts';
import {
  decryptText,
  developmentKeyRing,
  encryptText,
  isEncryptedText,
  type KeyRing,
} from '../security/encryption.ts';
import { hashToken, randomToken } from '../security/tokens.ts';

/** `pk_test_…` / `pk_live_…`: the public key the element sends as `X-Partner-Key`. */
export const publishableKeyPattern = /^pk_(test|live)_[A-Za-z0-9_]{4,64}$/;
/** `sk_test_…` / `sk_live_…`: the secret key of server-to-server calls. */
export const secretKeyPattern = /^sk_(test|live)_[A-Za-z0-9_]{4,64}$/;

const slugSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,62}$/));
const centsSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));

// The rule lives with the other pure rules (the portal's PATCH /v1/partner applies it too).
export { isPublicHttpsUrl };

export const newPartnerSchema = v.object({
  slug: slugSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  mode: v.picklist(PARTNER_MODES),
  allowedOrigins: v.array(originSchema),
  branding: v.optional(partnerBrandingSchema),
  webhookUrl: v.optional(v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)))),
  /** The partner's page embedding the client space, linked from its buyers' e-mails. */
  clientSpaceUrl: v.optional(v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)))),
  cgvVersion: v.optional(v.nullable(v.string())),
  priceList: v.optional(
    v.nullable(
      v.object({
        products: v.optional(v.record(v.string(), centsSchema)),
        options: v.optional(v.record(v.string(), centsSchema)),
      }),
    ),
  ),
  /** Fixed keys, for the demo's documented partners only; otherwise random keys are made. */
  publishableKey: v.optional(v.pipe(v.string(), v.regex(publishableKeyPattern))),
  secretKey: v.optional(v.pipe(v.string(), v.regex(secretKeyPattern))),
  webhookSecret: v.optional(v.pipe(v.string(), v.regex(/^whsec_[A-Za-z0-9_-]{16,128}$/))),
});
export type NewPartner = v.InferInput<typeof newPartnerSchema>;

const livePartnerSchema = v.pipe(
  newPartnerSchema,
  v.check(
    (p) => p.mode === 'test' || !p.webhookUrl || isPublicHttpsUrl(p.webhookUrl),
    'a live partner’s webhook URL must be https: on a public host name',
  ),
);

export interface CreatedPartner {
  partner: PartnerRow;
  /** Shown once: only its SHA-256 is stored. */
  secretKey: string;
  /** The HMAC key of the partner's webhooks (null without an endpoint). */
  webhookSecret: string | null;
}

/** Random key material in base62-ish (`randomToken` is base64url; `-` and `_` mapped away). */
const keyBody = (bytes: number) => randomToken(bytes).replaceAll('-', 'x').replaceAll('_', 'y');

/** A new webhook signing secret (`whsec_` + 192 random bits). */
export const newWebhookSecret = () => `whsec_${keyBody(24)}`;
/** A new secret key of a partner in `mode`. */
export const newSecretKey = (mode: 'test' | 'live') => `sk_${mode}_${keyBody(24)}`;
/** A new publishable key of a partner in `mode`. */
export const newPublishableKey = (mode: 'test' | 'live') => `pk_${mode}_${keyBody(18)}`;

/** The additional data a partner's webhook secret is sealed with: copied to another partner, it no longer opens. */
export const webhookSecretContext = (partnerId: string) => `partner-webhook-secret:${partnerId}`;

/** The stored form of a webhook secret: encrypted at rest under the ring's current master key. */
export async function sealWebhookSecret(
  keys: KeyRing | Promise<KeyRing>,
  partnerId: string,
  secret: string,
): Promise<string> {
  return encryptText(await keys, secret, webhookSecretContext(partnerId));
}

/**
 * A partner's webhook signing secret in clear, for signing (or null when it
 * has none). A clear value stored before encryption is sealed on the way
 * (compare-and-set: a concurrent change wins), so it is read in clear once.
 * Throws UnreadableCiphertextError when its master key is gone or it was altered.
 */
export async function readWebhookSecret(
  db: Kysely<Database>,
  keys: KeyRing | Promise<KeyRing>,
  partner: { id: string; webhook_secret: string | null },
): Promise<string | null> {
  const stored = partner.webhook_secret;
  if (!stored) return null;
  if (isEncryptedText(stored)) {
    return decryptText(await keys, stored, webhookSecretContext(partner.id));
  }
  await db
    .updateTable('partners')
    .set({ webhook_secret: await sealWebhookSecret(keys, partner.id, stored) })
    .where('id', '=', partner.id)
    .where('webhook_secret', '=', stored)
    .execute();
  return stored;
}

/**
 * The secrets every delivery is signed with: the current one, then the
 * previous one while its rotation overlap runs (`t=…,v1=<new>,v1=<old>`).
 * Empty when the partner has no secret.
 */
export async function readWebhookSigningSecrets(
  db: Kysely<Database>,
  keys: KeyRing | Promise<KeyRing>,
  partner: {
    id: string;
    webhook_secret: string | null;
    previous_webhook_secret: string | null;
    previous_webhook_secret_expires_at: Date | null;
  },
  now: Date,
): Promise<string[]> {
  const current = await readWebhookSecret(db, keys, partner);
  if (!current) return [];
  const previous =
    partner.previous_webhook_secret &&
    partner.previous_webhook_secret_expires_at &&
    partner.previous_webhook_secret_expires_at > now
      ? await decryptText(
          await keys,
          partner.previous_webhook_secret,
          webhookSecretContext(partner.id),
        )
      : null;
  return previous && previous !== current ? [current, previous] : [current];
}

/**
 * Creates a partner with its keys: `pk_<mode>_…` (public), `sk_<mode>_…`
 * (returned once, stored as SHA-256: 192 random bits need no KDF) and, when
 * it has an endpoint, a `whsec_…` webhook signing secret, returned in clear
 * and stored encrypted under `keys` (default: the development key — tests and
 * tools; the partner CLI and the demo pass the configured ring).
 */
export async function createPartner(
  db: Kysely<Database>,
  input: NewPartner,
  keys: KeyRing | Promise<KeyRing> = developmentKeyRing(),
): Promise<CreatedPartner> {
  const p = v.parse(livePartnerSchema, input);
  const secretKey = p.secretKey ?? newSecretKey(p.mode);
  const publishableKey = p.publishableKey ?? newPublishableKey(p.mode);
  if (!publishableKey.startsWith(`pk_${p.mode}_`) || !secretKey.startsWith(`sk_${p.mode}_`)) {
    throw new Error(`keys of a ${p.mode} partner start with pk_${p.mode}_ and sk_${p.mode}_`);
  }
  const webhookSecret = p.webhookUrl ? (p.webhookSecret ?? newWebhookSecret()) : null;
  // The id is chosen here: the sealed secret is bound to it.
  const id = crypto.randomUUID();
  const partner = await db
    .insertInto('partners')
    .values({
      id,
      slug: p.slug,
      name: p.name,
      mode: p.mode,
      publishable_key: publishableKey,
      secret_key_hash: await hashToken(secretKey),
      secret_key_hint: secretKey.slice(-4),
      allowed_origins: JSON.stringify(p.allowedOrigins),
      branding: JSON.stringify(p.branding ?? {}),
      client_space_url: p.clientSpaceUrl ?? null,
      webhook_url: p.webhookUrl ?? null,
      webhook_secret: webhookSecret ? await sealWebhookSecret(keys, id, webhookSecret) : null,
      cgv_version: p.cgvVersion ?? null,
      price_list: p.priceList ? JSON.stringify(p.priceList satisfies PartnerPriceListRow) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { partner, secretKey, webhookSecret };
}

/** The read cache's key of a publishable key's partner row. */
const publishableKeyCacheKey = (key: string) => `partner:pk:${key}`;

/**
 * The active partner of a publishable key, or undefined: its current key, or
 * the previous one until `previous_publishable_key_expires_at` (rotation overlap).
 */
export async function findPartnerByPublishableKey(
  db: Kysely<Database>,
  key: string,
  /** The clock, read only when the key matched is a rolled key's predecessor. */
  now: () => Date = () => new Date(),
): Promise<PartnerRow | undefined> {
  if (!publishableKeyPattern.test(key)) return undefined;
  // Every partner request starts here: through the read cache (a disabled key
  // stops within its TTL in other processes, at once in this one). A rolled key's
  // predecessor is matched too, and its expiry checked on every call, not cached.
  const row = await cachedRead(db, publishableKeyCacheKey(key), ['partners'], () =>
    db
      .selectFrom('partners')
      .selectAll()
      .where((eb) =>
        eb.or([eb('publishable_key', '=', key), eb('previous_publishable_key', '=', key)]),
      )
      .where('disabled_at', 'is', null)
      .executeTakeFirst(),
  );
  return activeForKey(row, key, now);
}

/**
 * `findPartnerByPublishableKey`'s answer when the read cache holds it already, without a
 * promise (the partner-key layer of every partner request, issue 21); undefined when the
 * database must be asked.
 */
export function knownPartnerByPublishableKey(
  db: Kysely<Database>,
  key: string,
  now: () => Date = () => new Date(),
): { partner: PartnerRow | undefined } | undefined {
  if (!publishableKeyPattern.test(key)) return { partner: undefined };
  const hit = cachedPeek<PartnerRow | undefined>(db, publishableKeyCacheKey(key));
  return hit && { partner: activeForKey(hit.value, key, now) };
}

/** The row a key matched, unless it matched a rolled key's predecessor past its overlap. */
function activeForKey(
  row: PartnerRow | undefined,
  key: string,
  now: () => Date,
): PartnerRow | undefined {
  if (!row || row.publishable_key === key) return row;
  const expires = row.previous_publishable_key_expires_at;
  return expires !== null && new Date(expires).getTime() > now().getTime() ? row : undefined;
}

/**
 * The active partner of a secret key (compared by its SHA-256), or undefined:
 * its current key, or the previous one until `previous_secret_key_expires_at`.
 */
export async function findPartnerBySecretKey(
  db: Kysely<Database>,
  key: string,
  now: Date = new Date(),
): Promise<PartnerRow | undefined> {
  if (!secretKeyPattern.test(key)) return undefined;
  const hash = await hashToken(key);
  return db
    .selectFrom('partners')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('secret_key_hash', '=', hash),
        eb.and([
          eb('previous_secret_key_hash', '=', hash),
          eb('previous_secret_key_expires_at', '>', now),
        ]),
      ]),
    )
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

/** Whether any active partner admits `origin` (CORS preflights carry no key). */
export async function isOriginOfAnyPartner(db: Kysely<Database>, origin: string): Promise<boolean> {
  const row = await db
    .selectFrom('partners')
    .select('id')
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`allowed_origins @> ${JSON.stringify([origin])}::jsonb`)
    .executeTakeFirst();
  return row !== undefined;
}
