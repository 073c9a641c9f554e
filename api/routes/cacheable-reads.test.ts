import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogResponse, CgvResponse } from '../../machines/contract.ts';
import { createPartner } from '../services/partners.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import {
  expectSameHeaders,
  partnerBrowser,
  securityAndCorsHeaders,
} from '../testing/whole-answer-headers.ts';

/** GET /v1/catalog and GET /v1/cgv can be revalidated: ETag, short private caching, 304. */
describe(`cacheable reads (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  for (const path of ['/v1/catalog', '/v1/cgv']) {
    it(`${path}: ETag and Cache-Control: private; 304 without a body on If-None-Match`, async () => {
      const first = await t.call('GET', path);
      expect(first.status).toBe(200);
      const body = await first.text();
      const etag = first.headers.get('ETag');
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(first.headers.get('Cache-Control')).toMatch(/^private, max-age=\d+$/);
      expect(
        Number(/max-age=(\d+)/.exec(first.headers.get('Cache-Control') ?? '')?.[1]),
      ).toBeLessThanOrEqual(300);
      expect(first.headers.get('Vary')).toMatch(/X-Partner-Key/i);

      const again = await t.call('GET', path, undefined, { 'If-None-Match': etag as string });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('ETag')).toBe(etag);
      expect(again.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'));

      const other = await t.call('GET', path, undefined, { 'If-None-Match': '"something-else"' });
      expect(other.status).toBe(200);
      expect(await other.text()).toBe(body);
    });
  }

  it('/v1/catalog: another language or another partner’s prices is another ETag', async () => {
    const fr = (await t.call('GET', '/v1/catalog')).headers.get('ETag');
    const en = (
      await t.call('GET', '/v1/catalog', undefined, { 'Accept-Language': 'en' })
    ).headers.get('ETag');
    expect(en).not.toBe(fr);
    const { partner } = await createPartner(t.db, {
      slug: 'etag-prices',
      name: 'Other prices',
      mode: 'live',
      allowedOrigins: [],
      priceList: { products: { 'OPE-AES-CAP-1A': 9900 } },
    });
    const res = await t.call('GET', '/v1/catalog', undefined, {
      'X-Partner-Key': partner.publishable_key,
      'If-None-Match': fr as string,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).not.toBe(fr);
  });

  it('/v1/catalog: a price change in the catalogue is a new ETag at once', async () => {
    const before = (await t.call('GET', '/v1/catalog')).headers.get('ETag');
    await t.db
      .updateTable('products')
      .set({ price_ht_cents: 11100 })
      .where('code', '=', 'OPE-AES-CAP-1A')
      .execute();
    const after = await t.call('GET', '/v1/catalog', undefined, {
      'If-None-Match': before as string,
    });
    expect(after.status).toBe(200);
    await t.db
      .updateTable('products')
      .set({ price_ht_cents: 11000 })
      .where('code', '=', 'OPE-AES-CAP-1A')
      .execute();
  });

  it('/v1/catalog: a partner’s new branding or price list shows at once (its rendered answer is dropped)', async () => {
    const { partner } = await createPartner(t.db, {
      slug: 'etag-branding',
      name: 'Branding',
      mode: 'live',
      allowedOrigins: [],
    });
    const key = { 'X-Partner-Key': partner.publishable_key };
    const first = await t.call('GET', '/v1/catalog', undefined, key);
    const before = (await first.json()) as CatalogResponse;
    await t.db
      .updateTable('partners')
      .set({
        branding: JSON.stringify({ displayName: 'Nouvelle marque' }),
        price_list: JSON.stringify({ products: { 'OPE-AES-CAP-1A': 4200 } }),
      })
      .where('id', '=', partner.id)
      .execute();
    const after = await t.call('GET', '/v1/catalog', undefined, {
      ...key,
      'If-None-Match': first.headers.get('ETag') as string,
    });
    expect(after.status).toBe(200);
    const body = (await after.json()) as CatalogResponse;
    expect(body.partner.branding.displayName).toBe('Nouvelle marque');
    expect(body.products.find((p) => p.code === 'OPE-AES-CAP-1A')?.priceHt).toBe(4200);
    expect(before.products.find((p) => p.code === 'OPE-AES-CAP-1A')?.priceHt).not.toBe(4200);
  });

  it('/v1/cgv: a new version is a new ETag at once; a partner pinned to the old one keeps its ETag', async () => {
    const first = await t.call('GET', '/v1/cgv');
    const before = {
      etag: first.headers.get('ETag') as string,
      ...((await first.json()) as CgvResponse),
    };
    await t.db
      .insertInto('cgv_documents')
      .values({ version: '2099-01-01', title: 'CGV 2099', html: '<p>2099</p>' })
      .execute();
    const after = await t.call('GET', '/v1/cgv', undefined, { 'If-None-Match': before.etag });
    expect(after.status).toBe(200);
    expect(((await after.json()) as CgvResponse).version).toBe('2099-01-01');
    expect(after.headers.get('ETag')).not.toBe(before.etag);

    const { partner } = await createPartner(t.db, {
      slug: 'etag-cgv-pinned',
      name: 'Pinned CGV',
      mode: 'live',
      allowedOrigins: [],
      cgvVersion: before.version,
    });
    const key = { 'X-Partner-Key': partner.publishable_key };
    const pinned = await t.call('GET', '/v1/cgv', undefined, key);
    expect(((await pinned.json()) as CgvResponse).version).toBe(before.version);
    expect(pinned.headers.get('ETag')).toBe(before.etag);
    const revalidated = await t.call('GET', '/v1/cgv', undefined, {
      ...key,
      'If-None-Match': before.etag,
    });
    expect(revalidated.status).toBe(304);
    await t.db.deleteFrom('partners').where('id', '=', partner.id).execute();
    await t.db.deleteFrom('cgv_documents').where('version', '=', '2099-01-01').execute();
  });

  for (const path of ['/v1/catalog', '/v1/cgv']) {
    it(`${path}: the 200, its headers set at once, and the 304, given them afterwards, carry the same security and CORS headers`, async () => {
      const browser = partnerBrowser;
      const first = await t.call('GET', path, undefined, browser);
      expect(first.status).toBe(200);
      const again = await t.call('GET', path, undefined, {
        ...browser,
        'If-None-Match': first.headers.get('ETag') as string,
      });
      expect(again.status).toBe(304);
      expectSameHeaders(first, again, [...securityAndCorsHeaders, 'Cache-Control', 'ETag']);
      expect(first.headers.get('X-Request-Id')).toBe('same-request-id');
      expect(first.headers.get('Vary')?.match(/origin/gi)).toHaveLength(1);
      // The same CORS answer as one whose headers are all added afterwards (a refusal).
      const other = await t.call(
        'POST',
        '/v1/quotes',
        { product: 'OPE-AES-CAP-1A', quantity: 0 },
        browser,
      );
      expect(other.status).toBe(422);
      expect(first.headers.get('Access-Control-Expose-Headers')).toBe(
        other.headers.get('Access-Control-Expose-Headers'),
      );
      expect(first.headers.get('Access-Control-Allow-Origin')).toBe('https://partner.example');

      const stranger = await t.call('GET', path, undefined, { Origin: 'https://other.example' });
      expect(stranger.status).toBe(200);
      expect(stranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(stranger.headers.get('Strict-Transport-Security')).toBeNull();
      expect(stranger.headers.get('Vary')?.match(/origin/gi)).toHaveLength(1);
    });
  }
});
