import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { strictTransportSecurity } from './security-headers.ts';

describe('headers on every answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const expectBase = (response: Response) => {
    expect(response.headers.get('X-Request-Id')).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  };

  it('carry the request id and nosniff, refusals and errors included', async () => {
    const answers = [
      await t.call('GET', '/v1/catalog'), // 200
      await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': null }), // partner key refusal
      await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': 'pk_live_nobody_here' }),
      await t.call('GET', '/nowhere'), // notFound
      await t.call('POST', '/v1/orders', '{not json', { 'Content-Type': 'application/json' }),
      await t.call('GET', '/v1/me'), // 401 from requireAccount
      await t.request('/v1/orders', {
        method: 'POST',
        headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
        body: '{}',
      }), // 403 origin
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 401, 404, 400, 401, 403]);
    for (const answer of answers) expectBase(answer);
  });

  it('keeps a client id only when it is harmless', async () => {
    const kept = await t.call('GET', '/v1/catalog', undefined, { 'X-Request-Id': 'abc-123:x.y_z' });
    expect(kept.headers.get('X-Request-Id')).toBe('abc-123:x.y_z');
    for (const hostile of ['a b', 'x'.repeat(129), 'évil', '<script>', 'a;b=c']) {
      const answer = await t.call('GET', '/v1/catalog', undefined, { 'X-Request-Id': hostile });
      const id = answer.headers.get('X-Request-Id');
      expect(id, hostile).not.toBe(hostile);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('forbid caching personal data, the 201 of an order included; the catalogue keeps its short cache, private to the partner key’s holder', async () => {
    const placed = await t.call('POST', '/v1/orders', orderBody(), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(placed.status).toBe(201);
    expect(placed.headers.get('Cache-Control')).toBe('no-store');
    const quote = await t.call('POST', '/v1/quotes', { product: 'OPE-AES-CAP-1A', quantity: 1 });
    expect(quote.status).toBe(200);
    expect(quote.headers.get('Cache-Control')).toBe('no-store');
    const catalog = await t.call('GET', '/v1/catalog');
    expect(catalog.headers.get('Cache-Control')).toBe('private, max-age=60');
    const health = await t.call('GET', '/healthz');
    expect(health.headers.get('Cache-Control')).toBe('no-store');
  });

  it('send HSTS over https only, X-Forwarded-Proto only from a trusted proxy', async () => {
    const plain = await t.call('GET', '/v1/catalog');
    expect(plain.headers.get('Strict-Transport-Security')).toBeNull();
    // createTestApp trusts one proxy: its X-Forwarded-Proto counts.
    const proxied = await t.call('GET', '/v1/catalog', undefined, { 'X-Forwarded-Proto': 'https' });
    expect(proxied.headers.get('Strict-Transport-Security')).toBe(strictTransportSecurity);
    const refused = await t.call('GET', '/v1/me', undefined, { 'X-Forwarded-Proto': 'https' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('Strict-Transport-Security')).toBe(strictTransportSecurity);
  });

  // In-process only: the https URL and the untrusted setup are this process's app.
  it.skipIf(onWorkerd)(
    'ignore a client-sent X-Forwarded-Proto when no proxy is trusted',
    async () => {
      const direct = await createTestApp({ trustProxy: { kind: 'none' } });
      try {
        const forged = await direct.call('GET', '/v1/catalog', undefined, {
          'X-Forwarded-Proto': 'https',
        });
        expect(forged.headers.get('Strict-Transport-Security')).toBeNull();
        const https = await direct.app.request('https://api.example/v1/catalog', {
          headers: { 'X-Partner-Key': 'pk_live_test_partner' },
        });
        expect(https.headers.get('Strict-Transport-Security')).toBe(strictTransportSecurity);
      } finally {
        await direct.destroy();
      }
    },
  );
});
