import { sql } from 'kysely';
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OrderResponse, Problem } from '../../machines/contract.ts';
import { orderBody, sirets } from '../../machines/purchase/test-orders.ts';
import { isOrderReference } from '../../machines/rules/reference.ts';
import { orderRequestSchema } from '../../machines/schemas/purchase.ts';
import { claimIdempotencyKey, requestHash } from '../services/idempotency.ts';
import { createPartner } from '../services/partners.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`POST /v1/orders (${databaseKind})`, () => {
  let t: TestApp;
  let keyCounter = 0;
  const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;
  const post = (
    body: unknown,
    key: string | null = newKey(),
    headers: Record<string, string> = {},
  ) =>
    t.call(
      'POST',
      '/v1/orders',
      body,
      key === null ? headers : { 'Idempotency-Key': key, ...headers },
    );
  const count = async (table: 'orders' | 'outbox' | 'dossiers' | 'audit_events' | 'payments') =>
    Number(
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db))
        .rows[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-11-26T10:00:00Z') });
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    await sql`truncate orders, outbox, idempotency_keys, audit_events cascade`.execute(t.db);
  });

  it('places a transfer order and writes everything in one go', async () => {
    const res = await post(orderBody({ quantity: 3, payment: 'transfer' }), 'key-transfer-0001', {
      'User-Agent': 'vitest',
    });
    expect(res.status).toBe(201);
    const order = (await res.json()) as OrderResponse;
    expect(isOrderReference(order.reference)).toBe(true);
    expect(order.totals).toEqual({ ht: 39000, vat: 7800, ttc: 46800 });
    expect(order.dossiers).toHaveLength(3);
    expect(order.dossiers.every((d) => d.status === 'to_complete')).toBe(true);
    expect(order.payment.method).toBe('transfer');
    const instructions = order.payment.instructions;
    if (instructions.method !== 'transfer') throw new Error('expected transfer instructions');
    expect(instructions.payee).toMatchObject({
      holder: 'DOCAPOSTE CERTINOMIS',
      iban: 'FR7630003036400002050842442',
      bic: 'SOGEFRPP',
    });
    expect(instructions.label).toBe(`MOLIERE CERTIF 2026 ${order.reference}`);
    expect(instructions.amount).toBe(46800);

    const row = await t.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      reference: order.reference,
      quantity: 3,
      usb_reader: true,
      siret: sirets.privateFirst,
      siren: '812345676',
      email: 'jb.poquelin@moliere.fr',
      total_ttc: 46800,
      first_certificate: true,
      public_administration: false,
    });
    const lines = await t.db.selectFrom('order_lines').selectAll().orderBy('position').execute();
    expect(lines.map((l) => [l.code, l.quantity, l.unit_ht, l.total_ht])).toEqual([
      ['OPE-AES-CAP-1A', 3, 11000, 33000],
      ['usb_reader', 3, 2000, 6000],
    ]);
    const payment = await t.db.selectFrom('payments').selectAll().executeTakeFirstOrThrow();
    expect(payment).toMatchObject({ method: 'transfer', status: 'pending', amount_cents: 46800 });
    expect(payment.details).toEqual({ transferReference: 'MOLIERE CERTIF 2026' });
    const cgv = await t.db.selectFrom('cgv_acceptances').selectAll().executeTakeFirstOrThrow();
    expect(cgv).toMatchObject({ cgv_version: '2026-11-26', user_agent: 'vitest' });
    expect(await count('dossiers')).toBe(3);
    const audit = await t.db.selectFrom('audit_events').selectAll().executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      event: 'order.placed',
      entity_id: row.id,
      to_state: 'placed',
      actor_type: 'customer',
    });
    const mail = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(mail.channel).toBe('email');
    expect(mail.recipient).toBe('jb.poquelin@moliere.fr');
    expect(mail.subject).toContain(order.reference);
    expect(mail.text_body).toContain('FR76 3000 3036 4000 0205 0842 442');
    expect(mail.text_body).toContain(`MOLIERE CERTIF 2026 ${order.reference}`);
    expect(mail.text_body).toContain('468,00');
    expect(mail.text_body).toContain('http://localhost:3000/espace-client?order=');
    expect(mail.text_body).toMatch(/3 dossiers/);
  });

  it('places a cheque order with the cheque details in the instructions', async () => {
    const res = await post(
      orderBody({ payment: 'cheque', siret: sirets.privateExisting, usbReader: false }),
    );
    expect(res.status).toBe(201);
    const order = (await res.json()) as OrderResponse;
    expect(order.totals.ht).toBe(11000);
    expect(order.payment.instructions).toMatchObject({
      method: 'cheque',
      chequeNumber: '1234567',
      payableTo: 'DOCAPOSTE CERTINOMIS',
    });
  });

  it('places an administrative mandate order for a public body', async () => {
    const res = await post(orderBody({ payment: 'mandate', siret: sirets.publicFirst }));
    expect(res.status).toBe(201);
    const order = (await res.json()) as OrderResponse;
    expect(order.payment.instructions).toMatchObject({
      method: 'mandate',
      serviceCode: 'SERV-FIN_01',
      paymentTermDays: 30,
    });
    const payment = await t.db.selectFrom('payments').select('status').executeTakeFirstOrThrow();
    expect(payment.status).toBe('mandate');
  });

  it('gives each order its own reference', async () => {
    const a = (await (await post(orderBody())).json()) as OrderResponse;
    const b = (await (await post(orderBody())).json()) as OrderResponse;
    expect(a.reference).not.toBe(b.reference);
  });

  it('ignores prices and totals sent by the client', async () => {
    const res = await post({ ...orderBody(), totals: { ht: 1, vat: 0, ttc: 1 }, unitHt: 1 });
    expect(((await res.json()) as OrderResponse).totals.ttc).toBe(15600);
  });

  it('knows a SIREN we issued a certificate to: its next order needs no USB reader', async () => {
    const first = (await (await post(orderBody())).json()) as OrderResponse;
    expect((await post(orderBody({ usbReader: false }))).status).toBe(422);
    await t.db
      .updateTable('dossiers')
      .set({ status: 'issued' })
      .where('id', '=', first.dossiers[0]?.id as string)
      .execute();
    const res = await post(orderBody({ usbReader: false }));
    expect(res.status).toBe(201);
    const again = (await res.json()) as OrderResponse;
    const row = await t.db
      .selectFrom('orders')
      .select(['first_certificate', 'usb_reader'])
      .where('reference', '=', again.reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ first_certificate: false, usb_reader: false });
  });

  describe('refusals: 422 naming the field, nothing written', () => {
    const cases: [string, unknown, string, RegExp][] = [
      [
        'a mandate for a private SIRET',
        orderBody({ payment: 'mandate', siret: sirets.privateFirst }),
        'payment.method',
        /administrations publiques/,
      ],
      [
        'a closed organisation',
        orderBody({ siret: sirets.closed }),
        'customer.siret',
        /ferm|clos/i,
      ],
      [
        'an unknown SIRET',
        orderBody({ siret: sirets.unknownButValid }),
        'customer.siret',
        /Aucun établissement/,
      ],
      [
        'no USB reader for a first certificate',
        orderBody({ usbReader: false }),
        'options.usbReader',
        /USB/,
      ],
      ['CGV not accepted', { ...orderBody(), cgvAccepted: false }, 'cgvAccepted', /CGV/],
      [
        'an outdated CGV version',
        { ...orderBody(), cgvVersion: '2020-01-01' },
        'cgvVersion',
        /CGV/,
      ],
      [
        'mismatched e-mails',
        {
          ...orderBody(),
          customer: { ...orderBody().customer, emailConfirmation: 'other@moliere.fr' },
        },
        'customer.emailConfirmation',
        /correspondent/,
      ],
      [
        'a bad SIRET checksum',
        { ...orderBody(), customer: { ...orderBody().customer, siret: '81234567600018' } },
        'customer.siret',
        /SIRET/,
      ],
      ['quantity 51', orderBody({ quantity: 51 }), 'quantity', /50/],
      ['an unknown product', orderBody({ product: 'OPE-AES-CAP-9A' }), 'product', /catalogue/],
      [
        'a missing transfer reference',
        { ...orderBody(), payment: { method: 'transfer' } },
        'payment.transferReference',
        /obligatoire/,
      ],
      [
        'a 6-digit cheque number',
        {
          ...orderBody({ payment: 'cheque' }),
          payment: { method: 'cheque', chequeNumber: '123456', bank: 'X' },
        },
        'payment.chequeNumber',
        /7 chiffres/,
      ],
      [
        'a bad postal code',
        { ...orderBody(), customer: { ...orderBody().customer, postalCode: '7501' } },
        'customer.postalCode',
        /postal/i,
      ],
      [
        'a bad phone',
        { ...orderBody(), customer: { ...orderBody().customer, phone: '12' } },
        'customer.phone',
        /téléphone/i,
      ],
    ];
    it.each(cases)('%s', async (_name, body, field, message) => {
      const res = await post(body);
      expect(res.status).toBe(422);
      const problem = (await res.json()) as Problem;
      const error = problem.errors?.find((e) => e.field === field);
      expect(error, JSON.stringify(problem.errors)).toBeDefined();
      expect(error?.message).toMatch(message);
      expect(await count('orders')).toBe(0);
      expect(await count('outbox')).toBe(0);
    });

    it('answers in English with Accept-Language: en', async () => {
      const res = await post(
        orderBody({ payment: 'mandate', siret: sirets.privateFirst }),
        newKey(),
        {
          'Accept-Language': 'en',
        },
      );
      const problem = (await res.json()) as Problem;
      expect(problem.title).toBe('Some information is invalid');
      expect(problem.errors?.[0]?.message).toMatch(/public/i);
    });

    it('requires an Idempotency-Key header (400)', async () => {
      const res = await post(orderBody(), null);
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).type).toMatch(/idempotency-key-required$/);
      expect(await count('orders')).toBe(0);
    });

    it('lets a refused request be corrected and retried with the same key', async () => {
      const key = newKey();
      expect((await post(orderBody({ usbReader: false }), key)).status).toBe(422);
      expect((await post(orderBody(), key)).status).toBe(201);
    });
  });

  describe('idempotency', () => {
    it('replays the same answer for the same key and body, creating nothing new', async () => {
      const key = newKey();
      const first = await post(orderBody(), key);
      const second = await post(orderBody(), key);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await second.json()).toEqual(await first.json());
      expect(await count('orders')).toBe(1);
      expect(await count('outbox')).toBe(1);
    });

    it('replays the first answer byte for byte, with its status and Content-Type', async () => {
      const key = newKey();
      const first = await post(orderBody({ quantity: 2 }), key);
      const firstText = await first.text();
      const second = await post(orderBody({ quantity: 2 }), key);
      expect(second.status).toBe(first.status);
      expect(second.headers.get('Content-Type')).toBe(first.headers.get('Content-Type'));
      expect(await second.text()).toBe(firstText);
      // What a replay from the jsonb column would have sent: the same data, other bytes.
      const stored = await sql<{ jsonb: string; text: string }>`
        select response_body::text as jsonb, response_text as text from idempotency_keys`.execute(
        t.db,
      );
      expect(stored.rows[0]?.text).toBe(firstText);
      expect(stored.rows[0]?.jsonb).not.toBe(firstText);
      expect(JSON.parse(stored.rows[0]?.jsonb ?? 'null')).toEqual(JSON.parse(firstText));
    });

    it('answers the retry of a request that died holding its key once the lease is over', async () => {
      const body = orderBody();
      const hash = await requestHash(v.parse(orderRequestSchema, body));
      const now = new Date('2026-11-26T10:00:00Z').getTime();
      // A request that claimed its key 10 s ago and died: its lease (30 s) still runs.
      const stillHeld = newKey();
      await claimIdempotencyKey(
        t.db,
        { scope: t.partner.partner.id, key: stillHeld },
        hash,
        new Date(now - 10_000),
      );
      const refused = await post(body, stillHeld);
      expect(refused.status).toBe(409);
      expect(refused.headers.get('Retry-After')).toBe('1');
      // One that died 31 s ago: its lease is over, the retry places the order.
      const abandoned = newKey();
      await claimIdempotencyKey(
        t.db,
        { scope: t.partner.partner.id, key: abandoned },
        hash,
        new Date(now - 31_000),
      );
      const placed = await post(body, abandoned);
      expect(placed.status).toBe(201);
      const replayed = await post(body, abandoned);
      expect(await replayed.text()).toBe(await placed.text());
      expect(await count('orders')).toBe(1);
      const row = await t.db
        .selectFrom('idempotency_keys')
        .select(['status'])
        .where('key', '=', abandoned)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('done');
    });

    it('refuses the same key with another body (422)', async () => {
      const key = newKey();
      await post(orderBody(), key);
      const res = await post(orderBody({ quantity: 2 }), key);
      expect(res.status).toBe(422);
      expect(((await res.json()) as Problem).type).toMatch(/idempotency-key-reused$/);
      expect(await count('orders')).toBe(1);
    });

    it('scopes keys per partner', async () => {
      for (const slug of ['scope-a', 'scope-b']) {
        await createPartner(t.db, {
          slug,
          name: slug,
          mode: 'test',
          publishableKey: `pk_test_${slug.replace('-', '_')}`,
          allowedOrigins: [],
        });
      }
      const key = newKey();
      expect((await post(orderBody(), key, { 'X-Partner-Key': 'pk_test_scope_a' })).status).toBe(
        201,
      );
      expect(
        (await post(orderBody({ quantity: 2 }), key, { 'X-Partner-Key': 'pk_test_scope_b' }))
          .status,
      ).toBe(201);
      expect(await count('orders')).toBe(2);
    });
  });

  it('writes nothing when the transaction fails after the order insert, and a retry succeeds', async () => {
    await sql`create or replace function fail_outbox() returns trigger language plpgsql as $$
      begin raise exception 'forced failure'; end $$`.execute(t.db);
    await sql`create trigger fail_outbox before insert on outbox for each row execute function fail_outbox()`.execute(
      t.db,
    );
    const errors: unknown[] = [];
    const failing = await createTestApp({ reportError: (e) => errors.push(e) });
    // The trigger lives in the other test database: install it there too.
    await sql`create or replace function fail_outbox() returns trigger language plpgsql as $$
      begin raise exception 'forced failure'; end $$`.execute(failing.db);
    await sql`create trigger fail_outbox before insert on outbox for each row execute function fail_outbox()`.execute(
      failing.db,
    );
    const key = newKey();
    const res = await failing.call('POST', '/v1/orders', orderBody(), { 'Idempotency-Key': key });
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(errors).toHaveLength(1);
    for (const table of [
      'orders',
      'order_lines',
      'dossiers',
      'payments',
      'audit_events',
      'outbox',
      'idempotency_keys',
    ]) {
      const n = (
        await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
          failing.db,
        )
      ).rows[0]?.n;
      expect(n, table).toBe(0);
    }
    await sql`drop trigger fail_outbox on outbox`.execute(failing.db);
    const retry = await failing.call('POST', '/v1/orders', orderBody(), { 'Idempotency-Key': key });
    expect(retry.status).toBe(201);
    await failing.destroy();
    await sql`drop trigger fail_outbox on outbox`.execute(t.db);
  });

  describe.runIf(databaseKind === 'postgres')('concurrency on real Postgres', () => {
    it('20 parallel POSTs with one key create exactly one order', async () => {
      const key = newKey();
      const responses = await Promise.all(Array.from({ length: 20 }, () => post(orderBody(), key)));
      const statuses = responses.map((r) => r.status);
      expect(
        statuses.every((s) => s === 201 || s === 409),
        statuses.join(','),
      ).toBe(true);
      expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
      expect(await count('orders')).toBe(1);
      expect(await count('outbox')).toBe(1);
      const references = new Set(
        await Promise.all(
          responses
            .filter((r) => r.status === 201)
            .map(async (r) => ((await r.json()) as OrderResponse).reference),
        ),
      );
      expect(references.size).toBe(1);
    });

    it('20 parallel POSTs with distinct keys create 20 orders with distinct references', async () => {
      const responses = await Promise.all(Array.from({ length: 20 }, () => post(orderBody())));
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      const rows = await t.db.selectFrom('orders').select('reference').execute();
      expect(new Set(rows.map((r) => r.reference)).size).toBe(20);
    });
  });
});
