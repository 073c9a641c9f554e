import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/database.ts';
import { hashToken, randomToken } from '../security/tokens.ts';

/**
 * A verified account with an open session, written straight to the database
 * (the login flow itself is tested in routes/auth-login.test.ts). Returns the
 * bearer headers.
 */
export async function sessionFor(
  db: Kysely<Database>,
  email: string,
  role: Role = 'customer',
  options: { partnerId?: string | null } = {},
): Promise<{ Authorization: string }> {
  const now = new Date();
  const account = await db
    .insertInto('accounts')
    .values({
      email,
      password_hash: 'pbkdf2-sha256$100000$unused$unused',
      role,
      email_verified_at: now,
      created_at: now,
      password_changed_at: now,
    })
    .onConflict((oc) => oc.column('email').doUpdateSet({ role }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: await hashToken(token),
      account_id: account.id,
      partner_id: options.partnerId ?? null,
      created_at: now,
      expires_at: new Date(now.getTime() + 3600_000),
      revoked_at: null,
    })
    .execute();
  return { Authorization: `Bearer ${token}` };
}
