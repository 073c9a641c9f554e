import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { acceptedRequestId, type ErrorLogEntry, type LogEntry } from './request-log.ts';

// The log sink is this process's function: the worker in workerd logs to its own stdout.
describe.skipIf(onWorkerd)('the request log', () => {
  let t: TestApp;
  const entries: LogEntry[] = [];
  beforeAll(async () => {
    t = await createTestApp({ log: (entry) => entries.push(entry) });
    t.app.get('/v1/boom/:secret', () => {
      throw new Error('the database said no');
    });
  });
  afterAll(() => t.destroy());

  const last = () => entries.at(-1)!;

  it('writes one entry per request: id, method, route pattern, status, duration, partner', async () => {
    entries.length = 0;
    const answer = await t.call('GET', '/v1/catalog', undefined, { 'X-Request-Id': 'trace-42' });
    expect(entries).toHaveLength(1);
    expect(last()).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'trace-42',
      method: 'GET',
      route: '/v1/catalog',
      status: 200,
      partner: 'test-partner',
    });
    expect(answer.headers.get('X-Request-Id')).toBe('trace-42');
    expect(typeof (last() as { durationMs: number }).durationMs).toBe('number');
    expect(Number.isNaN(Date.parse(last().time))).toBe(false);
  });

  it('never writes the raw path, the query, the body, a token or an e-mail address', async () => {
    const token = 'tok_SECRET_0123456789abcdefghij';
    const email = 'jb.poquelin@moliere.fr';
    entries.length = 0;
    await t.call('GET', `/v1/auth/login/${token}?email=${encodeURIComponent(email)}`, undefined, {
      Authorization: `Bearer ${token}`,
    });
    await t.call('POST', '/v1/auth/login', { email, password: 'Le Misanthrope 1666' });
    await t.call('GET', '/v1/me', undefined, { Authorization: `Bearer ${token}` });
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.msg === 'request' && e.route)).toEqual([
      '/v1/auth/login/:attemptId',
      '/v1/auth/login',
      // Refused by requireAccount, mounted on the route: its pattern, not the path.
      expect.stringMatching(/^\/v1\/me/),
    ]);
    const text = JSON.stringify(entries);
    for (const secret of [token, email, 'moliere', 'Misanthrope', '?email']) {
      expect(text).not.toContain(secret);
    }
    expect(entries.map((e) => e.msg === 'request' && e.status)).toEqual([
      expect.any(Number),
      401,
      401,
    ]);
  });

  it('logs refusals made before any route, with the status they got', async () => {
    entries.length = 0;
    await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': null });
    await t.call('GET', '/no/such/page/tok_abc');
    expect(entries.map((e) => e.msg === 'request' && [e.status, e.level])).toEqual([
      [401, 'warn'],
      [404, 'warn'],
    ]);
    expect(JSON.stringify(entries)).not.toContain('tok_abc');
  });

  it('logs an unexpected error as JSON with the id the client was given', async () => {
    entries.length = 0;
    const answer = await t.call('GET', '/v1/boom/hunter2', undefined, {
      'X-Request-Id': 'req-500',
    });
    expect(answer.status).toBe(500);
    expect(((await answer.json()) as { detail: string }).detail).toContain('req-500');
    const error = entries.find((e): e is ErrorLogEntry => e.msg === 'unexpected error');
    expect(error).toMatchObject({
      level: 'error',
      requestId: 'req-500',
      route: '/v1/boom/:secret',
      error: { name: 'Error', message: 'the database said no' },
    });
    expect(last()).toMatchObject({
      msg: 'request',
      status: 500,
      level: 'error',
      requestId: 'req-500',
    });
    expect(JSON.stringify(entries)).not.toContain('hunter2');
  });
});

describe('request ids', () => {
  it('keeps a safe client id and replaces anything else', () => {
    expect(acceptedRequestId('01HZX-abc:def.ghi_1')).toBe('01HZX-abc:def.ghi_1');
    for (const bad of [undefined, '', 'a\r\nSet-Cookie: x=1', 'x'.repeat(129), 'é']) {
      expect(acceptedRequestId(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
  });
});
