/**
 * Partners' publishable keys (required, known, enabled) and origins (CORS, and the origin
 * check on state-changing requests; CERTINOMIS's own pages need no key), and the webhook
 * endpoints a live partner may have. Partners A and B: api/testing/partners.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../machines/contract.ts';
import { createPartner } from '../services/partners.ts';
import { keyA, originA, originB, twoPartners } from '../testing/partners.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`partners: keys, origins (${databaseKind})`, () => {
  let t: TestApp;
  const partners = twoPartners(async () => (t = await createTestApp()));
  const { place, count } = partners;

  describe('X-Partner-Key', () => {
    it('is required on the partner surface: 401 problem without it, or with an unknown key', async () => {
      for (const headers of [{ 'X-Partner-Key': null }, { 'X-Partner-Key': 'pk_test_nobody' }]) {
        const res = await t.call('GET', '/v1/catalog', undefined, headers);
        expect(res.status).toBe(401);
        expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
        const problem = (await res.json()) as Problem;
        expect(problem.type).toMatch(/partner-key-(required|invalid)$/);
        expect(problem.title).toMatch(/Clé partenaire/);
      }
      const order = await place('pk_live_unknown_key');
      expect(order.status).toBe(401);
      expect(await count('orders')).toBe(0);
    });

    it('refuses to create a live partner whose webhooks would aim at a private network', async () => {
      await expect(
        createPartner(t.db, {
          slug: 'ssrf',
          name: 'SSRF',
          mode: 'live',
          allowedOrigins: [],
          webhookUrl: 'http://169.254.169.254/latest/meta-data',
        }),
      ).rejects.toThrow(/https: on a public host name/);
    });

    it('refuses a disabled partner, at once even when its key was just served', async () => {
      const { partner } = await createPartner(t.db, {
        slug: 'gone',
        name: 'Gone',
        mode: 'test',
        publishableKey: 'pk_test_gone',
        allowedOrigins: [],
      });
      // In-process the key then comes from the read cache, without a lookup; this process's
      // write drops it. (On workerd the write is another process's: seen within the TTL.)
      if (!onWorkerd) {
        expect(
          (await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': 'pk_test_gone' }))
            .status,
        ).toBe(200);
      }
      await t.db
        .updateTable('partners')
        .set({ disabled_at: new Date() })
        .where('id', '=', partner.id)
        .execute();
      expect(
        (await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': 'pk_test_gone' })).status,
      ).toBe(401);
    });
  });

  describe('CORS', () => {
    it('answers a preflight for an origin some partner lists, echoing it (never *)', async () => {
      const res = await t.call('OPTIONS', '/v1/orders', undefined, {
        'X-Partner-Key': null,
        Origin: originA,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-partner-key, idempotency-key, x-evil',
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe(originA);
      expect(res.headers.get('Vary')).toMatch(/Origin/);
      expect(res.headers.get('Access-Control-Allow-Headers')).toBe(
        'content-type, x-partner-key, idempotency-key',
      );
    });

    it('lets an allowed origin read error answers too (the element shows the problem)', async () => {
      const res = await t.call(
        'POST',
        '/v1/orders',
        { product: 'nope' },
        { 'X-Partner-Key': keyA, Origin: originA, 'Idempotency-Key': 'bad-body-from-a-1' },
      );
      expect(res.status).toBe(422);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe(originA);
      expect(res.headers.get('Vary')).toMatch(/Origin/);
    });

    it('refuses a preflight from an origin no partner lists', async () => {
      const res = await t.call('OPTIONS', '/v1/orders', undefined, {
        'X-Partner-Key': null,
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });

    it("echoes the partner's own origin with Vary: Origin, and not another partner's", async () => {
      const own = await t.call('GET', '/v1/catalog', undefined, {
        'X-Partner-Key': keyA,
        Origin: originA,
      });
      expect(own.status).toBe(200);
      expect(own.headers.get('Access-Control-Allow-Origin')).toBe(originA);
      expect(own.headers.get('Access-Control-Expose-Headers')).toMatch(/X-Request-Id/);
      expect(own.headers.get('Vary')).toMatch(/Origin/);
      // B's page using A's key: the browser gets no CORS header, so it cannot read the answer.
      const other = await t.call('GET', '/v1/catalog', undefined, {
        'X-Partner-Key': keyA,
        Origin: originB,
      });
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(other.headers.get('Vary')).toMatch(/Origin/);
    });

    it('refuses a state-changing request from an origin the partner does not list: 403, nothing written', async () => {
      const res = await place(keyA, 'jb.poquelin@moliere.fr', originB);
      expect(res.status).toBe(403);
      const problem = (await res.json()) as Problem;
      expect(problem.type).toMatch(/origin-forbidden$/);
      expect(problem.detail).toContain(originB);
      expect(await count('orders')).toBe(0);
      expect(await count('idempotency_keys')).toBe(0);
      expect((await place(keyA, 'jb.poquelin@moliere.fr', originA)).status).toBe(201);
    });

    it("lets CERTINOMIS's own pages (same origin) use the account routes without a key, not other origins", async () => {
      const same = await t.call(
        'POST',
        '/v1/auth/password-reset',
        { email: 'nobody@example.fr' },
        { 'X-Partner-Key': null, Origin: 'http://localhost' },
      );
      expect(same.status).toBe(202);
      // Behind a TLS-terminating proxy the request URL says http:, the page https: its
      // configured public origin (the client space's) still counts as our own.
      const proxied = await t.app.request('http://10.0.0.7:8080/v1/auth/password-reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:3000' },
        body: JSON.stringify({ email: 'nobody@example.fr' }),
      });
      expect(proxied.status).toBe(202);
      const disguised = await t.app.request('http://10.0.0.7:8080/v1/auth/password-reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://localhost:3001' },
        body: JSON.stringify({ email: 'nobody@example.fr' }),
      });
      expect(disguised.status).toBe(401);
      const foreign = await t.call(
        'POST',
        '/v1/auth/password-reset',
        { email: 'nobody@example.fr' },
        { 'X-Partner-Key': null, Origin: originA },
      );
      expect(foreign.status).toBe(401);
      // Its origin belongs to a partner: it may read why (it forgot its key).
      expect(foreign.headers.get('Access-Control-Allow-Origin')).toBe(originA);
    });
  });
});

describe('live partners’ webhook endpoints', () => {
  it('must be https: on a public host name (never the API’s own network)', async () => {
    const { isPublicHttpsUrl } = await import('../services/partners.ts');
    for (const ok of ['https://hooks.acme.example/certinomis', 'https://a.b.fr:8443/x']) {
      expect(isPublicHttpsUrl(ok), ok).toBe(true);
    }
    for (const bad of [
      'http://hooks.acme.example/x',
      'https://localhost/x',
      'https://127.0.0.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://intranet/x',
      'https://db.internal/x',
      'https://user:pw@hooks.acme.example/x',
      'not a url',
    ]) {
      expect(isPublicHttpsUrl(bad), bad).toBe(false);
    }
  });
});
