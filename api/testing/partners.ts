/**
 * Two partners beside the test app's own, for the tests of partner keys, origins, scoping and
 * per-partner settings (api/http/partner-*.test.ts): A, a test-mode partner on `originA`,
 * and B, a live partner on `originB` with its own branding and prices. `twoPartners`
 * registers the file's hooks: one app per file, its orders, outbox, idempotency keys and
 * audit emptied before every test.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createPartner } from '../services/partners.ts';
import type { TestApp } from './test-app.ts';

export const originA = 'https://marches.partner-a.example';
export const originB = 'https://shop.partner-b.example';
export const keyA = 'pk_test_partner_a';
export const keyB = 'pk_live_partner_b';

/**
 * Call inside the file's describe: `twoPartners(() => createTestApp())`; read the partners'
 * ids from the returned object inside the tests.
 */
export function twoPartners(create: () => Promise<TestApp>) {
  let t: TestApp;
  let partnerA: string;
  let partnerB: string;
  let n = 0;

  beforeAll(async () => {
    t = await create();
    partnerA = (
      await createPartner(t.db, {
        slug: 'partner-a',
        name: 'Partner A',
        mode: 'test',
        publishableKey: keyA,
        allowedOrigins: [originA],
      })
    ).partner.id;
    partnerB = (
      await createPartner(t.db, {
        slug: 'partner-b',
        name: 'Partner B',
        mode: 'live',
        publishableKey: keyB,
        allowedOrigins: [originB],
        branding: {
          displayName: 'Signatures B',
          logoUrl: 'https://shop.partner-b.example/logo.svg',
          colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
          font: '"Georgia", serif',
          defaultLocale: 'en',
        },
        priceList: { products: { 'OPE-AES-CAP-1A': 12_900 }, options: { usb_reader: 1_500 } },
      })
    ).partner.id;
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    await sql`truncate orders, outbox, idempotency_keys, audit_events cascade`.execute(t.db);
  });

  return {
    /** Places an order with a partner's key (and the page's origin, when given). */
    place: async (key: string, email = 'jb.poquelin@moliere.fr', origin?: string) =>
      t.call('POST', '/v1/orders', orderBody({ email }), {
        'X-Partner-Key': key,
        'Idempotency-Key': `partner-test-${++n}-${Date.now()}`,
        ...(origin ? { Origin: origin } : {}),
      }),
    count: async (table: 'orders' | 'outbox' | 'idempotency_keys') =>
      Number(
        (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db))
          .rows[0]?.n,
      ),
    get partnerA() {
      return partnerA;
    },
    get partnerB() {
      return partnerB;
    },
  };
}
