import type { Kysely } from 'kysely';
import type {
  PublishableKeyRolled,
  SecretKeyRolled,
  WebhookSecretRolled,
} from '../../machines/contract.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import type { PartnerActor } from '../http/partner-access.ts';
import type { KeyRing } from '../security/encryption.ts';
import { hashToken } from '../security/tokens.ts';
import { writePartnerAudit } from './partner-audit.ts';
import {
  newPublishableKey,
  newSecretKey,
  newWebhookSecret,
  readWebhookSecret,
  sealWebhookSecret,
} from './partners.ts';

interface RollContext {
  db: Kysely<Database>;
  partner: PartnerRow;
  actor: PartnerActor;
  now: Date;
  /** How long the previous key keeps working (0: it stops now). */
  expiresInHours: number;
}

const overlapEnd = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000);

/**
 * A new secret key, shown once (its SHA-256 stored); the current one becomes
 * the previous, working until `previousExpiresAt`. A key rolled during an
 * overlap ends the older one at once: at most two keys ever work.
 */
export async function rollSecretKey(ctx: RollContext): Promise<SecretKeyRolled> {
  const secretKey = newSecretKey(ctx.partner.mode);
  const previousExpiresAt = overlapEnd(ctx.now, ctx.expiresInHours);
  const hash = await hashToken(secretKey);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('partners')
      .select(['secret_key_hash'])
      .where('id', '=', ctx.partner.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('partners')
      .set({
        secret_key_hash: hash,
        secret_key_hint: secretKey.slice(-4),
        previous_secret_key_hash: current.secret_key_hash,
        previous_secret_key_expires_at: previousExpiresAt,
      })
      .where('id', '=', ctx.partner.id)
      .execute();
    await writePartnerAudit(trx, {
      partnerId: ctx.partner.id,
      actor: ctx.actor,
      action: 'secret_key.rolled',
      details: {
        hint: secretKey.slice(-4),
        previousExpiresAt: previousExpiresAt.toISOString(),
      },
      now: ctx.now,
    });
  });
  return { secretKey, previousExpiresAt: previousExpiresAt.toISOString() };
}

/** A new publishable key; the current one keeps working until `previousExpiresAt`. */
export async function rollPublishableKey(ctx: RollContext): Promise<PublishableKeyRolled> {
  const publishableKey = newPublishableKey(ctx.partner.mode);
  const previousExpiresAt = overlapEnd(ctx.now, ctx.expiresInHours);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('partners')
      .select(['publishable_key'])
      .where('id', '=', ctx.partner.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('partners')
      .set({
        publishable_key: publishableKey,
        previous_publishable_key: current.publishable_key,
        previous_publishable_key_expires_at: previousExpiresAt,
      })
      .where('id', '=', ctx.partner.id)
      .execute();
    await writePartnerAudit(trx, {
      partnerId: ctx.partner.id,
      actor: ctx.actor,
      action: 'publishable_key.rolled',
      details: {
        publishableKey,
        previous: current.publishable_key,
        previousExpiresAt: previousExpiresAt.toISOString(),
      },
      now: ctx.now,
    });
  });
  return { publishableKey, previousExpiresAt: previousExpiresAt.toISOString() };
}

/**
 * A new webhook signing secret, shown once and stored sealed; until
 * `previousExpiresAt` every delivery carries a signature with each secret.
 */
export async function rollWebhookSecret(
  ctx: RollContext & { keys: KeyRing | Promise<KeyRing> },
): Promise<WebhookSecretRolled> {
  const secret = newWebhookSecret();
  const previousExpiresAt = overlapEnd(ctx.now, ctx.expiresInHours);
  const sealed = await sealWebhookSecret(ctx.keys, ctx.partner.id, secret);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('partners')
      .select(['id', 'webhook_secret'])
      .where('id', '=', ctx.partner.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    // A clear secret from before encryption is sealed as the previous one.
    const previousClear = await readWebhookSecret(trx, ctx.keys, current);
    await trx
      .updateTable('partners')
      .set({
        webhook_secret: sealed,
        previous_webhook_secret: previousClear
          ? await sealWebhookSecret(ctx.keys, ctx.partner.id, previousClear)
          : null,
        previous_webhook_secret_expires_at: previousClear ? previousExpiresAt : null,
      })
      .where('id', '=', ctx.partner.id)
      .execute();
    await writePartnerAudit(trx, {
      partnerId: ctx.partner.id,
      actor: ctx.actor,
      action: 'webhook_secret.rolled',
      details: { previousExpiresAt: previousExpiresAt.toISOString() },
      now: ctx.now,
    });
  });
  return { secret, previousExpiresAt: previousExpiresAt.toISOString() };
}
