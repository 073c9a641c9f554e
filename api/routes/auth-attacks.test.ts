/**
 * Attacks on client accounts (issue 14): takeover before confirmation, lockout, distributed
 * guessing, a login link used for another attempt, «Ce n’était pas moi», operators’ logins
 * through partner pages, and answers that would tell a known address from an unknown one.
 * Fixture: api/testing/client-space.ts.
 */
import { describe, expect, it } from 'vitest';
import type { LoginStarted, Problem } from '../../machines/contract.ts';
import { hashPassword } from '../security/password.ts';
import {
  attackerIp,
  attackerPassword,
  bearer,
  buyer,
  chromeOnWindows,
  clientSpace,
  password,
  victimIp,
} from '../testing/client-space.ts';
import { createTestApp, type TestApp, workerdUrl } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`client space authentication: attacks on accounts (${databaseKind})`, () => {
  let t: TestApp;
  const { advance, now, inbox, order, linkToken, registerAndVerify, logIn } = clientSpace(
    async (overrides) => (t = await createTestApp(overrides)),
  );

  describe('attacks on accounts (issue 14)', () => {
    const sessionsOf = async (email: string) =>
      (
        await t.db
          .selectFrom('sessions')
          .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
          .select('sessions.token_hash')
          .where('accounts.email', '=', email)
          .execute()
      ).length;

    it('takeover before confirmation: registering her address first sets no password of hers, and gets no session', async () => {
      await order();
      // The attacker registers the buyer's address with his password, before she does.
      const his = await t.call(
        'POST',
        '/v1/auth/register',
        { email: buyer, password: attackerPassword },
        attackerIp,
      );
      expect(his.status).toBe(202);
      await linkToken(buyer, 'verify');
      advance(60_000);
      // She registers, and confirms with the link of her registration (the newest).
      await t.call('POST', '/v1/auth/register', { email: buyer, password }, victimIp);
      const hers = await linkToken(buyer, 'verify', { count: 2 });
      // Meanwhile the attacker tries his password, his tab ready to wait for a login link.
      expect(
        (
          await t.call(
            'POST',
            '/v1/auth/login',
            { email: buyer, password: attackerPassword },
            attackerIp,
          )
        ).status,
      ).toBe(401);
      expect((await t.call('POST', '/v1/auth/verify-email', { token: hers })).status).toBe(200);
      // Confirmed with her password: his fails, the link of his registration no longer works.
      const attackerLogin = await t.call(
        'POST',
        '/v1/auth/login',
        { email: buyer, password: attackerPassword },
        attackerIp,
      );
      expect(attackerLogin.status).toBe(401);
      const hisLink = await linkToken(buyer, 'verify', { count: 2, nth: 1 });
      expect((await t.call('POST', '/v1/auth/verify-email', { token: hisLink })).status).toBe(400);
      expect(await sessionsOf(buyer)).toBe(0);
      const token = await logIn(buyer, victimIp);
      expect((await t.call('GET', '/v1/me', undefined, bearer(token))).status).toBe(200);
      expect(await sessionsOf(buyer)).toBe(1);
    });

    it('takeover before confirmation: registering again after her never replaces the password her link confirms', async () => {
      await order();
      await t.call('POST', '/v1/auth/register', { email: buyer, password }, victimIp);
      const hers = await linkToken(buyer, 'verify');
      await t.call(
        'POST',
        '/v1/auth/register',
        { email: buyer, password: attackerPassword },
        attackerIp,
      );
      await linkToken(buyer, 'verify', { count: 2 });
      expect((await t.call('POST', '/v1/auth/verify-email', { token: hers })).status).toBe(200);
      expect(
        (
          await t.call(
            'POST',
            '/v1/auth/login',
            { email: buyer, password: attackerPassword },
            attackerIp,
          )
        ).status,
      ).toBe(401);
      expect(await sessionsOf(buyer)).toBe(0);
      expect(
        (await t.call('POST', '/v1/auth/login', { email: buyer, password }, victimIp)).status,
      ).toBe(202);
      const audit = await t.db
        .selectFrom('audit_events')
        .select('event')
        .where('entity_type', '=', 'account')
        .execute();
      expect(audit.map((a) => a.event).sort()).toEqual([
        'account.email_verified',
        'account.registered',
        'account.registration_renewed',
      ]);
    });

    it('lockout: five resets and five wrong passwords from the attacker leave her login working', async () => {
      await order();
      await registerAndVerify();
      for (let i = 0; i < 6; i++) {
        const res = await t.call('POST', '/v1/auth/password-reset', { email: buyer }, attackerIp);
        expect(res.status).toBe(202);
      }
      for (let i = 0; i < 6; i++) {
        const res = await t.call(
          'POST',
          '/v1/auth/login',
          { email: buyer, password: `guess ${i}` },
          attackerIp,
        );
        expect(res.status).toBe(i < 5 ? 401 : 429);
      }
      // From her own IP her password works, and her login link is mailed.
      const token = await logIn(buyer, victimIp);
      expect((await t.call('GET', '/v1/me', undefined, bearer(token))).status).toBe(200);
    });

    it('a distributed guess reaches the address-wide ceiling, never the network she logged in from', async () => {
      await order();
      await registerAndVerify();
      await logIn(buyer, victimIp);
      for (let i = 0; i < 100; i++) {
        const res = await t.call(
          'POST',
          '/v1/auth/login',
          { email: buyer, password: `guess ${i}` },
          { 'X-Forwarded-For': `192.0.2.${i}` },
        );
        expect(res.status).toBe(401);
      }
      const newPlace = await t.call(
        'POST',
        '/v1/auth/login',
        { email: buyer, password },
        { 'X-Forwarded-For': '192.0.2.200' },
      );
      expect(newPlace.status).toBe(429);
      expect(
        (await t.call('POST', '/v1/auth/login', { email: buyer, password }, victimIp)).status,
      ).toBe(202);
    });

    it('a login link completes only its own attempt: her click never hands the attacker’s tab a session', async () => {
      await order();
      await registerAndVerify();
      // Someone who knows her password starts a login; so does she.
      const his = (await (
        await t.call('POST', '/v1/auth/login', { email: buyer, password }, attackerIp)
      ).json()) as LoginStarted;
      const hers = (await (
        await t.call('POST', '/v1/auth/login', { email: buyer, password }, victimIp)
      ).json()) as LoginStarted;
      // She opens her own e-mail's link on her phone (no attempt id): it approves hers only.
      const herLink = await linkToken(buyer, 'login', { count: 2 });
      const approved = await t.call('POST', '/v1/auth/verify', { token: herLink }, victimIp);
      expect(await approved.json()).toEqual({ status: 'approved' });
      expect((await t.call('GET', `/v1/auth/login/${his.loginAttemptId}`)).status).toBe(202);
      expect((await t.call('GET', `/v1/auth/login/${hers.loginAttemptId}`)).status).toBe(200);
      // His tab presenting her link with its own attempt id gets nothing either.
      const hisLink = await linkToken(buyer, 'login', { count: 2, nth: 1 });
      expect(
        (
          await t.call('POST', '/v1/auth/verify', {
            token: herLink,
            loginAttemptId: his.loginAttemptId,
          })
        ).status,
      ).toBe(400);
      expect(hisLink).not.toBe(herLink);
      expect(await sessionsOf(buyer)).toBe(1);
    });

    it('«Ce n’était pas moi» cancels the attempt: its link is refused, the waiting tab is told, it is audited', async () => {
      await order();
      await registerAndVerify();
      const started = (await (
        await t.call('POST', '/v1/auth/login', { email: buyer, password }, attackerIp)
      ).json()) as LoginStarted;
      const deny = await linkToken(buyer, 'deny');
      const loginLink = await linkToken(buyer, 'login');
      const denied = await t.call('POST', '/v1/auth/login/deny', { token: deny }, victimIp);
      expect(denied.status).toBe(200);
      expect(await denied.json()).toEqual({ status: 'denied' });
      expect((await t.call('POST', '/v1/auth/verify', { token: loginLink })).status).toBe(400);
      const poll = await t.call('GET', `/v1/auth/login/${started.loginAttemptId}`);
      expect(poll.status).toBe(403);
      const problem = (await poll.json()) as Problem;
      expect(problem.type).toMatch(/login-denied$/);
      expect(problem.detail).toMatch(/Ce n’était pas moi/);
      expect((await t.call('POST', '/v1/auth/login/deny', { token: deny })).status).toBe(400);
      expect(await sessionsOf(buyer)).toBe(0);
      const audit = await t.db
        .selectFrom('audit_events')
        .select(['event', 'to_state'])
        .where('event', '=', 'account.login_denied')
        .execute();
      expect(audit).toEqual([{ event: 'account.login_denied', to_state: 'denied' }]);
    });

    it('denying a login that already opened a session ends that session', async () => {
      await order();
      await registerAndVerify();
      const mine = await logIn(buyer, victimIp);
      advance(60_000);
      const stolen = await logIn(buyer, attackerIp);
      expect((await t.call('GET', '/v1/me', undefined, bearer(stolen))).status).toBe(200); // cached
      const deny = await linkToken(buyer, 'deny');
      expect((await t.call('POST', '/v1/auth/login/deny', { token: deny })).status).toBe(200);
      expect((await t.call('GET', '/v1/me', undefined, bearer(stolen))).status).toBe(401);
      expect((await t.call('GET', '/v1/me', undefined, bearer(mine))).status).toBe(200);
    });

    it('the login e-mail names the browser, the masked IP and the time in Paris, and how to deny it', async () => {
      await order();
      await registerAndVerify();
      await t.call(
        'POST',
        '/v1/auth/login',
        { email: buyer, password },
        { ...attackerIp, 'User-Agent': chromeOnWindows },
      );
      const [text = ''] = await inbox(buyer);
      expect(text).toContain('Navigateur : Chrome sur Windows');
      expect(text).toContain('203.0.113.x');
      expect(text).not.toContain('203.0.113.66');
      expect(text).toMatch(/nous ne situons pas les adresses/);
      expect(text).toContain('jeudi 26 novembre 2026 à 11:00 (heure de Paris)');
      expect(text).toMatch(/Ce n’était pas moi : https?:\/\/\S+[?&]deny=[\w-]{43}/);
      expect(text).toMatch(/changez votre mot de passe/);
    });

    it('refuses an operator’s login through a partner key or from another origin like a wrong password', async () => {
      await t.db
        .insertInto('accounts')
        .values({
          email: 'operateur@certinomis.fr',
          password_hash: await hashPassword(password),
          role: 'operator',
          locale: 'fr',
          email_verified_at: now(),
          created_at: now(),
          password_changed_at: now(),
        })
        .execute();
      const operator = { email: 'operateur@certinomis.fr', password };
      const viaPartner = await t.call('POST', '/v1/auth/login', operator);
      const fromPartnerPage = await t.call('POST', '/v1/auth/login', operator, {
        Origin: 'https://partner.example',
      });
      const wrong = await t.call(
        'POST',
        '/v1/auth/login',
        { ...operator, password: 'not the password' },
        { 'X-Partner-Key': null },
      );
      expect(viaPartner.status).toBe(401);
      expect(fromPartnerPage.status).toBe(401);
      expect(wrong.status).toBe(401);
      const body = await wrong.json();
      expect(await viaPartner.json()).toEqual(body);
      expect(await fromPartnerPage.json()).toEqual(body);
      // On the API's own page (the back office, same origin), the same password is accepted.
      const own = await t.call('POST', '/v1/auth/login', operator, {
        'X-Partner-Key': null,
        Origin: new URL(workerdUrl ?? 'http://localhost').origin,
      });
      expect(own.status).toBe(202);
    });

    it('answers register, reset and login identically for a known and an unknown address', async () => {
      await order();
      await registerAndVerify();
      const nobody = 'nobody@example.org';
      const cases: [string, (email: string) => object][] = [
        ['/v1/auth/register', (email) => ({ email, password })],
        ['/v1/auth/password-reset', (email) => ({ email })],
        ['/v1/auth/login', (email) => ({ email, password: 'not the password' })],
      ];
      for (const [path, body] of cases) {
        const known = await t.call('POST', path, body(buyer), attackerIp);
        const unknown = await t.call('POST', path, body(nobody), attackerIp);
        expect([unknown.status, unknown.headers.get('Content-Type')], path).toEqual([
          known.status,
          known.headers.get('Content-Type'),
        ]);
        expect(await unknown.json(), path).toEqual(await known.json());
      }
    });
  });
});
