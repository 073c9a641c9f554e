import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { newPasswordSchema } from '../../machines/schemas/auth.ts';
import { emailSchema } from '../../machines/schemas/email.ts';
import type { Database } from '../db/database.ts';
import { hashPassword } from '../security/password.ts';

export const operatorSchema = v.object({ email: emailSchema, password: newPasswordSchema });

/**
 * Creates (or promotes and resets) an operator account: role `operator`,
 * address considered verified (created by an administrator), same password
 * rules and hashing as buyers. Never reachable over HTTP.
 */
export async function upsertOperator(
  db: Kysely<Database>,
  input: { email: string; password: string },
  now = new Date(),
): Promise<{ id: string; created: boolean }> {
  const { email, password } = v.parse(operatorSchema, input);
  const passwordHash = await hashPassword(password);
  const existing = await db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  const row = await db
    .insertInto('accounts')
    .values({
      email,
      password_hash: passwordHash,
      role: 'operator',
      email_verified_at: now,
      created_at: now,
      password_changed_at: now,
    })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({
        role: 'operator',
        password_hash: passwordHash,
        password_changed_at: now,
        email_verified_at: now,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, created: !existing };
}
