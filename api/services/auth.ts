import { type Kysely, sql, type Transaction } from 'kysely';
import type { LoginStarted, SessionResponse } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { LoginRequest, RegisterRequest } from '../../machines/schemas/auth.ts';
import type { Database, EmailTokenPurpose } from '../db/database.ts';
import { accountEmail } from '../emails/account-emails.ts';
import { sourceNetwork } from '../emails/request-origin.ts';
import { ProblemError } from '../http/problem.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import {
  decoyPasswordHash,
  hashPassword,
  passwordKdf,
  verifyPassword,
} from '../security/password.ts';
import { hit, isBlocked, resetThrottle } from '../security/throttle.ts';
import { hashToken, randomToken } from '../security/tokens.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  now: () => Date;
  /** The client-space page that e-mailed links open (`?verify=`, `?login=`, `?reset=`, `?deny=`). */
  clientSpaceUrl: string;
  /** Where operators' links land instead (the back office); default: the client space. */
  backOfficeUrl?: string;
}

/** Who is asking, as far as the API can tell: what e-mails name and throttles count. */
export interface Requester {
  /** The client address (api/http/client-ip.ts clientIpOf), or "unknown". */
  ip: string;
  userAgent: string | null;
}

/** Where a login is typed: the requester, and the page it is typed on. */
export interface LoginRequester extends Requester {
  /** The partner whose page asks (null: CERTINOMIS's own): the session will be bound to it. */
  partnerId: string | null;
  /** The browser's Origin is none of the API's own (client space, back office). */
  crossOrigin: boolean;
  /** Runs work after the answer (the route's); default: at once, not awaited. */
  afterAnswer?: (work: () => Promise<void>) => void;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Lifetimes and limits, in one place (README: "Client space", with the ASVS
 * V6 reading). What an attacker can spend without the password (failed logins,
 * reset and registration requests) never blocks the owner's correct login:
 * failures count per (address, IP) and per IP; the address-wide ceiling is far
 * above what those allow and never applies to a network that logged in before;
 * e-mails past their allowance are silently not sent.
 */
export const authPolicy = {
  sessionMs: 8 * hour,
  loginLinkMs: 15 * minute,
  /** The «Ce n'était pas moi» link outlives the login link: it also ends a session it opened. */
  denyLinkMs: 7 * day,
  verifyLinkMs: 24 * hour,
  resetLinkMs: 30 * minute,
  /** Wrong passwords for one address from one IP. */
  failedLoginsPerSource: { limit: 5, windowMs: 15 * minute },
  /** Wrong passwords from one IP, whatever the address. */
  failedLoginsPerIp: { limit: 30, windowMs: 15 * minute },
  /** Wrong passwords for one address from anywhere (a botnet); known networks are exempt. */
  failedLoginsPerAccount: { limit: 100, windowMs: hour },
  /** Registration and reset requests from one IP (each costs a password hash). */
  accountRequestsPerIp: { limit: 100, windowMs: 15 * minute },
  /** E-mails per address and kind; past them the request is answered alike, unsent. */
  emails: {
    verify: { limit: 5, windowMs: hour },
    reset: { limit: 5, windowMs: hour },
    /** Only the password's holder triggers these. */
    login: { limit: 10, windowMs: 15 * minute },
  },
};

export function tooManyRequests(retryAfterSeconds: number): ProblemError {
  return new ProblemError(
    429,
    'too-many-requests',
    'problem.too_many_requests.title',
    'problem.too_many_requests.detail',
    { seconds: retryAfterSeconds },
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

const invalidCredentials = () =>
  new ProblemError(
    401,
    'invalid-credentials',
    'problem.auth_invalid_credentials.title',
    'problem.auth_invalid_credentials.detail',
  );

export const invalidToken = () =>
  new ProblemError(
    400,
    'invalid-token',
    'problem.auth_token_invalid.title',
    'problem.auth_token_invalid.detail',
  );

const loginDenied = () =>
  new ProblemError(
    403,
    'login-denied',
    'problem.auth_login_denied.title',
    'problem.auth_login_denied.detail',
  );

/**
 * Registration and reset requests from one IP: 429 past the limit. Counted
 * by IP only, before anything about the address is looked at, so the answer
 * never depends on the address.
 */
export async function limitAccountRequests(deps: AuthDeps, ip: string): Promise<void> {
  const { limit, windowMs } = authPolicy.accountRequestsPerIp;
  const result = await hit(deps.db, `account-requests-ip:${ip}`, limit, windowMs, deps.now());
  if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
}

/** Counts one e-mail of `kind` to `email`: false past the allowance (then it is not sent). */
async function mayEmail(
  deps: AuthDeps,
  kind: keyof typeof authPolicy.emails,
  email: string,
): Promise<boolean> {
  const { limit, windowMs } = authPolicy.emails[kind];
  return (await hit(deps.db, `mail:${kind}:${email}`, limit, windowMs, deps.now())).allowed;
}

async function issueToken(
  trx: Transaction<Database>,
  accountId: string,
  purpose: EmailTokenPurpose,
  lifetimeMs: number,
  now: Date,
  extra: { loginAttemptHash?: string; passwordHash?: string } = {},
): Promise<string> {
  const token = randomToken();
  await trx
    .insertInto('email_tokens')
    .values({
      token_hash: await hashToken(token),
      account_id: accountId,
      purpose,
      login_attempt_hash: extra.loginAttemptHash ?? null,
      password_hash: extra.passwordHash ?? null,
      created_at: now,
      expires_at: new Date(now.getTime() + lifetimeMs),
      used_at: null,
    })
    .execute();
  return token;
}

function link(
  deps: AuthDeps,
  parameter: 'verify' | 'login' | 'reset' | 'deny',
  token: string,
  role: 'customer' | 'operator' = 'customer',
): string {
  const url = new URL(
    role === 'operator' && deps.backOfficeUrl ? deps.backOfficeUrl : deps.clientSpaceUrl,
  );
  url.searchParams.set(parameter, token);
  return url.toString();
}

async function audit(
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
  await deps.db.transaction().execute(async (trx) => {
    if (existing?.email_verified_at) {
      const email = accountEmail('alreadyRegistered', deps.clientSpaceUrl, existing.locale);
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
      ...accountEmail('verify', link(deps, 'verify', token), request.locale, { origin }),
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

/** Consumes a one-time token of `purpose`: single use (atomic), unexpired, or 400. */
async function consumeToken(
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
async function retireTokens(
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
  for (const [key, rule] of [
    [keys.ip, policy.failedLoginsPerIp],
    [keys.source, policy.failedLoginsPerSource],
  ] as const) {
    const blocked = await isBlocked(deps.db, key, rule.limit, rule.windowMs, now);
    if (!blocked.allowed) throw tooManyRequests(blocked.retryAfterSeconds);
  }

  const network = sourceNetwork(from.ip);
  const sourceHash = network ? await hashToken(`login-source:${network}`) : null;
  // One row whether or not the address exists (its columns null then): the same query, with
  // the same sub-queries run, for a stranger as for a customer.
  const probe = await sql<LoginProbe>`
    select a.id, a.email, a.password_hash, a.role, a.locale, a.email_verified_at,
      (select t.password_hash from email_tokens t
        where t.account_id = a.id and t.purpose = 'verify_email' and t.used_at is null
          and t.expires_at > ${now} and t.password_hash is not null
        order by t.created_at desc limit 1) as pending_password_hash,
      exists (select 1 from login_sources s
        where s.account_id = a.id and s.source_hash = ${sourceHash ?? ''}) as known_source
    from (select 1) as probe left join accounts a on a.email = ${request.email}`.execute(deps.db);
  const row = probe.rows[0];
  const account = row?.id ? (row as LoginProbe & { id: string }) : undefined;

  const ceiling = policy.failedLoginsPerAccount;
  const overCeiling = await isBlocked(deps.db, keys.account, ceiling.limit, ceiling.windowMs, now);
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
            ...accountEmail('verify', link(deps, 'verify', token), account.locale, { origin }),
          });
        });
      });
    }
    throw invalidCredentials();
  }
  await resetThrottle(deps.db, keys.source);
  const origin = { ip: from.ip, userAgent: from.userAgent, at: now };

  const attemptId = randomToken();
  const expiresAt = new Date(now.getTime() + authPolicy.loginLinkMs);
  const mail = await mayEmail(deps, 'login', account.email);
  await deps.db.transaction().execute(async (trx) => {
    const attemptHash = await hashToken(attemptId);
    await trx
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
      .execute();
    // Past the allowance the attempt exists but no link is sent: it simply expires.
    if (mail) {
      const token = await issueToken(trx, account.id, 'login', authPolicy.loginLinkMs, now, {
        loginAttemptHash: attemptHash,
      });
      const denyToken = await issueToken(
        trx,
        account.id,
        'login_deny',
        authPolicy.denyLinkMs,
        now,
        {
          loginAttemptHash: attemptHash,
        },
      );
      await enqueueEmail(trx, {
        to: account.email,
        ...accountEmail('login', link(deps, 'login', token, account.role), account.locale, {
          origin,
          // The client space confirms denials for operators too (no session needed there).
          denyLink: link(deps, 'deny', denyToken),
        }),
      });
    }
    if (check.needsRehash) {
      await trx
        .updateTable('accounts')
        .set({ password_hash: await hashPassword(request.password) })
        .where('id', '=', account.id)
        .execute();
    }
  });
  return { loginAttemptId: attemptId, expiresAt: expiresAt.toISOString() };
}

async function openSession(
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
  await deps.db.transaction().execute(async (trx) => {
    const token = await issueToken(trx, account.id, 'password_reset', authPolicy.resetLinkMs, now);
    await enqueueEmail(trx, {
      to: account.email,
      ...accountEmail('reset', link(deps, 'reset', token, account.role), account.locale, {
        origin: { ...from, at: now },
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
