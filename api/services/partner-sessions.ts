import type { Kysely } from 'kysely';
import type { Database, PartnerRow, PartnerUserRole } from '../db/database.ts';
import { hashToken, randomToken } from '../security/tokens.ts';

/** `pps_` + 256 random bits: a portal session, sent as `Authorization: Bearer`. */
export const partnerSessionPattern = /^pps_[A-Za-z0-9_-]{43}$/;
/** A portal session lasts 12 hours (one working day), then the user logs in again. */
export const PARTNER_SESSION_MS = 12 * 60 * 60_000;

export interface PartnerSession {
  partner: PartnerRow;
  user: { id: string; email: string; role: PartnerUserRole };
  expiresAt: Date;
}

/** Opens a session for `userId` (stored as its SHA-256); returns the token, shown once. */
export async function openPartnerSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = `pps_${randomToken(32)}`;
  const expiresAt = new Date(now.getTime() + PARTNER_SESSION_MS);
  await db
    .insertInto('partner_sessions')
    .values({
      token_hash: await hashToken(token),
      user_id: userId,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/** The live session of `token`: not expired nor revoked, its user and partner active. */
export async function findPartnerSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<PartnerSession | undefined> {
  if (!partnerSessionPattern.test(token)) return undefined;
  const row = await db
    .selectFrom('partner_sessions as s')
    .innerJoin('partner_users as u', 'u.id', 's.user_id')
    .select(['u.id as user_id', 'u.email', 'u.role', 'u.partner_id', 's.expires_at'])
    .where('s.token_hash', '=', await hashToken(token))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const partner = await db
    .selectFrom('partners')
    .selectAll()
    .where('id', '=', row.partner_id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!partner) return undefined;
  return {
    partner,
    user: { id: row.user_id, email: row.email, role: row.role },
    expiresAt: row.expires_at,
  };
}

/** Ends a session (logout). */
export async function revokePartnerSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<void> {
  if (!partnerSessionPattern.test(token)) return;
  await db
    .updateTable('partner_sessions')
    .set({ revoked_at: now })
    .where('token_hash', '=', await hashToken(token))
    .where('revoked_at', 'is', null)
    .execute();
}
