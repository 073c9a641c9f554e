import { accountEmail } from '../../emails/account-emails.ts';
import { accountBrand } from '../../emails/brand.ts';
import { enqueueEmail } from '../../outbox/enqueue.ts';
import { hashPassword } from '../../security/password.ts';
import { audit, consumeToken, issueToken, link, mayEmail, retireTokens } from './email-tokens.ts';
import { type AuthDeps, authPolicy, type Requester } from './policy.ts';

/**
 * Same answer whatever the address; an e-mail only when an account exists
 * and its reset allowance is not spent. The route answers before this runs.
 */
export async function requestPasswordReset(
  deps: AuthDeps,
  email: string,
  from: Requester,
): Promise<void> {
  const now = deps.now();
  const account = await deps.db
    .selectFrom('accounts')
    .select(['id', 'email', 'locale', 'role'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!account) return;
  if (!(await mayEmail(deps, 'reset', account.email))) return;
  const brand = await accountBrand(deps.db, account.email);
  await deps.db.transaction().execute(async (trx) => {
    const token = await issueToken(trx, account.id, 'password_reset', authPolicy.resetLinkMs, now);
    await enqueueEmail(trx, {
      to: account.email,
      ...accountEmail('reset', link(deps, 'reset', token, account.role, brand), account.locale, {
        origin: { ...from, at: now },
        brand,
      }),
    });
  });
}

/**
 * Sets the new password, confirms the address (the link proved it), retires
 * every pending registration and reset link and ends every session.
 */
export async function confirmPasswordReset(
  deps: AuthDeps,
  token: string,
  password: string,
): Promise<void> {
  const now = deps.now();
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    const { account_id } = await consumeToken(trx, token, 'password_reset', now);
    const account = await trx
      .updateTable('accounts')
      .set({ password_hash: passwordHash, password_changed_at: now })
      .where('id', '=', account_id)
      .returning(['email_verified_at'])
      .executeTakeFirstOrThrow();
    if (!account.email_verified_at) {
      await trx
        .updateTable('accounts')
        .set({ email_verified_at: now })
        .where('id', '=', account_id)
        .execute();
    }
    await retireTokens(trx, account_id, ['verify_email', 'password_reset'], now);
    await trx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('account_id', '=', account_id)
      .where('revoked_at', 'is', null)
      .execute();
    await audit(trx, account_id, 'account.password_reset', now);
  });
}
