/** The login's second factor: the e-mailed link, the waiting tab's poll, «Ce n'était pas moi». */
import { sql } from 'kysely';
import type { SessionResponse } from '../../../machines/contract.ts';
import { ProblemError } from '../../http/problem.ts';
import { hashToken } from '../../security/tokens.ts';
import { audit, consumeToken } from './email-tokens.ts';
import { type AuthDeps, invalidToken, loginDenied } from './policy.ts';
import { openSession } from './sessions.ts';

/**
 * Second factor: the e-mailed token, which only ever completes the attempt it
 * was mailed for. With the attempt id of the tab that typed the password (and
 * the same partner), that tab gets its session at once. Anywhere else the
 * link approves the attempt and the original tab, polling, receives the
 * session. A denied or expired attempt's link is refused.
 */
export async function verifyLogin(
  deps: AuthDeps,
  token: string,
  loginAttemptId: string | undefined,
  /** The partner the tab asking is embedded by (the session is bound to it), or null. */
  partnerId: string | null = null,
): Promise<SessionResponse | { status: 'approved' }> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const { account_id, login_attempt_hash } = await consumeToken(trx, token, 'login', now);
    if (!login_attempt_hash) throw invalidToken();
    const attempt = await trx
      .selectFrom('login_attempts')
      .select(['partner_id', 'source_hash'])
      .where('id_hash', '=', login_attempt_hash)
      .executeTakeFirst();
    // The session belongs to the page that started the login: only that page's partner
    // may receive it here; anywhere else the link just approves the attempt.
    const sameTab =
      loginAttemptId !== undefined &&
      (await hashToken(loginAttemptId)) === login_attempt_hash &&
      (attempt?.partner_id ?? null) === partnerId;
    const moved = await trx
      .updateTable('login_attempts')
      .set(
        sameTab
          ? { status: 'completed', approved_at: now }
          : { status: 'approved', approved_at: now },
      )
      .where('id_hash', '=', login_attempt_hash)
      .where('status', '=', 'pending')
      .where('expires_at', '>', now)
      .returning('account_id')
      .executeTakeFirst();
    if (!moved || moved.account_id !== account_id) throw invalidToken();
    if (!sameTab) return { status: 'approved' as const };
    return openSession(
      trx,
      account_id,
      now,
      attempt?.partner_id ?? null,
      attempt?.source_hash ?? null,
    );
  });
}

/**
 * The original tab's poll: pending, or (once) the session of an approved
 * attempt; a denied attempt says so (403 login-denied), anything else is 404.
 */
export async function pollLogin(
  deps: AuthDeps,
  loginAttemptId: string,
  /** The partner the polling tab is embedded by (the session is bound to it), or null. */
  partnerId: string | null = null,
): Promise<SessionResponse | { status: 'pending'; expiresAt: string }> {
  const now = deps.now();
  const idHash = await hashToken(loginAttemptId);
  return deps.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('login_attempts')
      .set({ status: 'completed' })
      .where('id_hash', '=', idHash)
      .where('status', '=', 'approved')
      // Only the partner whose page started the login collects its session.
      .where(sql<boolean>`partner_id is not distinct from ${partnerId}::uuid`)
      .returning(['account_id', 'partner_id', 'source_hash'])
      .executeTakeFirst();
    if (claimed) {
      return openSession(trx, claimed.account_id, now, claimed.partner_id, claimed.source_hash);
    }
    const attempt = await trx
      .selectFrom('login_attempts')
      .select(['status', 'expires_at'])
      .where('id_hash', '=', idHash)
      .where(sql<boolean>`partner_id is not distinct from ${partnerId}::uuid`)
      .executeTakeFirst();
    if (attempt?.status === 'pending' && new Date(attempt.expires_at) > now) {
      return { status: 'pending' as const, expiresAt: new Date(attempt.expires_at).toISOString() };
    }
    if (attempt?.status === 'denied') throw loginDenied();
    throw new ProblemError(
      404,
      'login-attempt-unknown',
      'problem.auth_attempt_unknown.title',
      'problem.auth_attempt_unknown.detail',
    );
  });
}

/**
 * «Ce n'était pas moi» (the login e-mail's second link, confirmed on the
 * page: a GET never consumes it). The attempt is cancelled: its login link
 * stops working, the tab waiting for it is told, and if it had already
 * opened a session, the sessions opened since it was approved are ended.
 */
export async function denyLogin(deps: AuthDeps, token: string): Promise<{ status: 'denied' }> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const { account_id, login_attempt_hash } = await consumeToken(trx, token, 'login_deny', now);
    if (!login_attempt_hash) throw invalidToken();
    const before = await trx
      .selectFrom('login_attempts')
      .select(['status', 'approved_at'])
      .where('id_hash', '=', login_attempt_hash)
      .where('account_id', '=', account_id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw invalidToken();
    await trx
      .updateTable('login_attempts')
      .set({ status: 'denied', denied_at: now })
      .where('id_hash', '=', login_attempt_hash)
      .execute();
    await trx
      .updateTable('email_tokens')
      .set({ used_at: now })
      .where('login_attempt_hash', '=', login_attempt_hash)
      .where('used_at', 'is', null)
      .execute();
    let sessionsEnded = 0;
    if (before.status === 'completed' && before.approved_at) {
      const ended = await trx
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('account_id', '=', account_id)
        .where('created_at', '>=', before.approved_at)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      sessionsEnded = Number(ended.numUpdatedRows);
    }
    await audit(trx, account_id, 'account.login_denied', now, 'denied', {
      attemptStatus: before.status,
      sessionsEnded,
    });
    return { status: 'denied' as const };
  });
}
