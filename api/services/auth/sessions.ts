/** Sessions: opened by a completed login, found by their bearer token, ended by logout. */
import type { Transaction } from 'kysely';
import type { SessionResponse } from '../../../machines/contract.ts';
import type { Locale } from '../../../machines/messages/index.ts';
import type { Database } from '../../db/database.ts';
import { hashToken, randomToken } from '../../security/tokens.ts';
import { type AuthDeps, authPolicy } from './policy.ts';

export async function openSession(
  trx: Transaction<Database>,
  accountId: string,
  now: Date,
  partnerId: string | null,
  sourceHash: string | null,
): Promise<SessionResponse> {
  const accessToken = randomToken();
  const expiresAt = new Date(now.getTime() + authPolicy.sessionMs);
  await trx
    .insertInto('sessions')
    .values({
      token_hash: await hashToken(accessToken),
      account_id: accountId,
      partner_id: partnerId,
      created_at: now,
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  // The network that typed the password completed a login: a known source from now on.
  if (sourceHash) {
    await trx
      .insertInto('login_sources')
      .values({ account_id: accountId, source_hash: sourceHash, last_login_at: now })
      .onConflict((oc) =>
        oc.columns(['account_id', 'source_hash']).doUpdateSet({ last_login_at: now }),
      )
      .execute();
  }
  return { accessToken, expiresAt: expiresAt.toISOString() };
}

export interface AuthenticatedAccount {
  id: string;
  email: string;
  locale: Locale;
  role: 'customer' | 'operator';
  sessionHash: string;
  /** The partner the session was opened through (null: CERTINOMIS's own pages). */
  partnerId: string | null;
}

/** The account behind a bearer token, or null (unknown, expired or revoked). */
export async function authenticate(
  deps: Pick<AuthDeps, 'db' | 'now'>,
  accessToken: string,
): Promise<AuthenticatedAccount | null> {
  const sessionHash = await hashToken(accessToken);
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'accounts.id',
      'accounts.email',
      'accounts.locale',
      'accounts.role',
      'sessions.partner_id as partnerId',
    ])
    .where('sessions.token_hash', '=', sessionHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', deps.now())
    .executeTakeFirst();
  return row ? { ...row, sessionHash } : null;
}

export async function logout(
  deps: Pick<AuthDeps, 'db' | 'now'>,
  sessionHash: string,
): Promise<void> {
  await deps.db
    .updateTable('sessions')
    .set({ revoked_at: deps.now() })
    .where('token_hash', '=', sessionHash)
    .where('revoked_at', 'is', null)
    .execute();
}
