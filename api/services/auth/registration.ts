import type { RegisterRequest } from '../../../machines/schemas/auth.ts';
import { accountEmail } from '../../emails/account-emails.ts';
import { accountBrand } from '../../emails/brand.ts';
import { enqueueEmail } from '../../outbox/enqueue.ts';
import { hashPassword } from '../../security/password.ts';
import { audit, consumeToken, issueToken, link, mayEmail, retireTokens } from './email-tokens.ts';
import { type AuthDeps, authPolicy, type Requester } from './policy.ts';

/**
 * What an unconfirmed account's password is until a confirmation link
 * activates one: no hash verifies against it. Each registration's password
 * waits in its own verify token (`email_tokens.password_hash`).
 */
const unconfirmedPassword = '!unconfirmed';

/**
 * Registration. Allowed only for an e-mail that placed an order. Each
 * registration of a not yet confirmed address is its own pending credential:
 * its password travels with the confirmation link mailed for it, and only that
 * link activates it; a second registration never touches the first (so
 * nobody can set a password on someone else's address and wait for her to
 * confirm it). A buyer who forgot the password she typed registers again, or
 * resets it (the reset link also proves the address).
 *
 * The route answers before this runs (the same 202 whatever the address), so
 * no timing tells a customer from a stranger; the hash is computed for both.
 */
export async function register(
  deps: AuthDeps,
  request: RegisterRequest,
  from: Requester,
): Promise<void> {
  const passwordHash = await hashPassword(request.password);
  const now = deps.now();
  const [ordered, existing] = await Promise.all([
    deps.db
      .selectFrom('orders')
      .select('id')
      .where('email', '=', request.email)
      .limit(1)
      .executeTakeFirst(),
    deps.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', request.email)
      .executeTakeFirst(),
  ]);
  if (!ordered && !existing) return;
  if (!(await mayEmail(deps, 'verify', request.email))) return;
  const origin = { ...from, at: now };
  const brand = await accountBrand(deps.db, request.email);
  await deps.db.transaction().execute(async (trx) => {
    if (existing?.email_verified_at) {
      const email = accountEmail(
        'alreadyRegistered',
        brand.clientSpaceUrl ?? deps.clientSpaceUrl,
        existing.locale,
        { brand },
      );
      await enqueueEmail(trx, { to: existing.email, ...email });
      return;
    }
    const account =
      existing ??
      (await trx
        .insertInto('accounts')
        .values({
          email: request.email,
          password_hash: unconfirmedPassword,
          locale: request.locale,
          email_verified_at: null,
          created_at: now,
          password_changed_at: now,
        })
        .returning(['id', 'email', 'locale', 'role'])
        .executeTakeFirstOrThrow());
    const token = await issueToken(trx, account.id, 'verify_email', authPolicy.verifyLinkMs, now, {
      passwordHash,
    });
    // In the language of whoever registers now; the account keeps the first one's.
    await enqueueEmail(trx, {
      to: account.email,
      ...accountEmail('verify', link(deps, 'verify', token, 'customer', brand), request.locale, {
        origin,
        brand,
      }),
    });
    await audit(
      trx,
      account.id,
      existing ? 'account.registration_renewed' : 'account.registered',
      now,
      'unverified',
    );
  });
}

/**
 * The e-mailed confirmation link: marks the address verified with the
 * password of the registration this link was mailed for; every other pending
 * registration of the address stops working.
 */
export async function verifyEmail(deps: AuthDeps, token: string): Promise<void> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const { account_id, password_hash } = await consumeToken(trx, token, 'verify_email', now);
    const confirmed = await trx
      .updateTable('accounts')
      .set({
        email_verified_at: now,
        // Links mailed before pending credentials existed carry none: the account's stays.
        ...(password_hash ? { password_hash, password_changed_at: now } : {}),
      })
      .where('id', '=', account_id)
      .where('email_verified_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    await retireTokens(trx, account_id, ['verify_email'], now);
    if (confirmed) await audit(trx, account_id, 'account.email_verified', now, 'verified');
  });
}
