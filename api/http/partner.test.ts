import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogResponse, OrderResponse, Problem } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { hashPassword } from '../security/password.ts';
import { hashToken } from '../security/tokens.ts';
import { createPartner } from '../services/partners.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const originA = 'https://marches.partner-a.example';
const originB = 'https://shop.partner-b.example';

describe(`partners: keys, origins, scoping (${databaseKind})`, () => {
  let t: TestApp;
  let partnerA: string;
  let partnerB: string;
  const keyA = 'pk_test_partner_a';
  const keyB = 'pk_live_partner_b';
  let n = 0;
  const place = async (key: string, email = 'jb.poquelin@moliere.fr', origin?: string) =>
    t.call('POST', '/v1/orders', orderBody({ email }), {
      'X-Partner-Key': key,
      'Idempotency-Key': `partner-test-${++n}-${Date.now()}`,
      ...(origin ? { Origin: origin } : {}),
    });
  const count = async (table: 'orders' | 'outbox' | 'idempotency_keys') =>
    Number(
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db))
        .rows[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestApp();
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

    it('refuses a disabled partner', async () => {
      const { partner } = await createPartner(t.db, {
        slug: 'gone',
        name: 'Gone',
        mode: 'test',
        publishableKey: 'pk_test_gone',
        allowedOrigins: [],
      });
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

  describe('scoping', () => {
    it("never shows partner A's order to partner B", async () => {
      const placed = (await (await place(keyA)).json()) as OrderResponse;
      const dossierId = placed.dossiers[0]?.id as string;
      const email = 'jb.poquelin@moliere.fr';

      // A buyer session opened through A: sees the dossier with A's key.
      const throughA = await sessionFor(t.db, email, 'customer', { partnerId: partnerA });
      const listA = await t.call('GET', '/v1/me/dossiers', undefined, {
        ...throughA,
        'X-Partner-Key': keyA,
      });
      expect(((await listA.json()) as { items: unknown[] }).items).toHaveLength(1);
      // The same token on B's page is not valid there.
      const stolen = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, {
        ...throughA,
        'X-Partner-Key': keyB,
      });
      expect(stolen.status).toBe(401);

      // A session through B (same buyer) never reads A's order, its dossier or its invoice.
      const throughB = await sessionFor(t.db, email, 'customer', { partnerId: partnerB });
      const headersB = { ...throughB, 'X-Partner-Key': keyB };
      const listB = await t.call('GET', '/v1/me/dossiers', undefined, headersB);
      expect(((await listB.json()) as { items: unknown[] }).items).toHaveLength(0);
      expect((await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, headersB)).status).toBe(
        404,
      );
      expect(
        (await t.call('GET', `/v1/orders/${placed.reference}/invoice.pdf`, undefined, headersB))
          .status,
      ).toBe(404);

      // CERTINOMIS's own client space (no key, unbound session) shows every order of the buyer.
      const firstParty = await sessionFor(t.db, email);
      const all = await t.call('GET', '/v1/me/dossiers', undefined, {
        ...firstParty,
        'X-Partner-Key': null,
      });
      expect(((await all.json()) as { items: unknown[] }).items).toHaveLength(1);
    });

    it('binds the session to the partner whose page started the login, whoever collects it', async () => {
      const email = 'armande.bejart@moliere.fr';
      const placedA = (await (await place(keyA, email)).json()) as OrderResponse;
      const now = new Date();
      await t.db
        .insertInto('accounts')
        .values({
          email,
          password_hash: await hashPassword('Le Misanthrope 1666!'),
          email_verified_at: now,
          created_at: now,
          password_changed_at: now,
        })
        .execute();
      const loginToken = async () => {
        const rows = await t.db
          .selectFrom('outbox')
          .select('text_body')
          .where('recipient', '=', email)
          .orderBy('created_at', 'desc')
          .execute();
        for (const { text_body } of rows) {
          const match = /[?&]login=([A-Za-z0-9_-]+)/.exec(text_body);
          if (match?.[1]) return match[1];
        }
        throw new Error('no login link');
      };
      // B's page starts the login; the buyer opens the link elsewhere (approves it).
      const started = await t.call(
        'POST',
        '/v1/auth/login',
        { email, password: 'Le Misanthrope 1666!' },
        { 'X-Partner-Key': keyB },
      );
      const { loginAttemptId } = (await started.json()) as { loginAttemptId: string };
      const approved = await t.call(
        'POST',
        '/v1/auth/verify',
        { token: await loginToken() },
        { 'X-Partner-Key': null },
      );
      expect(approved.status).toBe(200);
      // Collecting it without B's key (as if first party), or with A's key: not there.
      for (const key of [null, keyA]) {
        const poll = await t.call('GET', `/v1/auth/login/${loginAttemptId}`, undefined, {
          'X-Partner-Key': key,
        });
        expect(poll.status, String(key)).toBe(404);
      }
      // B collects it: a session bound to B, which never reads A's order.
      const poll = await t.call('GET', `/v1/auth/login/${loginAttemptId}`, undefined, {
        'X-Partner-Key': keyB,
      });
      expect(poll.status).toBe(200);
      const { accessToken } = (await poll.json()) as { accessToken: string };
      const session = await t.db
        .selectFrom('sessions')
        .select('partner_id')
        .where('token_hash', '=', await hashToken(accessToken))
        .executeTakeFirstOrThrow();
      expect(session.partner_id).toBe(partnerB);
      const dossierId = placedA.dossiers[0]?.id as string;
      for (const key of [null, keyB]) {
        const read = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, {
          Authorization: `Bearer ${accessToken}`,
          'X-Partner-Key': key,
        });
        expect(read.status, String(key)).toBe(404);
      }
    });

    it('scopes idempotency keys per partner', async () => {
      const headers = { 'Idempotency-Key': 'same-key-for-both-partners' };
      const a = await t.call('POST', '/v1/orders', orderBody(), {
        ...headers,
        'X-Partner-Key': keyA,
      });
      const b = await t.call('POST', '/v1/orders', orderBody(), {
        ...headers,
        'X-Partner-Key': keyB,
      });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.headers.get('Idempotent-Replayed')).toBeNull();
      expect(await count('orders')).toBe(2);
    });
  });

  describe('test keys', () => {
    it('make test orders: outside the real queue, invoiced in the TEST series', async () => {
      const test = (await (await place(keyA)).json()) as OrderResponse;
      const live = (await (await place(keyB)).json()) as OrderResponse;
      const rows = await t.db
        .selectFrom('orders')
        .innerJoin('invoices', 'invoices.order_id', 'orders.id')
        .select(['orders.reference', 'orders.livemode', 'orders.partner_id', 'invoices.number'])
        .execute();
      const byRef = new Map(rows.map((r) => [r.reference, r]));
      expect(byRef.get(test.reference)).toMatchObject({ livemode: false, partner_id: partnerA });
      expect(byRef.get(test.reference)?.number).toMatch(/^TEST-FA\d{4}-\d{6}$/);
      expect(byRef.get(live.reference)).toMatchObject({ livemode: true, partner_id: partnerB });
      expect(byRef.get(live.reference)?.number).toMatch(/^FA\d{4}-\d{6}$/);

      // The back office sends no partner key.
      const operator = {
        ...(await sessionFor(t.db, 'operateur@certinomis.fr', 'operator')),
        'X-Partner-Key': null,
      };
      const queue = async (query: string) =>
        (
          (await (
            await t.call('GET', `/v1/admin/dossiers${query}`, undefined, operator)
          ).json()) as { items: { orderReference: string; partner: string | null }[] }
        ).items.map((item) => item.orderReference);
      expect(await queue('')).toEqual([live.reference]);
      expect(await queue('?mode=test')).toEqual([test.reference]);
    });
  });

  describe('white label', () => {
    it("names the reseller in the confirmation e-mail and links to the reseller's own client space", async () => {
      await t.db
        .updateTable('partners')
        .set({ client_space_url: 'https://shop.partner-b.example/espace' })
        .where('id', '=', partnerB)
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
        .where('id', '=', partnerB)
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
        .where('id', '=', partnerA)
        .execute();
      const placed = (await (await place(keyA)).json()) as OrderResponse;
      await place(keyB);
      const rows = await t.db
        .selectFrom('outbox')
        .select(['recipient', 'subject', 'text_body'])
        .where('channel', '=', 'webhook')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ recipient: partnerA, subject: 'order.placed' });
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
        .where('id', '=', partnerA)
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
        .where('id', '=', partnerA)
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
        .where('id', '=', partnerA)
        .execute();
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
