import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogResponse, Problem } from '../../machines/contract.ts';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { createApp } from '../app.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`GET /v1/catalog (${databaseKind})`, () => {
  let testDb: TestApp;
  const app = {
    request: (path: string, init: { headers?: Record<string, string> } = {}) =>
      testDb.call('GET', path, undefined, init.headers),
  };

  beforeAll(async () => {
    testDb = await createTestApp();
  });
  afterAll(() => testDb.destroy());

  it('returns the seeded products, options, VAT and payee in French by default', async () => {
    const res = await app.request('/v1/catalog');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as CatalogResponse;
    expect(body.currency).toBe('EUR');
    expect(body.vatRate).toBe(20);
    expect(body.locale).toBe('fr');
    expect(body.products.map((p) => [p.code, p.label, p.validityYears, p.priceHt])).toEqual([
      ['OPE-AES-CAP-1A', 'Certificat Décideur - 1 an', 1, 11000],
      ['OPE-AES-CAP-2A', 'Certificat Décideur - 2 ans', 2, 18000],
      ['OPE-AES-CAP-3A', 'Certificat Décideur - 3 ans', 3, 25500],
    ]);
    expect(body.products[0]?.blurb).toBe('Signature eIDAS et authentification');
    expect(body.options.map((o) => [o.code, o.priceHt, o.rule, o.perCertificate])).toEqual([
      ['usb_reader', 2000, 'mandatory_first_certificate', true],
      ['express', 5000, null, true],
    ]);
    // A reseller's buyer reads it too: CERTINOMIS only as the issuer, the rule per establishment.
    expect(body.options[0]?.description).toBe(
      'Le certificat est livré sur une puce (émise par CERTINOMIS, autorité de certification) qui s’insère dans ce lecteur. Obligatoire pour le premier certificat d’un établissement.',
    );
    expect(body.payee).toMatchObject({
      holder: 'DOCAPOSTE CERTINOMIS',
      iban: 'FR7630003036400002050842442',
      bic: 'SOGEFRPP',
      rib: { bank: '30003', branch: '03640', account: '00020508424', key: '42' },
    });
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await app.request('/v1/catalog', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    const body = (await res.json()) as CatalogResponse;
    expect(body.locale).toBe('en');
    expect(body.products[1]?.label).toBe('Decision-maker certificate - 2 years');
  });

  it('reads what the database holds, not constants', async () => {
    await testDb.db
      .updateTable('products')
      .set({ price_ht_cents: 12345 })
      .where('code', '=', 'OPE-AES-CAP-1A')
      .execute();
    const body = (await (await app.request('/v1/catalog')).json()) as CatalogResponse;
    expect(body.products[0]?.priceHt).toBe(12345);
    await testDb.db
      .updateTable('products')
      .set({ price_ht_cents: 11000 })
      .where('code', '=', 'OPE-AES-CAP-1A')
      .execute();
  });

  it('answers unknown routes with a problem+json 404, never HTML, in the asked language', async () => {
    const fr = await app.request('/v1/nope');
    expect(fr.status).toBe(404);
    expect(fr.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    const problem = (await fr.json()) as Problem;
    expect(problem).toMatchObject({ status: 404, title: 'Ressource introuvable' });
    expect(problem.type).toMatch(/not-found$/);
    expect(problem.detail).toContain('/v1/nope');

    const en = await app.request('/elsewhere', { headers: { 'Accept-Language': 'en' } });
    expect(((await en.json()) as Problem).title).toBe('Not found');
  });

  it('answers an unexpected failure with a problem+json 500 carrying a request id', async () => {
    const reported: unknown[] = [];
    const broken = createApp({
      db: testDb.db,
      companyRegistry: createSeededCompanyRegistry(testDb.db),
      reportError: (e) => reported.push(e),
      log: () => {}, // quiet suite
    });
    broken.get('/v1/boom', () => {
      throw new Error('boom');
    });
    const res = await broken.request('/v1/boom', { headers: { 'X-Request-Id': 'req-1' } });
    expect(res.status).toBe(500);
    const problem = (await res.json()) as Problem;
    expect(problem.detail).toContain('req-1');
    expect(reported).toHaveLength(1);
  });
});
