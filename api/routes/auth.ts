import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
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
import {
  confirmPasswordReset,
  logout,
  pollLogin,
  register,
  requestPasswordReset,
  startLogin,
  verifyEmail,
  verifyLogin,
} from '../services/auth.ts';

export interface AuthRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
  onOutboxWrite?: () => void;
}

/**
 * `/v1/auth`: register, confirm the address, log in with password + e-mailed
 * link (second factor), poll a login from another device, reset the
 * password, log out. Answers never reveal whether an address has an account.
 */
export function authRoutes(deps: AuthRouteDeps) {
  const mailed = () => deps.onOutboxWrite?.();
  const app = new Hono<AuthEnv>();

  app.post('/register', async (c) => {
    await register(deps, await readJson(c, registerSchema));
    mailed();
    return c.json({ status: 'pending' }, 202);
  });

  app.post('/verify-email', async (c) => {
    const { token } = await readJson(c, verifyEmailSchema);
    await verifyEmail(deps, token);
    return c.json({ status: 'verified' });
  });

  app.post('/login', async (c) => {
    const started = await startLogin(
      deps,
      await readJson(c, loginSchema),
      clientIpOf(c),
      partnerOf(c)?.id ?? null,
    );
    mailed();
    return c.json(started, 202);
  });

  app.post('/verify', async (c) => {
    const { token, loginAttemptId } = await readJson(c, verifyLoginSchema);
    const result = await verifyLogin(deps, token, loginAttemptId, partnerOf(c)?.id ?? null);
    c.header('Cache-Control', 'no-store');
    return c.json(result);
  });

  app.get('/login/:attemptId', async (c) => {
    const attemptId = parseOrThrow(c, tokenSchema, c.req.param('attemptId'));
    const result = await pollLogin(deps, attemptId, partnerOf(c)?.id ?? null);
    c.header('Cache-Control', 'no-store');
    return 'accessToken' in result ? c.json(result) : c.json(result, 202);
  });

  app.post('/password-reset', async (c) => {
    const { email } = await readJson(c, passwordResetSchema);
    await requestPasswordReset(deps, email);
    mailed();
    return c.json({ status: 'pending' }, 202);
  });

  app.post('/password-reset/confirm', async (c) => {
    const { token, password } = await readJson(c, passwordResetConfirmSchema);
    await confirmPasswordReset(deps, token, password);
    return c.json({ status: 'ok' });
  });

  app.post('/logout', requireAccount(deps), async (c) => {
    await logout(deps, c.get('account').sessionHash);
    return c.body(null, 204);
  });

  return app;
}
