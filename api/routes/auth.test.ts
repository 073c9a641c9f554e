import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  DossierRow,
  LoginStarted,
  MeResponse,
  Page,
  Problem,
  SessionResponse,
} from '../../machines/contract.ts';
import { orderBody } from '../testing/order-body.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const buyer = 'jb.poquelin@moliere.fr';
const password = 'Le Misanthrope 1666!';

describe(`client space authentication (${databaseKind})`, () => {
  let t: TestApp;
  let clock = new Date('2026-11-26T10:00:00Z');
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  /** The token in the newest e-mail to `to` whose link carries `?param=`. */
  async function linkToken(to: string, param: 'verify' | 'login' | 'reset'): Promise<string> {
    const rows = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('recipient', '=', to)
      .orderBy('created_at', 'desc')
      .execute();
    for (const { text_body } of rows) {
      const match = new RegExp(`[?&]${param}=([A-Za-z0-9_-]+)`).exec(text_body);
      if (match?.[1]) return match[1];
    }
    throw new Error(`no ${param} link mailed to ${to}`);
  }
  const mails = async (to: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from outbox where recipient = ${to}`.execute(t.db)
      ).rows[0]?.n,
    );

  async function order(email = buyer, quantity = 1) {
    const res = await t.call('POST', '/v1/orders', orderBody({ email, quantity }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status).toBe(201);
  }

  async function registerAndVerify(email = buyer) {
    expect((await t.call('POST', '/v1/auth/register', { email, password })).status).toBe(202);
    const res = await t.call('POST', '/v1/auth/verify-email', {
      token: await linkToken(email, 'verify'),
    });
    expect(res.status).toBe(200);
  }

  async function logIn(email = buyer): Promise<string> {
    const started = await t.call('POST', '/v1/auth/login', { email, password });
    expect(started.status).toBe(202);
    const { loginAttemptId } = (await started.json()) as LoginStarted;
    const token = await linkToken(email, 'login');
    const verified = await t.call('POST', '/v1/auth/verify', { token, loginAttemptId });
    expect(verified.status).toBe(200);
    return ((await verified.json()) as SessionResponse).accessToken;
  }

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    await sql`truncate orders, accounts, outbox, throttles, idempotency_keys cascade`.execute(t.db);
    clock = new Date('2026-11-26T10:00:00Z');
  });

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
      expect(await mails(buyer)).toBe(2); // order confirmation + address confirmation
      expect(await mails('stranger@example.org')).toBe(0);
      const accounts = await t.db
        .selectFrom('accounts')
        .select(['email', 'password_hash'])
        .execute();
      expect(accounts.map((a) => a.email)).toEqual([buyer]);
      expect(accounts[0]?.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/);
      expect(accounts[0]?.password_hash).not.toContain(password);
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

    it('refuses to log in before the address is confirmed, and mails the link again', async () => {
      await order();
      await t.call('POST', '/v1/auth/register', { email: buyer, password });
      const res = await t.call('POST', '/v1/auth/login', { email: buyer, password });
      expect(res.status).toBe(403);
      expect(await mails(buyer)).toBe(3);
    });
  });

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

    it('throttles failed logins per account with 429 and Retry-After, even with the right password', async () => {
      for (let i = 0; i < 5; i++) {
        expect(
          (await t.call('POST', '/v1/auth/login', { email: buyer, password: `wrong ${i}` })).status,
        ).toBe(401);
      }
      const blocked = await t.call('POST', '/v1/auth/login', { email: buyer, password });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
      advance(15 * 60_000 + 1000);
      expect((await t.call('POST', '/v1/auth/login', { email: buyer, password })).status).toBe(202);
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

    it('logs out on the server: the token stops working', async () => {
      const token = await logIn();
      expect((await t.call('POST', '/v1/auth/logout', undefined, bearer(token))).status).toBe(204);
      expect((await t.call('GET', '/v1/me/dossiers', undefined, bearer(token))).status).toBe(401);
    });

    it('expires sessions', async () => {
      const token = await logIn();
      advance(8 * 3600_000 + 1000);
      expect((await t.call('GET', '/v1/me', undefined, bearer(token))).status).toBe(401);
    });
  });

  describe('password reset', () => {
    it('answers alike for anyone, mails only account holders, and ends old sessions', async () => {
      await order();
      await registerAndVerify();
      const old = await logIn();
      const known = await t.call('POST', '/v1/auth/password-reset', { email: buyer });
      const unknown = await t.call('POST', '/v1/auth/password-reset', {
        email: 'nobody@example.org',
      });
      expect(known.status).toBe(202);
      expect(await unknown.json()).toEqual(await known.json());
      expect(await mails('nobody@example.org')).toBe(0);
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

    it('limits reset e-mails per address (429)', async () => {
      let last = 0;
      for (let i = 0; i < 6; i++)
        last = (await t.call('POST', '/v1/auth/password-reset', { email: 'x@example.org' })).status;
      expect(last).toBe(429);
    });
  });

  describe('dashboard', () => {
    it('shows a buyer only the dossiers of orders placed with their e-mail', async () => {
      await order(buyer, 2);
      await order('armande@moliere.fr', 1);
      await registerAndVerify();
      await registerAndVerify('armande@moliere.fr');
      const mine = (await (
        await t.call('GET', '/v1/me/dossiers', undefined, bearer(await logIn()))
      ).json()) as Page<DossierRow>;
      const hers = (await (
        await t.call('GET', '/v1/me/dossiers', undefined, bearer(await logIn('armande@moliere.fr')))
      ).json()) as Page<DossierRow>;
      expect(mine.items).toHaveLength(2);
      expect(hers.items).toHaveLength(1);
      expect(mine.items.map((d) => d.id)).not.toContain(hers.items[0]?.id);
    });

    it('pages with a cursor and filters by status', async () => {
      await order(buyer, 3);
      advance(60_000);
      await order(buyer, 2);
      await registerAndVerify();
      const token = await logIn();
      const first = (await (
        await t.call('GET', '/v1/me/dossiers?limit=2', undefined, bearer(token))
      ).json()) as Page<DossierRow>;
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const seen = [...first.items];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = (await (
          await t.call('GET', `/v1/me/dossiers?limit=2&cursor=${cursor}`, undefined, bearer(token))
        ).json()) as Page<DossierRow>;
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen.map((d) => d.id)).size).toBe(5);
      expect((seen[0]?.orderDate ?? '') > (seen[4]?.orderDate ?? '')).toBe(true);

      await t.db
        .updateTable('dossiers')
        .set({ status: 'to_sign' })
        .where('id', '=', seen[0]!.id)
        .execute();
      const toSign = (await (
        await t.call('GET', '/v1/me/dossiers?status=to_sign', undefined, bearer(token))
      ).json()) as Page<DossierRow>;
      expect(toSign.items.map((d) => [d.id, d.statusLabel])).toEqual([[seen[0]!.id, 'À signer']]);
      expect(
        (await t.call('GET', '/v1/me/dossiers?status=bogus', undefined, bearer(token))).status,
      ).toBe(422);
      expect(
        (await t.call('GET', '/v1/me/dossiers?cursor=garbage', undefined, bearer(token))).status,
      ).toBe(422);
    });

    it('needs a valid bearer token (401 problem)', async () => {
      const res = await t.call('GET', '/v1/me/dossiers');
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect(
        (await t.call('GET', '/v1/me/dossiers', undefined, bearer('x'.repeat(43)))).status,
      ).toBe(401);
    });

    it('says PAS DE DONNÉES in data terms: no issued certificate yet', async () => {
      await order();
      await registerAndVerify();
      const res = await t.call('GET', '/v1/me/certificates', undefined, bearer(await logIn()));
      expect(await res.json()).toEqual({ items: [], nextCursor: null });
    });
  });
});
