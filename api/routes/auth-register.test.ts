/**
 * The client space: registering an address that placed an order (the account waits for the
 * e-mailed confirmation), and resetting a password. Fixture: api/testing/client-space.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../machines/contract.ts';
import {
  attackerIp,
  attackerPassword,
  bearer,
  buyer,
  clientSpace,
  password,
} from '../testing/client-space.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`client space authentication: registration, password reset (${databaseKind})`, () => {
  let t: TestApp;
  const { order, mails, mailCount, linkToken, settle, registerAndVerify, logIn } = clientSpace(
    async (overrides) => (t = await createTestApp(overrides)),
  );

  describe('registration', () => {
    it('answers the same for a customer and a stranger; only the customer gets an account and an e-mail', async () => {
      await order();
      const known = await t.call('POST', '/v1/auth/register', { email: buyer, password });
      const unknown = await t.call('POST', '/v1/auth/register', {
        email: 'stranger@example.org',
        password,
      });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(known.status);
      expect(await unknown.json()).toEqual(await known.json());
      expect(await mails(buyer, 2)).toBe(2); // order confirmation + address confirmation
      expect(await mailCount('stranger@example.org')).toBe(0);
      const accounts = await t.db
        .selectFrom('accounts')
        .select(['email', 'password_hash', 'email_verified_at'])
        .execute();
      expect(accounts.map((a) => a.email)).toEqual([buyer]);
      // Not usable until the address is confirmed: the password waits with its link.
      expect(accounts[0]?.email_verified_at).toBeNull();
      expect(accounts[0]?.password_hash).not.toMatch(/^pbkdf2/);
      const pending = await t.db
        .selectFrom('email_tokens')
        .select('password_hash')
        .where('purpose', '=', 'verify_email')
        .execute();
      expect(pending).toHaveLength(1);
      expect(pending[0]?.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/);
      expect(pending[0]?.password_hash).not.toContain(password);
    });

    it.each([
      ['short1!', /8 caractères/],
      ['motdepasse123', /courant/],
      ['jb.poquelin@moliere.fr', /courant/],
    ])('refuses the password %j with a field message', async (bad, message) => {
      const res = await t.call('POST', '/v1/auth/register', { email: buyer, password: bad });
      expect(res.status).toBe(422);
      const problem = (await res.json()) as Problem;
      expect(problem.errors).toEqual([
        { field: 'password', message: expect.stringMatching(message) },
      ]);
    });

    it('accepts a 64-character passphrase', async () => {
      await order();
      const res = await t.call('POST', '/v1/auth/register', {
        email: buyer,
        password: 'x'.repeat(30) + 'y'.repeat(34),
      });
      expect(res.status).toBe(202);
    });

    it('answers a login before confirmation like a wrong password, and mails that registration’s link again', async () => {
      await order();
      await t.call('POST', '/v1/auth/register', { email: buyer, password });
      await linkToken(buyer, 'verify');
      const res = await t.call('POST', '/v1/auth/login', { email: buyer, password });
      const wrong = await t.call('POST', '/v1/auth/login', {
        email: 'nobody@example.org',
        password,
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(await wrong.json());
      expect(await mails(buyer, 3)).toBe(3);
      // The link mailed again confirms the same password.
      const again = await linkToken(buyer, 'verify', { count: 2 });
      expect((await t.call('POST', '/v1/auth/verify-email', { token: again })).status).toBe(200);
      expect((await t.call('POST', '/v1/auth/login', { email: buyer, password })).status).toBe(202);
    });

    it('tells nobody that an address placed an order: registering it, then logging in, answers as for a stranger', async () => {
      await order();
      const probe = async (email: string) => {
        await t.call(
          'POST',
          '/v1/auth/register',
          { email, password: attackerPassword },
          attackerIp,
        );
        await settle();
        const res = await t.call(
          'POST',
          '/v1/auth/login',
          { email, password: attackerPassword },
          attackerIp,
        );
        return [res.status, await res.json()];
      };
      expect(await probe(buyer)).toEqual(await probe('stranger@example.org'));
    });
  });

  describe('password reset', () => {
    it('answers alike for anyone, mails only account holders, and ends old sessions', async () => {
      await order();
      await registerAndVerify();
      const old = await logIn();
      expect((await t.call('GET', '/v1/me', undefined, bearer(old))).status).toBe(200); // cached
      const known = await t.call('POST', '/v1/auth/password-reset', { email: buyer });
      const unknown = await t.call('POST', '/v1/auth/password-reset', {
        email: 'nobody@example.org',
      });
      expect(known.status).toBe(202);
      expect(await unknown.json()).toEqual(await known.json());
      expect(await mailCount('nobody@example.org')).toBe(0);
      const token = await linkToken(buyer, 'reset');
      const newPassword = 'Tartuffe ou l’Imposteur 1664';
      expect(
        (await t.call('POST', '/v1/auth/password-reset/confirm', { token, password: newPassword }))
          .status,
      ).toBe(200);
      expect((await t.call('GET', '/v1/me', undefined, bearer(old))).status).toBe(401);
      expect((await t.call('POST', '/v1/auth/login', { email: buyer, password })).status).toBe(401);
      expect(
        (await t.call('POST', '/v1/auth/login', { email: buyer, password: newPassword })).status,
      ).toBe(202);
      expect(
        (await t.call('POST', '/v1/auth/password-reset/confirm', { token, password: newPassword }))
          .status,
      ).toBe(400);
    });

    it('sends at most five reset e-mails an hour per address, answering alike past them', async () => {
      await order();
      await registerAndVerify();
      const before = await mailCount(buyer);
      const answers = [];
      for (let i = 0; i < 7; i++) {
        const res = await t.call('POST', '/v1/auth/password-reset', { email: buyer }, attackerIp);
        answers.push([res.status, await res.json()]);
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(answers[0]?.[0]).toBe(202);
      expect(await mails(buyer, before + 5)).toBe(before + 5);
      expect(await mailCount(buyer)).toBe(before + 5);
    });
  });
});
