import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sirets } from '../../machines/purchase/test-orders.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import {
  expectSameHeaders,
  partnerBrowser,
  securityAndCorsHeaders,
} from '../testing/whole-answer-headers.ts';

/**
 * The hot routes whose 200 is made whole (api/http/rendered-json.ts: every header set at once,
 * the middleware leaving it alone) answer with the same security and CORS headers as a refusal of
 * the same route, which the middleware give theirs afterwards.
 */
describe(`whole answers of the hot routes (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const browser = partnerBrowser;
  const routes = [
    {
      name: 'GET /v1/organisations/{siret}',
      cacheControl: 'private, max-age=60',
      answer: (headers: Record<string, string>) =>
        t.call('GET', `/v1/organisations/${sirets.privateExisting}`, undefined, headers),
      refusal: (headers: Record<string, string>) =>
        t.call('GET', `/v1/organisations/${sirets.unknownButValid}`, undefined, headers),
      refusalStatus: 404,
    },
    {
      name: 'POST /v1/quotes',
      cacheControl: 'no-store',
      answer: (headers: Record<string, string>) =>
        t.call('POST', '/v1/quotes', { product: 'OPE-AES-CAP-1A', quantity: 1 }, headers),
      refusal: (headers: Record<string, string>) =>
        t.call('POST', '/v1/quotes', { product: 'OPE-AES-CAP-1A', quantity: 0 }, headers),
      refusalStatus: 422,
    },
  ];

  for (const route of routes) {
    it(`${route.name}: its 200 carries the security and CORS headers a refusal gets afterwards`, async () => {
      const answer = await route.answer(browser);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Content-Type')).toBe('application/json');
      expect(answer.headers.get('Cache-Control')).toBe(route.cacheControl);
      const refusal = await route.refusal(browser);
      expect(refusal.status).toBe(route.refusalStatus);
      expectSameHeaders(answer, refusal, securityAndCorsHeaders);
      expect(answer.headers.get('X-Request-Id')).toBe('same-request-id');
      expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('https://partner.example');
      expect(answer.headers.get('Vary')).toBe('Origin');

      // An origin the partner does not list may not read it; plain http gets no HSTS.
      const stranger = await route.answer({ Origin: 'https://other.example' });
      if (route.name.startsWith('GET')) {
        expect(stranger.status).toBe(200);
        expect(stranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
        expect(stranger.headers.get('Access-Control-Expose-Headers')).toBeNull();
        expect(stranger.headers.get('Strict-Transport-Security')).toBeNull();
        expect(stranger.headers.get('Vary')).toBe('Origin');
      } else {
        expect(stranger.status).toBe(403); // a POST from it is refused before the route runs
      }
    });
  }
});
