import { type Kysely, sql, type Transaction } from 'kysely';
import type { LoginStarted, SessionResponse } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { LoginRequest, RegisterRequest } from '../../machines/schemas/auth.ts';
import type { Database, EmailTokenPurpose } from '../db/database.ts';
import { accountEmail } from '../emails/account-emails.ts';
import { ProblemError } from '../http/problem.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../security/password.ts';
import { hit, isBlocked, resetThrottle } from '../security/throttle.ts';
import { hashToken, randomToken } from '../security/tokens.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  now: () => Date;
  /** The client-space page that e-mailed links open (`?verify=`, `?login=`, `?reset=`). */
  clientSpaceUrl: string;
  /** Where operators' links land instead (the back office); default: the client space. */
  backOfficeUrl?: string;
}

const minute = 60_000;
const hour = 60 * minute;

/** Lifetimes and limits, in one place (README: "Client space"). */
export const authPolicy = {
  sessionMs: 8 * hour,
  loginLinkMs: 15 * minute,
  verifyLinkMs: 24 * hour,
  resetLinkMs: 30 * minute,
  failedLoginsPerAccount: { limit: 5, windowMs: 15 * minute },
  failedLoginsPerIp: { limit: 30, windowMs: 15 * minute },
  emailsPerAddress: { limit: 5, windowMs: hour },
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

/** Counts one e-mail sent to `email`; 429 past the per-address limit. */
async function limitEmails(deps: AuthDeps, email: string): Promise<void> {
  const { limit, windowMs } = authPolicy.emailsPerAddress;
  const result = await hit(deps.db, `mail:${email}`, limit, windowMs, deps.now());
  if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
}

async function issueToken(
  trx: Transaction<Database>,
  accountId: string,
  purpose: EmailTokenPurpose,
  lifetimeMs: number,
  now: Date,
  loginAttemptHash: string | null = null,
): Promise<string> {
  const token = randomToken();
  await trx
    .insertInto('email_tokens')
    .values({
      token_hash: await hashToken(token),
      account_id: accountId,
      purpose,
      login_attempt_hash: loginAttemptHash,
      created_at: now,
      expires_at: new Date(now.getTime() + lifetimeMs),
      used_at: null,
    })
    .execute();
  return token;
}

function link(
  deps: AuthDeps,
  parameter: 'verify' | 'login' | 'reset',
  token: string,
  role: 'customer' | 'operator' = 'customer',
): string {
  const url = new URL(
    role === 'operator' && deps.backOfficeUrl ? deps.backOfficeUrl : deps.clientSpaceUrl,
  );
  url.searchParams.set(parameter, token);
  return url.toString();
}

/**
 * Registration. Allowed only for an e-mail that placed an order; whatever
 * the e-mail, the caller sees the same answer (and spends the same hashing
 * time), so nobody learns who is a customer. The address is confirmed by
 * an e-mailed link before the first login.
 */
export async function register(deps: AuthDeps, request: RegisterRequest): Promise<void> {
  await limitEmails(deps, request.email);
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
  await deps.db.transaction().execute(async (trx) => {
    if (existing?.email_verified_at) {
      const email = accountEmail('alreadyRegistered', deps.clientSpaceUrl, existing.locale);
      await enqueueEmail(trx, { to: existing.email, ...email });
      return;
    }
    const account = existing
      ? await trx
          .updateTable('accounts')
          .set({ password_hash: passwordHash, locale: request.locale, password_changed_at: now })
          .where('id', '=', existing.id)
          .returning(['id', 'email', 'locale'])
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('accounts')
          .values({
            email: request.email,
            password_hash: passwordHash,
            locale: request.locale,
            email_verified_at: null,
            created_at: now,
            password_changed_at: now,
          })
          .returning(['id', 'email', 'locale'])
          .executeTakeFirstOrThrow();
    const token = await issueToken(trx, account.id, 'verify_email', authPolicy.verifyLinkMs, now);
    await enqueueEmail(trx, {
      to: account.email,
      ...accountEmail('verify', link(deps, 'verify', token), account.locale),
    });
    await trx
      .insertInto('audit_events')
      .values({
        occurred_at: now,
        actor_type: 'customer',
        actor_id: account.id,
        entity_type: 'account',
        entity_id: account.id,
        event: existing ? 'account.registration_renewed' : 'account.registered',
        from_state: null,
        to_state: 'unverified',
        data: JSON.stringify({}),
      })
      .execute();
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
    .returning(['account_id', 'login_attempt_hash'])
    .executeTakeFirst();
  if (!row) throw invalidToken();
  return row;
}

/** The e-mailed confirmation link: marks the address verified. */
export async function verifyEmail(deps: AuthDeps, token: string): Promise<void> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const { account_id } = await consumeToken(trx, token, 'verify_email', now);
    await trx
      .updateTable('accounts')
      .set({ email_verified_at: now })
      .where('id', '=', account_id)
      .where('email_verified_at', 'is', null)
      .execute();
  });
}

/**
 * First factor: e-mail + password. On success a login attempt is opened and
 * a one-time link is e-mailed (second factor). Failed passwords count
 * against the account and the IP; past the limits every try is a 429.
 */
export async function startLogin(
  deps: AuthDeps,
  request: LoginRequest,
  ip: string,
  /** The partner whose page asks (null: CERTINOMIS's own): the session will be bound to it. */
  partnerId: string | null = null,
): Promise<LoginStarted> {
  const now = deps.now();
  const { failedLoginsPerAccount: perAccount, failedLoginsPerIp: perIp } = authPolicy;
  const accountKey = `login-fail:${request.email}`;
  const ipKey = `login-fail-ip:${ip}`;
  for (const [key, rule] of [
    [accountKey, perAccount],
    [ipKey, perIp],
  ] as const) {
    const blocked = await isBlocked(deps.db, key, rule.limit, rule.windowMs, now);
    if (!blocked.allowed) throw tooManyRequests(blocked.retryAfterSeconds);
  }

  const account = await deps.db
    .selectFrom('accounts')
    .selectAll()
    .where('email', '=', request.email)
    .executeTakeFirst();
  const check = await verifyPassword(
    request.password,
    account?.password_hash ?? (await decoyPasswordHash()),
  );
  if (!account || !check.ok) {
    await hit(deps.db, accountKey, perAccount.limit, perAccount.windowMs, now);
    await hit(deps.db, ipKey, perIp.limit, perIp.windowMs, now);
    throw invalidCredentials();
  }
  await resetThrottle(deps.db, accountKey);

  await limitEmails(deps, account.email);
  if (!account.email_verified_at) {
    await deps.db.transaction().execute(async (trx) => {
      const token = await issueToken(trx, account.id, 'verify_email', authPolicy.verifyLinkMs, now);
      await enqueueEmail(trx, {
        to: account.email,
        ...accountEmail('verify', link(deps, 'verify', token), account.locale),
      });
    });
    throw new ProblemError(
      403,
      'email-unverified',
      'problem.auth_email_unverified.title',
      'problem.auth_email_unverified.detail',
    );
  }

  const attemptId = randomToken();
  const expiresAt = new Date(now.getTime() + authPolicy.loginLinkMs);
  await deps.db.transaction().execute(async (trx) => {
    const attemptHash = await hashToken(attemptId);
    await trx
      .insertInto('login_attempts')
      .values({
        id_hash: attemptHash,
        account_id: account.id,
        partner_id: partnerId,
        status: 'pending',
        created_at: now,
        expires_at: expiresAt,
        approved_at: null,
      })
      .execute();
    const token = await issueToken(
      trx,
      account.id,
      'login',
      authPolicy.loginLinkMs,
      now,
      attemptHash,
    );
    await enqueueEmail(trx, {
      to: account.email,
      ...accountEmail('login', link(deps, 'login', token, account.role), account.locale),
    });
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
  executor: Kysely<Database> | Transaction<Database>,
  accountId: string,
  now: Date,
  partnerId: string | null,
): Promise<SessionResponse> {
  const accessToken = randomToken();
  const expiresAt = new Date(now.getTime() + authPolicy.sessionMs);
  await executor
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
  return { accessToken, expiresAt: expiresAt.toISOString() };
}

/**
 * Second factor: the e-mailed token. With the attempt id of the tab that
 * typed the password, that tab gets its session at once. Without it (link
 * opened on another device), the attempt is approved and the original tab,
 * polling, receives the session.
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
      .select('partner_id')
      .where('id_hash', '=', login_attempt_hash)
      .executeTakeFirst();
    // The session belongs to the page that started the login: only that page's partner
    // may receive it here; anywhere else the link just approves the attempt.
    const sameTab =
      loginAttemptId !== undefined &&
      (await hashToken(loginAttemptId)) === login_attempt_hash &&
      (attempt?.partner_id ?? null) === partnerId;
    await trx
      .updateTable('login_attempts')
      .set(
        sameTab
          ? { status: 'completed', approved_at: now }
          : { status: 'approved', approved_at: now },
      )
      .where('id_hash', '=', login_attempt_hash)
      .where('status', '=', 'pending')
      .execute();
    if (!sameTab) return { status: 'approved' as const };
    return openSession(trx, account_id, now, attempt?.partner_id ?? null);
  });
}

/** The original tab's poll: pending, or (once) the session of an approved attempt. */
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
      .returning(['account_id', 'partner_id'])
      .executeTakeFirst();
    if (claimed) return openSession(trx, claimed.account_id, now, claimed.partner_id);
    const attempt = await trx
      .selectFrom('login_attempts')
      .select(['status', 'expires_at'])
      .where('id_hash', '=', idHash)
      .where(sql<boolean>`partner_id is not distinct from ${partnerId}::uuid`)
      .executeTakeFirst();
    if (attempt?.status === 'pending' && new Date(attempt.expires_at) > now) {
      return { status: 'pending' as const, expiresAt: new Date(attempt.expires_at).toISOString() };
    }
    throw new ProblemError(
      404,
      'login-attempt-unknown',
      'problem.auth_attempt_unknown.title',
      'problem.auth_attempt_unknown.detail',
    );
  });
}

/** Same answer whatever the address; an e-mail only when an account exists. */
export async function requestPasswordReset(deps: AuthDeps, email: string): Promise<void> {
  await limitEmails(deps, email);
  const now = deps.now();
  const account = await deps.db
    .selectFrom('accounts')
    .select(['id', 'email', 'locale', 'role'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!account) return;
  await deps.db.transaction().execute(async (trx) => {
    const token = await issueToken(trx, account.id, 'password_reset', authPolicy.resetLinkMs, now);
    await enqueueEmail(trx, {
      to: account.email,
      ...accountEmail('reset', link(deps, 'reset', token, account.role), account.locale),
    });
  });
}

/** Sets the new password, confirms the address (the link proved it) and ends every session. */
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
    await trx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('account_id', '=', account_id)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .insertInto('audit_events')
      .values({
        occurred_at: now,
        actor_type: 'customer',
        actor_id: account_id,
        entity_type: 'account',
        entity_id: account_id,
        event: 'account.password_reset',
        from_state: null,
        to_state: null,
        data: JSON.stringify({}),
      })
      .execute();
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
