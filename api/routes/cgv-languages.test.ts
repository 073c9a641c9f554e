/**
 * The CGV in the buyer's language: one text per version and language, the accepted version
 * recorded with the language of the text the buyer read, French when a version has no text
 * in the buyer's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CgvResponse, OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`CGV per language (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const cgvIn = async (language: string) => {
    const res = await t.call('GET', '/v1/cgv', undefined, { 'Accept-Language': language });
    expect(res.status).toBe(200);
    return { res, cgv: (await res.json()) as CgvResponse };
  };

  async function acceptedIn(language: string) {
    const res = await t.call('POST', '/v1/orders', orderBody(), {
      'Accept-Language': language,
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as OrderResponse;
    return t.db
      .selectFrom('cgv_acceptances')
      .innerJoin('orders', 'orders.id', 'cgv_acceptances.order_id')
      .select(['cgv_acceptances.cgv_version', 'cgv_acceptances.locale'])
      .where('orders.reference', '=', reference)
      .executeTakeFirstOrThrow();
  }

  it('serves the English text of the current version to an English-speaking buyer', async () => {
    const { res, cgv } = await cgvIn('en-GB,en;q=0.9');
    expect(cgv.version).toBe('2026-11-26');
    expect(cgv.locale).toBe('en');
    expect(cgv.title).toBe('General terms and conditions of sale');
    expect(cgv.html).toContain('<h3>6 Payment</h3>');
    expect(cgv.html).toContain('MANDATAIRE (certification agent)');
    expect(res.headers.get('Vary')).toMatch(/Accept-Language/);
    const french = await cgvIn('fr-FR');
    expect(french.cgv.locale).toBe('fr');
    expect(french.cgv.title).toBe('Conditions générales de vente');
    expect(french.cgv.version).toBe(cgv.version);
  });

  it('records the language of the text accepted with its version', async () => {
    expect(await acceptedIn('en')).toEqual({ cgv_version: '2026-11-26', locale: 'en' });
    expect(await acceptedIn('fr')).toEqual({ cgv_version: '2026-11-26', locale: 'fr' });
  });

  it('serves a newer version without an English text in French, saying so', async () => {
    await t.db
      .insertInto('cgv_documents')
      .values({
        version: '2027-01-01',
        title: 'CGV 2027',
        html: '<p>v2</p>',
        published_at: new Date('2027-01-01T00:00:00Z'),
      })
      .execute();
    const { cgv } = await cgvIn('en');
    expect(cgv).toMatchObject({ version: '2027-01-01', locale: 'fr', title: 'CGV 2027' });
    await t.db
      .insertInto('cgv_translations')
      .values({ version: '2027-01-01', locale: 'en', title: 'Terms 2027', html: '<p>v2 en</p>' })
      .execute();
    expect((await cgvIn('en')).cgv).toMatchObject({
      version: '2027-01-01',
      locale: 'en',
      title: 'Terms 2027',
    });
  });
});
