import { sql } from 'kysely';
import type { LoginStarted } from '../../../machines/contract.ts';
import type { Locale } from '../../../machines/messages/index.ts';
import type { LoginRequest } from '../../../machines/schemas/auth.ts';
import { accountEmail } from '../../emails/account-emails.ts';
import { accountBrand, certinomisBrand } from '../../emails/brand.ts';
import { sourceNetwork } from '../../emails/request-origin.ts';
import { emailOutboxRow, enqueueEmail } from '../../outbox/enqueue.ts';
import {
  decoyPasswordHash,
  hashPassword,
  passwordKdf,
  verifyPassword,
} from '../../security/password.ts';
import { hit, throttleReset, throttleVerdict } from '../../security/throttle.ts';
import { hashToken, randomToken } from '../../security/tokens.ts';
import { issueToken, link, mayEmail, newToken } from './email-tokens.ts';
import {
  type AuthDeps,
  authPolicy,
  invalidCredentials,
  type LoginRequester,
  tooManyRequests,
} from './policy.ts';

/** A failure counter as the login's probe reads it (JSON). */
type ThrottleRow = { count: number; window_start: string };

/** What a login reads about the address (all null but `known_source` for a stranger). */
interface LoginProbe {
  id: string | null;
  email: string;
  password_hash: string;
  role: 'customer' | 'operator';
  locale: Locale;
  email_verified_at: Date | null;
  pending_password_hash: string | null;
  known_source: boolean;
}

/**
 * First factor: e-mail + password. On success a login attempt is opened and
 * a one-time link is e-mailed (second factor), with where and when the
 * attempt started and a «Ce n'était pas moi» link that cancels it.
 *
 * A not yet confirmed address answers like a wrong password (its right
 * password has its confirmation link mailed again, after the answer).
 * Failed passwords count per (address, IP), per IP and per address; the
 * first two refuse only the IP that failed, the address-wide ceiling never
 * refuses a network that completed a login to this account before. The same
 * queries and one password hash run whether the address exists or not.
 * Operators log in only on the API's own pages: through a partner key or
 * from another origin their right password is answered like a wrong one,
 * after the same hashing (so neither the answer nor its timing tells a role).
 */
export async function startLogin(
  deps: AuthDeps,
  request: LoginRequest,
  from: LoginRequester,
): Promise<LoginStarted> {
  const now = deps.now();
  const policy = authPolicy;
  const keys = {
    ip: `login-fail-ip:${from.ip}`,
    source: `login-fail:${request.email}|${from.ip}`,
    account: `login-fail-all:${request.email}`,
  };

  const network = sourceNetwork(from.ip);
  const sourceHash = network ? await hashToken(`login-source:${network}`) : null;
  // One row whether or not the address exists (its columns null then): the same query, with
  // the same sub-queries run, for a stranger as for a customer. The three failure counters
  // come in the same statement (one round trip, issue 21).
  const throttle = (key: string) =>
    sql`(select json_build_object('count', t.count, 'window_start', t.window_start)
           from throttles t where t.key = ${key})`;
  const probe = await sql<
    LoginProbe & Record<'ip_counter' | 'source_counter' | 'account_counter', ThrottleRow | null>
  >`
    select a.id, a.email, a.password_hash, a.role, a.locale, a.email_verified_at,
      (select t.password_hash from email_tokens t
        where t.account_id = a.id and t.purpose = 'verify_email' and t.used_at is null
          and t.expires_at > ${now} and t.password_hash is not null
        order by t.created_at desc limit 1) as pending_password_hash,
      exists (select 1 from login_sources s
        where s.account_id = a.id and s.source_hash = ${sourceHash ?? ''}) as known_source,
      ${throttle(keys.ip)} as ip_counter, ${throttle(keys.source)} as source_counter,
      ${throttle(keys.account)} as account_counter
    from (select 1) as probe left join accounts a on a.email = ${request.email}`.execute(deps.db);
  const row = probe.rows[0];
  for (const [counter, rule] of [
    [row?.ip_counter, policy.failedLoginsPerIp],
    [row?.source_counter, policy.failedLoginsPerSource],
  ] as const) {
    const blocked = throttleVerdict(counter, rule.limit, rule.windowMs, now);
    if (!blocked.allowed) throw tooManyRequests(blocked.retryAfterSeconds);
  }
  const account = row?.id ? (row as LoginProbe & { id: string }) : undefined;

  const ceiling = policy.failedLoginsPerAccount;
  const overCeiling = throttleVerdict(row?.account_counter, ceiling.limit, ceiling.windowMs, now);
  if (!overCeiling.allowed && !account?.known_source) {
    throw tooManyRequests(overCeiling.retryAfterSeconds);
  }

  const verified = Boolean(account?.email_verified_at);
  const candidate = verified
    ? account?.password_hash
    : (account?.pending_password_hash ?? account?.password_hash);
  const stored = candidate?.startsWith(`${passwordKdf.name}$`)
    ? candidate
    : await decoyPasswordHash();
  const check = await verifyPassword(request.password, stored);
  const operatorElsewhere =
    account?.role === 'operator' && (from.partnerId !== null || from.crossOrigin);
  // An address not confirmed yet is answered like a wrong password: a 403 there would tell
  // anyone who registered an address with a password of his choosing that it placed an order.
  if (!account || !check.ok || operatorElsewhere || !verified) {
    await hit(
      deps.db,
      keys.ip,
      policy.failedLoginsPerIp.limit,
      policy.failedLoginsPerIp.windowMs,
      now,
    );
    await hit(
      deps.db,
      keys.source,
      policy.failedLoginsPerSource.limit,
      policy.failedLoginsPerSource.windowMs,
      now,
    );
    await hit(deps.db, keys.account, ceiling.limit, ceiling.windowMs, now);
    if (account && check.ok && !verified) {
      // The password of a pending registration: that registration's link again, after the
      // answer (so its cost does not show in it). Accounts from before pending credentials
      // keep their password in the account row: their link carries none.
      const pending = account.pending_password_hash;
      const origin = { ip: from.ip, userAgent: from.userAgent, at: now };
      (from.afterAnswer ?? ((work) => void work()))(async () => {
        if (!(await mayEmail(deps, 'verify', account.email))) return;
        const brand = await accountBrand(deps.db, account.email, from.partnerId);
        await deps.db.transaction().execute(async (trx) => {
          const token = await issueToken(
            trx,
            account.id,
            'verify_email',
            authPolicy.verifyLinkMs,
            now,
            pending ? { passwordHash: pending } : {},
          );
          await enqueueEmail(trx, {
            to: account.email,
            ...accountEmail(
              'verify',
              link(deps, 'verify', token, 'customer', brand),
              account.locale,
              { origin, brand },
            ),
          });
        });
      });
    }
    throw invalidCredentials();
  }
  const origin = { ip: from.ip, userAgent: from.userAgent, at: now };
  const attemptId = randomToken();
  const expiresAt = new Date(now.getTime() + authPolicy.loginLinkMs);
  const [mail, brand, attemptHash] = await Promise.all([
    mayEmail(deps, 'login', account.email),
    // Operators' links land on the back office, in CERTINOMIS's name.
    account.role === 'operator'
      ? certinomisBrand
      : accountBrand(deps.db, account.email, from.partnerId),
    hashToken(attemptId),
  ]);
  // One statement, atomic without BEGIN/COMMIT (issue 21): the source's failure counter
  // reset, the attempt and, within the e-mail allowance, its two links and their e-mail.
  // Past the allowance the attempt exists but no link is sent: it simply expires.
  const opened = deps.db
    .with('reset', (q) => throttleReset(q, keys.source).returning('key'))
    .with('attempt', (q) =>
      q
        .insertInto('login_attempts')
        .values({
          id_hash: attemptHash,
          account_id: account.id,
          partner_id: from.partnerId,
          status: 'pending',
          created_at: now,
          expires_at: expiresAt,
          approved_at: null,
          source_hash: sourceHash,
          denied_at: null,
        })
        .returning('id_hash'),
    );
  if (mail) {
    const forAttempt = { loginAttemptHash: attemptHash };
    const [login, deny] = await Promise.all([
      newToken(account.id, 'login', authPolicy.loginLinkMs, now, forAttempt),
      newToken(account.id, 'login_deny', authPolicy.denyLinkMs, now, forAttempt),
    ]);
    const email = emailOutboxRow({
      to: account.email,
      ...accountEmail(
        'login',
        link(deps, 'login', login.token, account.role, brand),
        account.locale,
        {
          origin,
          brand,
          // The client space confirms denials for operators too (no session needed there).
          denyLink: link(deps, 'deny', deny.token, 'customer', brand),
        },
      ),
    });
    await opened
      .with('tokens', (q) =>
        q.insertInto('email_tokens').values([login.row, deny.row]).returning('token_hash'),
      )
      .with('mail', (q) => q.insertInto('outbox').values(email).returning('id'))
      .selectFrom('attempt')
      .select('id_hash')
      .execute();
  } else {
    await opened.selectFrom('attempt').select('id_hash').execute();
  }
  if (check.needsRehash) {
    // Rare (the KDF's parameters changed since the password was set), and on its own: the
    // login stands whether or not the stronger hash is written this time.
    await deps.db
      .updateTable('accounts')
      .set({ password_hash: await hashPassword(request.password) })
      .where('id', '=', account.id)
      .execute();
  }
  return { loginAttemptId: attemptId, expiresAt: expiresAt.toISOString() };
}
