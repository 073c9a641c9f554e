/** The one-time links the account e-mails carry, their allowance, and the account's audit trail. */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, EmailTokenPurpose, EmailTokensTable } from '../../db/database.ts';
import { certinomisBrand, type EmailBrand } from '../../emails/brand.ts';
import { hit } from '../../security/throttle.ts';
import { hashToken, randomToken } from '../../security/tokens.ts';
import { type AuthDeps, authPolicy, invalidToken } from './policy.ts';

/** Counts one e-mail of `kind` to `email`: false past the allowance (then it is not sent). */
export async function mayEmail(
  deps: AuthDeps,
  kind: keyof typeof authPolicy.emails,
  email: string,
): Promise<boolean> {
  const { limit, windowMs } = authPolicy.emails[kind];
  return (await hit(deps.db, `mail:${kind}:${email}`, limit, windowMs, deps.now())).allowed;
}

/**
 * A one-time link's token and the `email_tokens` row that keeps its hash, to insert in the
 * caller's statement (`issueToken` inserts it on its own).
 */
export async function newToken(
  accountId: string,
  purpose: EmailTokenPurpose,
  lifetimeMs: number,
  now: Date,
  extra: { loginAttemptHash?: string; passwordHash?: string } = {},
): Promise<{ token: string; row: Insertable<EmailTokensTable> }> {
  const token = randomToken();
  return {
    token,
    row: {
      token_hash: await hashToken(token),
      account_id: accountId,
      purpose,
      login_attempt_hash: extra.loginAttemptHash ?? null,
      password_hash: extra.passwordHash ?? null,
      created_at: now,
      expires_at: new Date(now.getTime() + lifetimeMs),
      used_at: null,
    },
  };
}

export async function issueToken(
  trx: Transaction<Database>,
  accountId: string,
  purpose: EmailTokenPurpose,
  lifetimeMs: number,
  now: Date,
  extra: { loginAttemptHash?: string; passwordHash?: string } = {},
): Promise<string> {
  const { token, row } = await newToken(accountId, purpose, lifetimeMs, now, extra);
  await trx.insertInto('email_tokens').values(row).execute();
  return token;
}

export function link(
  deps: AuthDeps,
  parameter: 'verify' | 'login' | 'reset' | 'deny',
  token: string,
  role: 'customer' | 'operator' = 'customer',
  /** A reseller's buyer lands on the reseller's own client space. */
  brand: EmailBrand = certinomisBrand,
): string {
  const url = new URL(
    role === 'operator' && deps.backOfficeUrl
      ? deps.backOfficeUrl
      : (brand.clientSpaceUrl ?? deps.clientSpaceUrl),
  );
  url.searchParams.set(parameter, token);
  return url.toString();
}

export async function audit(
  trx: Transaction<Database>,
  accountId: string,
  event: string,
  now: Date,
  toState: string | null = null,
  data: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: now,
      actor_type: 'customer',
      actor_id: accountId,
      entity_type: 'account',
      entity_id: accountId,
      event,
      from_state: null,
      to_state: toState,
      data: JSON.stringify(data),
    })
    .execute();
}

/** Consumes a one-time token of `purpose`: single use (atomic), unexpired, or 400. */
export async function consumeToken(
  executor: Kysely<Database> | Transaction<Database>,
  token: string,
  purpose: EmailTokenPurpose,
  now: Date,
) {
  const row = await executor
    .updateTable('email_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', await hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['account_id', 'login_attempt_hash', 'password_hash'])
    .executeTakeFirst();
  if (!row) throw invalidToken();
  return row;
}

/** Every still usable token of `purpose` of the account stops working. */
export async function retireTokens(
  trx: Transaction<Database>,
  accountId: string,
  purposes: EmailTokenPurpose[],
  now: Date,
): Promise<void> {
  await trx
    .updateTable('email_tokens')
    .set({ used_at: now })
    .where('account_id', '=', accountId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();
}
