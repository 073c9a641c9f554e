/**
 * What each partner configures: its name and client space in the buyer's e-mails (white
 * label), its webhook endpoint, its branding, prices and CGV version in the catalogue, the
 * quotes and the orders. Partners A and B: api/testing/partners.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogResponse, OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { keyA, keyB, twoPartners } from '../testing/partners.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`partners: settings per partner (${databaseKind})`, () => {
  let t: TestApp;
  const partners = twoPartners(async () => (t = await createTestApp()));
  const { place } = partners;

  describe('white label', () => {
    it("names the reseller in the confirmation e-mail and links to the reseller's own client space", async () => {
      await t.db
        .updateTable('partners')
        .set({ client_space_url: 'https://shop.partner-b.example/espace' })
        .where('id', '=', partners.partnerB)
        .execute();
      const placed = (await (await place(keyB)).json()) as OrderResponse;
      expect(placed.clientSpaceUrl).toMatch(/^https:\/\/shop\.partner-b\.example\/espace\?order=/);
      const mail = await t.db
        .selectFrom('outbox')
        .select(['subject', 'text_body', 'html_body'])
        .where('channel', '=', 'email')
        .executeTakeFirstOrThrow();
      expect(mail.subject).toBe(`Votre commande Signatures B ${placed.reference} est enregistrée`);
      expect(mail.text_body).toContain('dans l’espace client Signatures B');
      expect(mail.text_body).toContain(placed.clientSpaceUrl);
      expect(mail.html_body).toContain(
        'Signatures B — certificats de signature électronique qualifiés eIDAS émis par CERTINOMIS',
      );
      await t.db
        .updateTable('partners')
        .set({ client_space_url: null })
        .where('id', '=', partners.partnerB)
        .execute();
    });
  });

  describe('webhooks', () => {
    it('queue order.placed in the order transaction for a partner with an endpoint only', async () => {
      await t.db
        .updateTable('partners')
        .set({
          webhook_url: 'https://marches.partner-a.example/hooks',
          webhook_secret: 'whsec_0123456789abcdef',
        })
        .where('id', '=', partners.partnerA)
        .execute();
      const placed = (await (await place(keyA)).json()) as OrderResponse;
      await place(keyB);
      const rows = await t.db
        .selectFrom('outbox')
        .select(['recipient', 'subject', 'text_body'])
        .where('channel', '=', 'webhook')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ recipient: partners.partnerA, subject: 'order.placed' });
      const envelope = JSON.parse(rows[0]?.text_body ?? '{}');
      expect(envelope).toMatchObject({
        type: 'order.placed',
        livemode: false,
        data: { reference: placed.reference, totals: placed.totals, certificates: 1 },
      });
      expect(envelope.id).toMatch(/^evt_/);
    });
  });

  describe('catalogue per partner', () => {
    it("returns the partner's branding, mode and prices, and quotes and orders at those prices", async () => {
      const res = await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': keyB });
      const body = (await res.json()) as CatalogResponse;
      expect(res.headers.get('Vary')).toMatch(/X-Partner-Key/);
      expect(body.partner).toEqual({
        slug: 'partner-b',
        mode: 'live',
        branding: {
          displayName: 'Signatures B',
          logoUrl: 'https://shop.partner-b.example/logo.svg',
          colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
          font: '"Georgia", serif',
          defaultLocale: 'en',
        },
      });
      expect(body.products.find((p) => p.code === 'OPE-AES-CAP-1A')?.priceHt).toBe(12_900);
      expect(body.options.find((o) => o.code === 'usb_reader')?.priceHt).toBe(1_500);

      const quote = await t.call(
        'POST',
        '/v1/quotes',
        { product: 'OPE-AES-CAP-1A', quantity: 2, options: { usbReader: true, express: false } },
        { 'X-Partner-Key': keyB },
      );
      expect(((await quote.json()) as { totals: { ht: number } }).totals.ht).toBe(
        2 * (12_900 + 1_500),
      );
      const order = (await (await place(keyB)).json()) as OrderResponse;
      expect(order.totals.ht).toBe(12_900 + 1_500);

      const plain = (await (
        await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': keyA })
      ).json()) as CatalogResponse;
      expect(plain.products.find((p) => p.code === 'OPE-AES-CAP-1A')?.priceHt).toBe(11_000);
      expect(plain.partner.branding.displayName).toBe('CERTINOMIS');
    });

    it('never lets a stored branding value reach the page unless it is safe', async () => {
      await t.db
        .updateTable('partners')
        .set({
          branding: JSON.stringify({
            displayName: 'Évasion',
            colors: { primary: 'red;}</style><script>', accent: '#123456' },
            font: 'x; background: url(https://evil.example)',
            logoUrl: 'javascript:alert(1)',
          }),
        })
        .where('id', '=', partners.partnerA)
        .execute();
      const body = (await (
        await t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': keyA })
      ).json()) as CatalogResponse;
      expect(body.partner.branding).toEqual({
        displayName: 'Évasion',
        logoUrl: null,
        colors: { primary: '#1d4f91', onPrimary: '#ffffff', accent: '#123456' },
        font: null,
        defaultLocale: 'fr',
      });
    });

    it("serves and enforces the partner's own CGV version", async () => {
      await t.db
        .insertInto('cgv_documents')
        .values({
          version: 'reseller-2026-10-01',
          title: 'CGV du revendeur',
          html: '<p>Conditions du revendeur</p>',
          published_at: new Date('2026-10-01T00:00:00Z'),
        })
        .execute();
      await t.db
        .updateTable('partners')
        .set({ cgv_version: 'reseller-2026-10-01' })
        .where('id', '=', partners.partnerA)
        .execute();
      const cgv = (await (
        await t.call('GET', '/v1/cgv', undefined, { 'X-Partner-Key': keyA })
      ).json()) as { version: string };
      expect(cgv.version).toBe('reseller-2026-10-01');
      const refused = await place(keyA);
      expect(refused.status).toBe(422);
      const accepted = await t.call(
        'POST',
        '/v1/orders',
        { ...orderBody(), cgvVersion: 'reseller-2026-10-01' },
        { 'X-Partner-Key': keyA, 'Idempotency-Key': 'reseller-cgv-order-1' },
      );
      expect(accepted.status).toBe(201);
      await t.db
        .updateTable('partners')
        .set({ cgv_version: null })
        .where('id', '=', partners.partnerA)
        .execute();
    });
  });
});
