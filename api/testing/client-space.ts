/**
 * The client space as a buyer meets it, for the tests of routes/auth.ts and routes/me.ts
 * (auth-*.test.ts, me.test.ts): a pinned clock, the e-mails the API writes, and the steps
 * that order, register, confirm and log in. `clientSpace` registers the file's hooks: one
 * app per file, emptied (and its clock reset) before every test.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { LoginStarted, SessionResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import type { AppDeps } from '../app.ts';
import type { TestApp } from './test-app.ts';

export const buyer = 'jb.poquelin@moliere.fr';
export const password = 'Le Misanthrope 1666!';
export const attackerPassword = 'Scapin fourberies 1671';
export const victimIp = { 'X-Forwarded-For': '198.51.100.7' };
export const attackerIp = { 'X-Forwarded-For': '203.0.113.66' };
export const chromeOnWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const start = '2026-11-26T10:00:00Z';

/** Waits (generously) until `check` holds: e-mails are written after the answer. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Call inside the file's describe: `clientSpace((deps) => createTestApp(deps))`. The app
 * is created in `beforeAll` with the pinned clock and the work after answers collected.
 */
export function clientSpace(create: (overrides: Partial<AppDeps>) => Promise<TestApp>) {
  let t: TestApp;
  let clock = new Date(start);

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

  beforeAll(async () => {
    t = await create({ now: () => clock, background: (task) => afterAnswers.push(task) });
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    await settle();
    await sql`truncate orders, accounts, outbox, throttles, idempotency_keys, audit_events cascade`.execute(
      t.db,
    );
    clock = new Date(start);
  });

  return {
    /** The pinned clock as it is now. */
    now: () => clock,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
    settle,
    inbox,
    linkToken,
    mailCount,
    /** The number of e-mails to `to` once it reached `expected` (or the wait ran out). */
    mails: (to: string, expected: number) =>
      eventually(
        () => mailCount(to),
        (n) => n >= expected,
      ),
    order,
    registerAndVerify,
    logIn,
  };
}
