/** Sessions: opened by a completed login, found by their bearer token, ended by logout. */
import type { Transaction } from 'kysely';
import type { SessionResponse } from '../../../machines/contract.ts';
import type { Locale } from '../../../machines/messages/index.ts';
import type { Database } from '../../db/database.ts';
import { cachedRead } from '../../db/read-cache.ts';
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

/**
 * How long this process (or Workers isolate) serves a session from its read cache without
 * asking the database. A session ended here (logout, password reset, «ce n'était pas moi»)
 * is dropped from this cache at once, by the write itself and again at its commit
 * (`api/db/read-cache.ts`); ended by another process or isolate, it keeps working here for
 * at most this long. Its expiry is checked on every request.
 */
export const SESSION_CACHE_TTL_MS = 2_000;

interface SessionRow {
  id: string;
  email: string;
  locale: Locale;
  role: 'customer' | 'operator';
  partnerId: string | null;
  expiresAt: Date;
}

/** The account behind a bearer token, or null (unknown, expired or revoked). */
export async function authenticate(
  deps: Pick<AuthDeps, 'db' | 'now'>,
  accessToken: string,
): Promise<AuthenticatedAccount | null> {
  const sessionHash = await hashToken(accessToken);
  const now = deps.now();
  const row: SessionRow | null = await cachedRead(
    deps.db,
    `session:${sessionHash}`,
    ['sessions', 'accounts'],
    async () =>
      (await deps.db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .select([
          'accounts.id',
          'accounts.email',
          'accounts.locale',
          'accounts.role',
          'sessions.partner_id as partnerId',
          'sessions.expires_at as expiresAt',
        ])
        .where('sessions.token_hash', '=', sessionHash)
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst()) ?? null,
    // Unknown tokens are not kept: guesses must not crowd out the live sessions.
    { ttlMs: SESSION_CACHE_TTL_MS, keep: (found) => found !== null },
  );
  // A cached session is still checked against the clock: it stops at its expiry, not the TTL's.
  if (!row || new Date(row.expiresAt).getTime() <= now.getTime()) return null;
  return {
    id: row.id,
    email: row.email,
    locale: row.locale,
    role: row.role,
    partnerId: row.partnerId,
    sessionHash,
  };
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
