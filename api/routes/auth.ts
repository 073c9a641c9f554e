import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import type {
  AuthAccepted,
  EmailVerified,
  LoginDenied,
  LoginStarted,
  PasswordResetDone,
  PollLoginResponse,
  VerifyLoginResponse,
} from '../../machines/contract.ts';
import {
  denyLoginSchema,
  loginSchema,
  passwordResetConfirmSchema,
  passwordResetSchema,
  registerSchema,
  tokenSchema,
  verifyEmailSchema,
  verifyLoginSchema,
} from '../../machines/schemas/auth.ts';
import type { Database } from '../db/database.ts';
import { type AuthEnv, requireAccount } from '../http/auth.ts';
import { parseOrThrow, readJson } from '../http/body.ts';
import { clientIpOf } from '../http/client-ip.ts';
import { partnerOf } from '../http/partner.ts';
import { startLogin } from '../services/auth/login.ts';
import { denyLogin, pollLogin, verifyLogin } from '../services/auth/login-approval.ts';
import { confirmPasswordReset, requestPasswordReset } from '../services/auth/password-reset.ts';
import { limitAccountRequests, type Requester } from '../services/auth/policy.ts';
import { register, verifyEmail } from '../services/auth/registration.ts';
import { logout } from '../services/auth/sessions.ts';

export interface AuthRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
  /** The back office's page (an own origin, like the client space). */
  backOfficeUrl?: string;
  onOutboxWrite?: () => void;
  /** Keeps work that runs after the answer alive (Workers: until it settles). */
  background?: (task: Promise<unknown>) => void;
  reportError?: (error: unknown, context: { requestId: string; path: string }) => void;
}

/**
 * `/v1/auth`: register, confirm the address, log in with password + e-mailed
 * link (second factor), poll a login from another device, deny a login that
 * was not the owner's, reset the password, log out. Answers never reveal
 * whether an address has an account: registration and reset answer 202 at
 * once and do their work (hashing, look-ups, e-mails) after the answer.
 */
export function authRoutes(deps: AuthRouteDeps) {
  const mailed = () => deps.onOutboxWrite?.();
  const reportError = deps.reportError ?? ((error) => console.error(error));
  const ownOrigins = [deps.clientSpaceUrl, deps.backOfficeUrl]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin);
  const app = new Hono<AuthEnv>();

  const requester = (c: Context): Requester => ({
    ip: clientIpOf(c),
    userAgent: c.req.header('User-Agent') ?? null,
  });

  /** Runs `work` after the answer: its duration (and whether it e-mails) never shows in it. */
  const afterAnswer = (c: Context, work: () => Promise<void>) => {
    const requestId = c.req.header('X-Request-Id') ?? '';
    const task = work().then(mailed, (error) =>
      reportError(error, { requestId, path: c.req.path }),
    );
    deps.background?.(task);
  };

  app.post('/register', async (c) => {
    const request = await readJson(c, registerSchema);
    const from = requester(c);
    await limitAccountRequests(deps, from.ip);
    afterAnswer(c, () => register(deps, request, from));
    return c.json({ status: 'pending' } satisfies AuthAccepted, 202);
  });

  app.post('/verify-email', async (c) => {
    const { token } = await readJson(c, verifyEmailSchema);
    await verifyEmail(deps, token);
    return c.json({ status: 'verified' } satisfies EmailVerified);
  });

  app.post('/login', async (c) => {
    const origin = c.req.header('Origin');
    const started = await startLogin(deps, await readJson(c, loginSchema), {
      ...requester(c),
      afterAnswer: (work) => afterAnswer(c, work),
      partnerId: partnerOf(c)?.id ?? null,
      crossOrigin:
        origin !== undefined &&
        origin !== new URL(c.req.url).origin &&
        !ownOrigins.includes(origin),
    });
    mailed();
    return c.json(started satisfies LoginStarted, 202);
  });

  app.post('/verify', async (c) => {
    const { token, loginAttemptId } = await readJson(c, verifyLoginSchema);
    const result = await verifyLogin(deps, token, loginAttemptId, partnerOf(c)?.id ?? null);
    c.header('Cache-Control', 'no-store');
    return c.json(result satisfies VerifyLoginResponse);
  });

  app.post('/login/deny', async (c) => {
    const { token } = await readJson(c, denyLoginSchema);
    return c.json((await denyLogin(deps, token)) satisfies LoginDenied);
  });

  app.get('/login/:attemptId', async (c) => {
    const attemptId = parseOrThrow(c, tokenSchema, c.req.param('attemptId'));
    const result: PollLoginResponse = await pollLogin(deps, attemptId, partnerOf(c)?.id ?? null);
    c.header('Cache-Control', 'no-store');
    return 'accessToken' in result ? c.json(result) : c.json(result, 202);
  });

  app.post('/password-reset', async (c) => {
    const { email } = await readJson(c, passwordResetSchema);
    const from = requester(c);
    await limitAccountRequests(deps, from.ip);
    afterAnswer(c, () => requestPasswordReset(deps, email, from));
    return c.json({ status: 'pending' } satisfies AuthAccepted, 202);
  });

  app.post('/password-reset/confirm', async (c) => {
    const { token, password } = await readJson(c, passwordResetConfirmSchema);
    await confirmPasswordReset(deps, token, password);
    return c.json({ status: 'ok' } satisfies PasswordResetDone);
  });

  app.post('/logout', requireAccount(deps), async (c) => {
    await logout(deps, c.get('account').sessionHash);
    return c.body(null, 204);
  });

  return app;
}
