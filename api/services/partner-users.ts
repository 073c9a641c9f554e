import type { Kysely } from 'kysely';
import type { PartnerSession, PartnerUserRole, PartnerUserView } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import type { PartnerActor } from '../http/partner-access.ts';
import { ProblemError } from '../http/problem.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../security/password.ts';
import { hit, resetThrottle } from '../security/throttle.ts';
import { hashToken, randomToken } from '../security/tokens.ts';
import { invalidToken, tooManyRequests } from './auth/policy.ts';
import { writePartnerAudit } from './partner-audit.ts';
import { openPartnerSession } from './partner-sessions.ts';

/** An invitation link works 7 days; a login link 15 minutes, once. */
export const PARTNER_INVITE_MS = 7 * 24 * 60 * 60_000;
export const PARTNER_LOGIN_LINK_MS = 15 * 60_000;
/** Failed passwords per e-mail address in 15 minutes before logins pause. */
const LOGIN_FAILURES = { limit: 10, windowMs: 15 * 60_000 };

const userExists = () =>
  new ProblemError(
    409,
    'partner-user-exists',
    'problem.partner_user_exists.title',
    'problem.partner_user_exists.detail',
  );
const loginFailed = () =>
  new ProblemError(
    401,
    'partner-login-failed',
    'problem.partner_login_failed.title',
    'problem.partner_login_failed.detail',
  );

async function issueToken(
  db: Kysely<Database>,
  userId: string,
  purpose: 'invite' | 'login',
  now: Date,
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('partner_user_tokens')
    .values({
      token_hash: await hashToken(token),
      user_id: userId,
      purpose,
      created_at: now,
      expires_at: new Date(
        now.getTime() + (purpose === 'invite' ? PARTNER_INVITE_MS : PARTNER_LOGIN_LINK_MS),
      ),
    })
    .execute();
  return token;
}

/** Uses a token once (compare-and-set): its user id, or a 400 problem. */
async function consumeToken(
  db: Kysely<Database>,
  token: string,
  purpose: 'invite' | 'login',
  now: Date,
): Promise<string> {
  const row = await db
    .updateTable('partner_user_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', await hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  if (!row) throw invalidToken();
  return row.user_id;
}

/**
 * Invites a person to the partner's portal with a role: the user, the e-mailed
 * link (`{portalUrl}?invite=…`, 7 days) and, when an admin of the partner does
 * it through the API, the audit row — one transaction. The CLI passes no actor.
 */
export async function invitePartnerUser(
  db: Kysely<Database>,
  input: {
    partnerId: string;
    email: string;
    role: PartnerUserRole;
    portalUrl: string;
    now: Date;
    actor?: PartnerActor;
  },
): Promise<{ user: PartnerUserView; token: string }> {
  const email = input.email.trim().toLowerCase();
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('partner_users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (existing) throw userExists();
    const user = await trx
      .insertInto('partner_users')
      .values({ partner_id: input.partnerId, email, role: input.role, created_at: input.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const token = await issueToken(trx, user.id, 'invite', input.now);
    const partner = await trx
      .selectFrom('partners')
      .select('name')
      .where('id', '=', input.partnerId)
      .executeTakeFirstOrThrow();
    const link = `${input.portalUrl}?invite=${encodeURIComponent(token)}`;
    await enqueueEmail(trx, {
      to: email,
      subject: `Invitation au portail partenaires CERTINOMIS — ${partner.name}`,
      text: `Bonjour,\n\nVous êtes invité(e) au portail partenaires CERTINOMIS de ${partner.name} (rôle : ${input.role}).\nChoisissez votre mot de passe ici (lien valable 7 jours) :\n${link}\n\nHello, you are invited to ${partner.name}'s CERTINOMIS partner portal (role: ${input.role}). Choose your password with the link above (valid 7 days).`,
    });
    if (input.actor) {
      await writePartnerAudit(trx, {
        partnerId: input.partnerId,
        actor: input.actor,
        action: 'user.invited',
        details: { email, role: input.role },
        now: input.now,
      });
    }
    return { user: userView(user), token };
  });
}

function userView(user: {
  id: string;
  email: string;
  role: PartnerUserRole;
  password_hash: string | null;
  created_at: Date;
}): PartnerUserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    active: user.password_hash !== null,
    createdAt: user.created_at.toISOString(),
  };
}

export async function listPartnerUsers(
  db: Kysely<Database>,
  partnerId: string,
): Promise<PartnerUserView[]> {
  const rows = await db
    .selectFrom('partner_users')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('email')
    .execute();
  return rows.map(userView);
}

/** Accepts an invitation: the chosen password is stored (PBKDF2), the token used once. */
export async function acceptPartnerInvite(
  db: Kysely<Database>,
  input: { token: string; password: string; now: Date },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const userId = await consumeToken(trx, input.token, 'invite', input.now);
    await trx
      .updateTable('partner_users')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
  });
}

/**
 * First factor: e-mail and password. A right pair e-mails a one-time login
 * link (`{portalUrl}?login=…`, 15 minutes): the second factor. Unknown
 * addresses cost the same KDF time and get the same 401 as a wrong password.
 */
export async function startPartnerLogin(
  db: Kysely<Database>,
  input: { email: string; password: string; portalUrl: string; now: Date },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const throttleKey = `partner-login:${email}`;
  const user = await db
    .selectFrom('partner_users as u')
    .innerJoin('partners as p', 'p.id', 'u.partner_id')
    .select(['u.id', 'u.password_hash'])
    .where('u.email', '=', email)
    .where('u.disabled_at', 'is', null)
    .where('p.disabled_at', 'is', null)
    .executeTakeFirst();
  const check = await verifyPassword(
    input.password,
    user?.password_hash ?? (await decoyPasswordHash()),
  );
  if (!user?.password_hash || !check.ok) {
    const counted = await hit(
      db,
      throttleKey,
      LOGIN_FAILURES.limit,
      LOGIN_FAILURES.windowMs,
      input.now,
    );
    if (!counted.allowed) {
      throw tooManyRequests(counted.retryAfterSeconds);
    }
    throw loginFailed();
  }
  await resetThrottle(db, throttleKey);
  await db.transaction().execute(async (trx) => {
    const token = await issueToken(trx, user.id, 'login', input.now);
    await enqueueEmail(trx, {
      to: email,
      subject: 'Connexion au portail partenaires CERTINOMIS',
      text: `Pour terminer votre connexion, ouvrez ce lien (valable 15 minutes, une seule fois) :\n${input.portalUrl}?login=${encodeURIComponent(token)}\n\nTo finish logging in, open the link above (valid 15 minutes, once). If it was not you, change your password.`,
    });
  });
}

/** Second factor: the e-mailed link's token becomes a portal session. */
export async function completePartnerLogin(
  db: Kysely<Database>,
  input: { token: string; now: Date },
): Promise<PartnerSession> {
  const userId = await consumeToken(db, input.token, 'login', input.now);
  const user = await db
    .selectFrom('partner_users')
    .select(['email', 'role'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const session = await openPartnerSession(db, userId, input.now);
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), user };
}
