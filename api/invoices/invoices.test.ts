import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { expectCiiSums } from '../testing/cii-sums.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`invoices (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // The forced failure below is expected: keep it out of the test output.
    t = await createTestApp({ reportError: () => {} });
  });
  afterAll(() => t.destroy());

  async function order(overrides: Parameters<typeof orderBody>[0]) {
    const res = await t.call('POST', '/v1/orders', orderBody(overrides), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as OrderResponse;
  }

  it('numbers invoices without gaps, even when an order fails in between', async () => {
    await order({ email: 'a@moliere.fr' });
    await sql`create or replace function fail_outbox() returns trigger language plpgsql as $$ begin raise exception 'x'; end $$`.execute(
      t.db,
    );
    await sql`create trigger fail_outbox before insert on outbox for each row execute function fail_outbox()`.execute(
      t.db,
    );
    const failed = await t.call('POST', '/v1/orders', orderBody({ email: 'b@moliere.fr' }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(failed.status).toBe(500);
    await sql`drop trigger fail_outbox on outbox`.execute(t.db);
    await order({ email: 'c@moliere.fr' });
    const rows = await t.db
      .selectFrom('invoices')
      .select(['sequence', 'number'])
      .orderBy('sequence')
      .execute();
    const sequences = rows.map((r) => r.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => (sequences[0] ?? 1) + i));
    expect(rows[0]?.number).toMatch(/^FA\d{4}-\d{6}$/);
  });

  it.each([
    ['transfer', 3, true, false],
    ['mandate', 2, true, true],
    ['cheque', 7, false, true],
  ] as const)(
    '%s × %i: the CII XML satisfies the EN 16931 sum rules BR-CO-10 to BR-CO-17',
    async (payment, quantity, usbReader, express) => {
      const email = `${payment}-${quantity}@moliere.fr`;
      const siret =
        payment === 'mandate'
          ? '21750999100014'
          : payment === 'cheque'
            ? '52345678800018'
            : '81234567600017';
      const placed = await order({ email, payment, quantity, usbReader, express, siret });
      const auth = await sessionFor(t.db, email);
      const res = await t.call(
        'GET',
        `/v1/orders/${placed.reference}/invoice.xml`,
        undefined,
        auth,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/xml/);
      const xml = await res.text();
      // BR-CO-10 to BR-CO-17, checked as for the credit notes (api/testing/cii-sums.ts).
      const { taxBasis, taxTotal, grand } = expectCiiSums(xml);
      // And they are the order's amounts.
      expect([taxBasis, taxTotal, grand]).toEqual([
        placed.totals.ht,
        placed.totals.vat,
        placed.totals.ttc,
      ]);
      if (payment === 'mandate') {
        expect(xml).toContain('<ram:BuyerReference>SERV-FIN_01</ram:BuyerReference>');
        expect(xml).toContain('<ram:IssuerAssignedID>EJ 2026/000123</ram:IssuerAssignedID>');
        expect(xml).toContain('<ram:ID schemeID="0009">21750999100014</ram:ID>');
      }
      const pdf = await t.call(
        'GET',
        `/v1/orders/${placed.reference}/invoice.pdf`,
        undefined,
        auth,
      );
      expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
      expect((await PDFDocument.load(await pdf.arrayBuffer())).getTitle()).toMatch(
        /^Facture FA\d{4}-\d{6}$/,
      );
    },
  );

  it('shows an invoice only to the buyer who ordered and to operators', async () => {
    const placed = await order({ email: 'owner@moliere.fr' });
    const stranger = await sessionFor(t.db, 'stranger@moliere.fr');
    expect(
      (await t.call('GET', `/v1/orders/${placed.reference}/invoice.pdf`, undefined, stranger))
        .status,
    ).toBe(404);
    expect((await t.call('GET', `/v1/orders/${placed.reference}/invoice.pdf`)).status).toBe(401);
    // The back office sends no partner key.
    const operator = {
      ...(await sessionFor(t.db, 'ope@certinomis.fr', 'operator')),
      'X-Partner-Key': null,
    };
    expect(
      (await t.call('GET', `/v1/orders/${placed.reference}/invoice.xml`, undefined, operator))
        .status,
    ).toBe(200);
  });
});
