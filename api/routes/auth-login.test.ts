/**
 * The client space login: the password, then the link e-mailed for that attempt (same tab or
 * another device), its limits per IP, logout and expiry. Fixture: api/testing/client-space.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  DossierRow,
  LoginStarted,
  MeResponse,
  Page,
  Problem,
  SessionResponse,
} from '../../machines/contract.ts';
import {
  attackerIp,
  bearer,
  buyer,
  clientSpace,
  password,
  victimIp,
} from '../testing/client-space.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`client space authentication: login (${databaseKind})`, () => {
  let t: TestApp;
  const { advance, order, linkToken, registerAndVerify, logIn } = clientSpace(
    async (overrides) => (t = await createTestApp(overrides)),
  );

  describe('login: password, then the e-mailed link', () => {
    beforeEach(async () => {
      await order(buyer, 3);
      await registerAndVerify();
    });

    it('opens a session in the same tab and lists one dossier per certificate', async () => {
      const token = await logIn();
      const me = await t.call('GET', '/v1/me', undefined, bearer(token));
      expect(((await me.json()) as MeResponse).email).toBe(buyer);
      const list = await t.call('GET', '/v1/me/dossiers', undefined, bearer(token));
      expect(list.status).toBe(200);
      const page = (await list.json()) as Page<DossierRow>;
      expect(page.items).toHaveLength(3);
      expect(page.items[0]).toMatchObject({
        productLabel: 'Certificat Décideur - 1 an',
        status: 'to_complete',
        statusLabel: 'Demande à compléter',
      });
      expect(page.items[0]?.orderReference).toMatch(/^BD\d{11}$/);
    });

    it('completes a login approved from another device through polling, once', async () => {
      const started = (await (
        await t.call('POST', '/v1/auth/login', { email: buyer, password })
      ).json()) as LoginStarted;
      const pending = await t.call('GET', `/v1/auth/login/${started.loginAttemptId}`);
      expect(pending.status).toBe(202);
      const approved = await t.call('POST', '/v1/auth/verify', {
        token: await linkToken(buyer, 'login'),
      });
      expect(await approved.json()).toEqual({ status: 'approved' });
      const polled = await t.call('GET', `/v1/auth/login/${started.loginAttemptId}`);
      expect(polled.status).toBe(200);
      const { accessToken } = (await polled.json()) as SessionResponse;
      expect((await t.call('GET', '/v1/me', undefined, bearer(accessToken))).status).toBe(200);
      expect((await t.call('GET', `/v1/auth/login/${started.loginAttemptId}`)).status).toBe(404);
    });

    it('refuses a used link and an expired link', async () => {
      const started = (await (
        await t.call('POST', '/v1/auth/login', { email: buyer, password })
      ).json()) as LoginStarted;
      const token = await linkToken(buyer, 'login');
      expect(
        (await t.call('POST', '/v1/auth/verify', { token, loginAttemptId: started.loginAttemptId }))
          .status,
      ).toBe(200);
      const reused = await t.call('POST', '/v1/auth/verify', {
        token,
        loginAttemptId: started.loginAttemptId,
      });
      expect(reused.status).toBe(400);
      expect(((await reused.json()) as Problem).type).toMatch(/invalid-token$/);

      await t.call('POST', '/v1/auth/login', { email: buyer, password });
      const late = await linkToken(buyer, 'login');
      advance(16 * 60_000);
      expect((await t.call('POST', '/v1/auth/verify', { token: late })).status).toBe(400);
    });

    it('stores tokens hashed, never in clear', async () => {
      await t.call('POST', '/v1/auth/login', { email: buyer, password });
      const token = await linkToken(buyer, 'login');
      const rows = await t.db.selectFrom('email_tokens').select('token_hash').execute();
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });

    it('answers a wrong password and an unknown e-mail alike (401)', async () => {
      const wrong = await t.call('POST', '/v1/auth/login', {
        email: buyer,
        password: 'not the password',
      });
      const nobody = await t.call('POST', '/v1/auth/login', {
        email: 'nobody@example.org',
        password,
      });
      expect(wrong.status).toBe(401);
      expect(nobody.status).toBe(401);
      expect(await nobody.json()).toEqual(await wrong.json());
    });

    it('refuses further tries from the IP that failed five times (429, Retry-After), not the owner elsewhere', async () => {
      for (let i = 0; i < 5; i++) {
        const res = await t.call(
          'POST',
          '/v1/auth/login',
          { email: buyer, password: `wrong ${i}` },
          attackerIp,
        );
        expect(res.status).toBe(401);
      }
      const blocked = await t.call(
        'POST',
        '/v1/auth/login',
        { email: buyer, password },
        attackerIp,
      );
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(
        (await t.call('POST', '/v1/auth/login', { email: buyer, password }, victimIp)).status,
      ).toBe(202);
      advance(15 * 60_000 + 1000);
      expect(
        (await t.call('POST', '/v1/auth/login', { email: buyer, password }, attackerIp)).status,
      ).toBe(202);
    });

    it('throttles failed logins per IP across accounts', async () => {
      const ip = { 'X-Forwarded-For': '203.0.113.9' };
      for (let i = 0; i < 30; i++) {
        await t.call(
          'POST',
          '/v1/auth/login',
          { email: `user${i}@example.org`, password: 'wrong password' },
          ip,
        );
      }
      expect((await t.call('POST', '/v1/auth/login', { email: buyer, password }, ip)).status).toBe(
        429,
      );
      expect((await t.call('POST', '/v1/auth/login', { email: buyer, password })).status).toBe(202);
    });

    it('logs out on the server: the token stops working at once, cached or not', async () => {
      const token = await logIn();
      // Used first: the session is then in this process's cache (api/services/auth/sessions.ts).
      expect((await t.call('GET', '/v1/me/dossiers', undefined, bearer(token))).status).toBe(200);
      expect((await t.call('POST', '/v1/auth/logout', undefined, bearer(token))).status).toBe(204);
      expect((await t.call('GET', '/v1/me/dossiers', undefined, bearer(token))).status).toBe(401);
    });

    it('expires sessions, cached or not', async () => {
      const token = await logIn();
      expect((await t.call('GET', '/v1/me', undefined, bearer(token))).status).toBe(200);
      advance(8 * 3600_000 + 1000);
      expect((await t.call('GET', '/v1/me', undefined, bearer(token))).status).toBe(401);
    });
  });
});
