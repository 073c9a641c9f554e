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
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { hashPassword } from '../security/password.ts';
import { createTestApp, type TestApp, workerdUrl } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const buyer = 'jb.poquelin@moliere.fr';
const password = 'Le Misanthrope 1666!';
const attackerPassword = 'Scapin fourberies 1671';
const victimIp = { 'X-Forwarded-For': '198.51.100.7' };
const attackerIp = { 'X-Forwarded-For': '203.0.113.66' };
const chromeOnWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** Waits (generously) until `check` holds: e-mails are written after the answer. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe(`client space authentication (${databaseKind})`, () => {
  let t: TestApp;
  let clock = new Date('2026-11-26T10:00:00Z');
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  /** Work the API runs after its answers (in-process; on workerd, `eventually` waits). */
  const afterAnswers: Promise<unknown>[] = [];
  const settle = async () => {
    while (afterAnswers.length > 0) await Promise.allSettled(afterAnswers.splice(0));
  };

  /** Every e-mail to `to`, newest first (once the API's work after its answers is done). */
  async function inbox(to: string): Promise<string[]> {
    await settle();
    const rows = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('recipient', '=', to)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => r.text_body);
  }
  const tokenIn = (text: string, param: string) =>
    new RegExp(`[?&]${param}=([A-Za-z0-9_-]+)`).exec(text)?.[1];

  /** The token in the `nth` newest e-mail to `to` whose link carries `?param=`. */
  async function linkToken(
    to: string,
    param: 'verify' | 'login' | 'reset' | 'deny',
    { count = 1, nth = 0 } = {},
  ): Promise<string> {
    const found = await eventually(
      async () =>
        (await inbox(to)).flatMap((text) => {
          const token = tokenIn(text, param);
          return token ? [token] : [];
        }),
      (tokens) => tokens.length >= count,
    );
    const token = found[nth];
    if (!token) throw new Error(`no ${param} link mailed to ${to}`);
    return token;
  }
  const mailCount = async (to: string) => (await inbox(to)).length;
  /** The number of e-mails to `to` once it reached `expected` (or the wait ran out). */
  const mails = (to: string, expected: number) =>
    eventually(
      () => mailCount(to),
      (n) => n >= expected,
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

  async function logIn(email = buyer, headers: Record<string, string> = {}): Promise<string> {
    const started = await t.call('POST', '/v1/auth/login', { email, password }, headers);
    expect(started.status).toBe(202);
    const { loginAttemptId } = (await started.json()) as LoginStarted;
    const token = await linkToken(email, 'login');
    const verified = await t.call('POST', '/v1/auth/verify', { token, loginAttemptId }, headers);
    expect(verified.status).toBe(200);
    return ((await verified.json()) as SessionResponse).accessToken;
  }

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock, background: (task) => afterAnswers.push(task) });
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    await settle();
    await sql`truncate orders, accounts, outbox, throttles, idempotency_keys, audit_events cascade`.execute(
      t.db,
    );
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
          email_verified_at: clock,
          created_at: clock,
          password_changed_at: clock,
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
