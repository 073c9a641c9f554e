import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CgvResponse } from '../../machines/contract.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`GET /v1/cgv (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('serves the current version of the terms of sale', async () => {
    const res = await t.call('GET', '/v1/cgv');
    expect(res.status).toBe(200);
    const cgv = (await res.json()) as CgvResponse;
    expect(cgv.version).toBe('2026-11-26');
    expect(cgv.title).toBe('Conditions générales de vente');
    expect(cgv.html).toContain('<h3>6 Paiement</h3>');
  });

  it('serves a newer version once published, which orders must then accept', async () => {
    await t.db
      .insertInto('cgv_documents')
      .values({
        version: '2027-01-01',
        title: 'CGV 2027',
        html: '<p>v2</p>',
        published_at: new Date('2027-01-01T00:00:00Z'),
      })
      .execute();
    const cgv = (await (await t.call('GET', '/v1/cgv')).json()) as CgvResponse;
    expect(cgv.version).toBe('2027-01-01');
  });

  it('exposes /dev/outbox only in demo mode', async () => {
    expect((await t.call('GET', '/dev/outbox')).status).toBe(404);
    const demo = await createTestApp({ demo: true });
    const res = await demo.call('GET', '/dev/outbox');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    await demo.destroy();
  });
});
