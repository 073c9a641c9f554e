import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, QuoteResponse } from '../../machines/contract.ts';
import { createTestApp, type TestApp, testPartnerKey } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`POST /v1/quotes (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('prices 2 × OPE-AES-CAP-1A with the USB reader: HT 26000, VAT 5200, TTC 31200', async () => {
    const res = await t.call('POST', '/v1/quotes', {
      product: 'OPE-AES-CAP-1A',
      quantity: 2,
      options: { usbReader: true, express: false },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as QuoteResponse;
    expect(body.totals).toEqual({ ht: 26000, vat: 5200, ttc: 31200 });
    expect(body.currency).toBe('EUR');
    expect(body.lines).toEqual([
      {
        code: 'OPE-AES-CAP-1A',
        label: 'Certificat Décideur - 1 an',
        quantity: 2,
        unitHt: 11000,
        totalHt: 22000,
      },
      {
        code: 'usb_reader',
        label: 'Lecteur format clé USB',
        quantity: 2,
        unitHt: 2000,
        totalHt: 4000,
      },
    ]);
  });

  it('matches the seed: 1 × 1 an → 110 € HT, 132 € TTC; express is priced per certificate', async () => {
    const one = (await (
      await t.call('POST', '/v1/quotes', { product: 'OPE-AES-CAP-1A', quantity: 1 })
    ).json()) as QuoteResponse;
    expect(one.totals).toEqual({ ht: 11000, vat: 2200, ttc: 13200 });
    const express = (await (
      await t.call('POST', '/v1/quotes', {
        product: 'OPE-AES-CAP-3A',
        quantity: 3,
        options: { usbReader: false, express: true },
      })
    ).json()) as QuoteResponse;
    expect(express.totals.ht).toBe(3 * 25500 + 3 * 5000);
    expect(express.totals.ttc).toBe(express.totals.ht + express.totals.vat);
  });

  it('ignores prices sent by the client', async () => {
    const res = await t.call('POST', '/v1/quotes', {
      product: 'OPE-AES-CAP-2A',
      quantity: 1,
      unitHt: 1,
      totals: { ht: 1, vat: 0, ttc: 1 },
    });
    expect(((await res.json()) as QuoteResponse).totals.ht).toBe(18000);
  });

  it.each([
    [{ product: 'OPE-AES-CAP-1A', quantity: 0 }, 'quantity'],
    [{ product: 'OPE-AES-CAP-1A', quantity: 51 }, 'quantity'],
    [{ product: 'OPE-AES-CAP-1A', quantity: 2.5 }, 'quantity'],
    [{ product: 'OPE-AES-CAP-1A', quantity: '2' }, 'quantity'],
    [{ quantity: 1 }, 'product'],
    [{ product: 'NOPE', quantity: 1 }, 'product'],
    [
      { product: 'OPE-AES-CAP-1A', quantity: 1, options: { usbReader: 'yes' } },
      'options.usbReader',
    ],
  ])('refuses %j with a 422 naming %s', async (body, field) => {
    const res = await t.call('POST', '/v1/quotes', body);
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    for (const error of problem.errors ?? []) expect(error.message).not.toMatch(/Invalid|Expected/);
  });

  it('answers malformed JSON with 400 and a wrong content type with 415, never 5xx', async () => {
    const bad = await t.request('/v1/quotes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Partner-Key': testPartnerKey },
      body: '{"product":',
    });
    expect(bad.status).toBe(400);
    const form = await t.request('/v1/quotes', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Partner-Key': testPartnerKey },
      body: 'hello',
    });
    expect(form.status).toBe(415);
    const huge = await t.call('POST', '/v1/quotes', { product: 'x'.repeat(70_000), quantity: 1 });
    expect(huge.status).toBe(413);
  });

  it('localises field messages: French by default, English on request', async () => {
    const fr = (await (
      await t.call('POST', '/v1/quotes', { product: 'OPE-AES-CAP-1A', quantity: 0 })
    ).json()) as Problem;
    expect(fr.errors?.[0]?.message).toMatch(/certificats/);
    const en = (await (
      await t.call(
        'POST',
        '/v1/quotes',
        { product: 'OPE-AES-CAP-1A', quantity: 0 },
        { 'Accept-Language': 'en' },
      )
    ).json()) as Problem;
    expect(en.title).toBe('Some information is invalid');
    expect(en.errors?.[0]?.message).toMatch(/certificates/);
  });
});
