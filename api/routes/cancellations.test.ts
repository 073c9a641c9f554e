import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldError, OrderResponse } from '../../machines/contract.ts';
import { mandataireData, organisationData } from '../../machines/dossier/test-fixtures.ts';
import { orderBody, type PaymentKind } from '../../machines/purchase/test-orders.ts';
import type {
  AdminCreditNote,
  BillingDocument,
  CancellationResponse,
} from '../../machines/schemas/cancellation.ts';
import { readFacturXml } from '../invoices/factur-x.ts';
import { createPartner } from '../services/partners.ts';
import { ciiValues, expectCiiSums } from '../testing/cii-sums.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

type Problem = { status: number; type: string; errors?: FieldError[] };

describe(`cancellation and credit notes (${databaseKind})`, () => {
  let t: TestApp;
  let operator: { Authorization: string; 'X-Partner-Key': null };
  // Real time: the sessions of api/testing/sessions.ts last an hour from now.
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    t = await createTestApp();
    operator = {
      ...(await sessionFor(t.db, 'operateur@certinomis.fr', 'operator')),
      'X-Partner-Key': null,
    };
  });
  afterAll(() => t.destroy());

  async function order(
    overrides: Parameters<typeof orderBody>[0] & { payment?: PaymentKind },
    headers: Record<string, string> = {},
  ) {
    const email = overrides.email ?? `buyer-${crypto.randomUUID().slice(0, 8)}@moliere.fr`;
    const siret = overrides.payment === 'mandate' ? '21750999100014' : overrides.siret;
    const res = await t.call('POST', '/v1/orders', orderBody({ ...overrides, email, siret }), {
      'Idempotency-Key': crypto.randomUUID(),
      ...headers,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return {
      order: (await res.json()) as OrderResponse,
      email,
      auth: await sessionFor(t.db, email),
    };
  }
  const cancel = (reference: string, body: object, headers: object = operator) =>
    t.call('POST', `/v1/admin/orders/${reference}/cancellation`, body, { ...headers });
  const statuses = async (reference: string) =>
    (
      await t.db
        .selectFrom('dossiers')
        .innerJoin('orders', 'orders.id', 'dossiers.order_id')
        .select('dossiers.status')
        .where('orders.reference', '=', reference)
        .orderBy('dossiers.position')
        .execute()
    ).map((d) => d.status);
  const invoiceOf = async (reference: string) =>
    t.db
      .selectFrom('invoices')
      .innerJoin('orders', 'orders.id', 'invoices.order_id')
      .select(['invoices.number', 'invoices.issued_at'])
      .where('orders.reference', '=', reference)
      .executeTakeFirstOrThrow();

  it('cancels a paid order whole: credit note against the invoice, refund to record, e-mail and webhook', async () => {
    await t.db
      .updateTable('partners')
      .set({ webhook_url: 'https://partner.example/hooks', webhook_secret: 'whsec_cancel_0001' })
      .where('id', '=', t.partner.partner.id)
      .execute();
    const { order: placed, email, auth } = await order({ quantity: 2, usbReader: true });
    const { reference } = placed;
    const paid = await t.call(
      'POST',
      `/v1/admin/orders/${reference}/payment`,
      { amount: placed.totals.ttc, reference },
      operator,
    );
    expect(paid.status).toBe(200);

    const res = await cancel(reference, { reason: '  Commande en double  ' });
    expect(res.status, await res.clone().text()).toBe(200);
    const result = (await res.json()) as CancellationResponse;
    expect(result.dossierIds).toEqual(placed.dossiers.map((d) => d.id));
    expect(result.creditNote).toEqual({
      number: expect.stringMatching(new RegExp(`^AV${year}-\\d{6}$`)),
      grandTotal: placed.totals.ttc,
    });
    expect(result.refund).toMatchObject({ amount: placed.totals.ttc, method: 'transfer' });
    expect(await statuses(reference)).toEqual(['cancelled', 'cancelled']);
    const number = result.creditNote?.number ?? '';

    // The buyer sees it beside the invoice, and downloads it as CII and as Factur-X.
    const invoice = await invoiceOf(reference);
    const list = await t.call('GET', '/v1/me/billing-documents', undefined, auth);
    const { items } = (await list.json()) as { items: BillingDocument[] };
    expect(items.map((i) => [i.kind, i.number, i.invoiceNumber])).toEqual([
      ['invoice', invoice.number, null],
      ['credit_note', number, invoice.number],
    ]);
    const xmlRes = await t.call('GET', items[1]?.xml ?? '', undefined, auth);
    expect(xmlRes.status).toBe(200);
    const xml = await xmlRes.text();
    expect(ciiValues(xml, 'TypeCode')[0]).toBe('381');
    expect(xml).toContain(`<ram:IncludedNote><ram:Content>Commande en double</ram:Content>`);
    // BT-25 / BT-26: the invoice corrected, by number and date.
    expect(xml).toMatch(
      new RegExp(
        `<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>${invoice.number}</ram:IssuerAssignedID>\\s*<ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${new Date(invoice.issued_at).toISOString().slice(0, 10).replaceAll('-', '')}</qdt:DateTimeString>`,
      ),
    );
    const sums = expectCiiSums(xml);
    expect([sums.taxBasis, sums.taxTotal, sums.grand]).toEqual([
      placed.totals.ht,
      placed.totals.vat,
      placed.totals.ttc,
    ]);
    const pdf = await t.call('GET', items[1]?.pdf ?? '', undefined, auth);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    const embedded = await readFacturXml(await pdf.arrayBuffer());
    expect(embedded).toBe(xml);
    expectCiiSums(embedded ?? '');
    // Another buyer sees none of it.
    const stranger = await sessionFor(t.db, 'stranger-cancel@moliere.fr');
    expect((await t.call('GET', items[1]?.pdf ?? '', undefined, stranger)).status).toBe(404);

    // The buyer is told, the partner hears order.cancelled.
    const mails = await t.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('channel', '=', 'email')
      .where('recipient', '=', email)
      .execute();
    const told = mails.find((m) => m.subject?.includes('annulée'));
    expect(told?.text_body).toContain(number);
    expect(told?.text_body).toContain('remboursé');
    const hooks = (
      await t.db
        .selectFrom('outbox')
        .select('text_body')
        .where('channel', '=', 'webhook')
        .where('subject', '=', 'order.cancelled')
        .execute()
    ).map((r) => JSON.parse(r.text_body) as { data: Record<string, unknown> });
    expect(hooks.find((h) => h.data.reference === reference)?.data).toMatchObject({
      wholeOrder: true,
      reason: 'Commande en double',
      creditNote: { number, invoiceNumber: invoice.number, totals: placed.totals },
      refund: { amount: placed.totals.ttc, method: 'transfer' },
    });

    // The refund is to do until an operator records it, once.
    const notes = async () =>
      (
        (await (
          await t.call('GET', `/v1/admin/orders/${reference}/credit-notes`, undefined, operator)
        ).json()) as { items: AdminCreditNote[] }
      ).items;
    const [note] = await notes();
    expect(note?.refund).toMatchObject({ refundedAt: null, amount: placed.totals.ttc });
    const refundPath = `/v1/admin/refunds/${note?.refund?.id}`;
    expect((await t.call('POST', refundPath, { reference: 'VIR REMB 42' }, operator)).status).toBe(
      200,
    );
    expect((await notes())[0]?.refund).toMatchObject({
      refundedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      reference: 'VIR REMB 42',
    });
    const again = await t.call('POST', refundPath, { reference: 'VIR REMB 43' }, operator);
    expect(again.status).toBe(422);
    expect(((await again.json()) as Problem).errors?.[0]?.field).toBe('refund');

    // Nothing left to cancel.
    const twice = await cancel(reference, { reason: 'Encore' });
    expect(twice.status).toBe(409);
    expect(await t.db.selectFrom('credit_notes').select('id').execute()).toHaveLength(1);
    await t.db
      .updateTable('partners')
      .set({ webhook_url: null, webhook_secret: null })
      .where('id', '=', t.partner.partner.id)
      .execute();
  });

  it('cancels some certificates of a mandate order: each credit note its share, Chorus fields, no refund', async () => {
    const { order: placed } = await order({ payment: 'mandate', quantity: 3 });
    const { reference } = placed;
    const first = (await (
      await cancel(reference, { reason: 'Agent parti', dossierIds: [placed.dossiers[1]?.id] })
    ).json()) as CancellationResponse;
    expect(first.refund).toBeNull();
    expect(await statuses(reference)).toEqual(['to_complete', 'cancelled', 'to_complete']);
    const rest = (await (
      await cancel(reference, { reason: 'Marché annulé' })
    ).json()) as CancellationResponse;
    expect(rest.dossierIds).toEqual([placed.dossiers[0]?.id, placed.dossiers[2]?.id]);
    expect(await statuses(reference)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const seq = (n: string | undefined) => Number(n?.slice(-6));
    expect(seq(rest.creditNote?.number)).toBe(seq(first.creditNote?.number) + 1);

    const operatorXml = async (number: string | undefined) =>
      (
        await t.call(
          'GET',
          `/v1/orders/${reference}/credit-notes/${number}.xml`,
          undefined,
          operator,
        )
      ).text();
    const one = await operatorXml(first.creditNote?.number);
    const two = await operatorXml(rest.creditNote?.number);
    for (const xml of [one, two]) {
      expect(xml).toContain('<ram:BuyerReference>SERV-FIN_01</ram:BuyerReference>');
      expect(xml).toContain('<ram:IssuerAssignedID>EJ 2026/000123</ram:IssuerAssignedID>');
      expect(xml).toContain('<ram:ID schemeID="0009">21750999100014</ram:ID>');
    }
    expect(ciiValues(one, 'BilledQuantity')).toEqual(
      ciiValues(one, 'BilledQuantity').map(() => '1'),
    );
    expect(ciiValues(two, 'BilledQuantity')).toEqual(
      ciiValues(two, 'BilledQuantity').map(() => '2'),
    );
    // Together they credit the whole invoice.
    const a = expectCiiSums(one);
    const b = expectCiiSums(two);
    expect(a.taxBasis + b.taxBasis).toBe(placed.totals.ht);
  });

  it('numbers test orders’ credit notes in the test series', async () => {
    await createPartner(t.db, {
      slug: 'test-mode-partner',
      name: 'Test mode',
      mode: 'test',
      publishableKey: 'pk_test_cancellations',
      allowedOrigins: ['https://partner.example'],
    });
    const { order: placed } = await order({}, { 'X-Partner-Key': 'pk_test_cancellations' });
    const res = (await (
      await cancel(placed.reference, { reason: 'Essai' })
    ).json()) as CancellationResponse;
    expect(res.creditNote?.number).toBe(`TEST-AV${year}-000001`);
  });

  it('cancels one certificate through its dossier events too, with its credit note', async () => {
    const { order: placed } = await order({ quantity: 2 });
    const id = placed.dossiers[0]?.id;
    const res = await t.call(
      'POST',
      `/v1/admin/dossiers/${id}/events`,
      { type: 'order.cancelled', reason: 'Doublon' },
      { ...operator, 'If-Match': '"1"' },
    );
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('cancelled');
    const notes = await t.db
      .selectFrom('credit_notes')
      .innerJoin('orders', 'orders.id', 'credit_notes.order_id')
      .select('credit_notes.dossier_ids')
      .where('orders.reference', '=', placed.reference)
      .execute();
    expect(notes.map((n) => n.dossier_ids)).toEqual([[id]]);
  });

  it('refuses bad requests, naming the field, and changes nothing', async () => {
    const { order: placed, auth } = await order({});
    const other = await order({});
    const before = await t.db.selectFrom('credit_note_counter').selectAll().execute();
    const noReason = await cancel(placed.reference, { reason: ' ' });
    expect(noReason.status).toBe(422);
    expect(((await noReason.json()) as Problem).errors?.[0]?.field).toBe('reason');
    const stranger = await cancel(placed.reference, {
      reason: 'x',
      dossierIds: [other.order.dossiers[0]?.id],
    });
    expect(stranger.status).toBe(422);
    expect(((await stranger.json()) as Problem).errors?.[0]?.field).toBe('dossierIds.0');
    expect((await cancel(placed.reference, { reason: 'x' }, auth)).status).toBe(403);
    expect((await cancel('BD0000000000', { reason: 'x' })).status).toBe(404);
    expect(await statuses(placed.reference)).toEqual(['to_complete']);
    expect(await t.db.selectFrom('credit_note_counter').selectAll().execute()).toEqual(before);
  });

  it('refuses to cancel an issued certificate (409 naming it): it is revoked instead', async () => {
    const { id, reference } = await issuedMandateDossier();
    const res = await cancel(reference, { reason: 'Trop tard' });
    expect(res.status).toBe(409);
    const problem = (await res.json()) as Problem;
    expect(problem.type).toMatch(/not-cancellable$/);
    expect(problem.errors).toEqual([
      { field: `dossiers.${id}`, message: expect.stringContaining('déjà émis') },
    ]);
    expect(await statuses(reference)).toEqual(['issued']);
    const notes = await t.db
      .selectFrom('credit_notes')
      .innerJoin('orders', 'orders.id', 'credit_notes.order_id')
      .select('credit_notes.id')
      .where('orders.reference', '=', reference)
      .execute();
    expect(notes).toEqual([]);
  });

  it('refuses to cancel a revoked certificate too (409 naming it): no credit note for a certificate that existed', async () => {
    const { id, reference } = await issuedMandateDossier();
    await t.db.updateTable('dossiers').set({ status: 'revoked' }).where('id', '=', id).execute();
    const res = await cancel(reference, { reason: 'Après la révocation' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as Problem).errors).toEqual([
      { field: `dossiers.${id}`, message: expect.stringContaining('déjà émis') },
    ]);
    expect(await statuses(reference)).toEqual(['revoked']);
    const notes = await t.db
      .selectFrom('credit_notes')
      .innerJoin('orders', 'orders.id', 'credit_notes.order_id')
      .select('credit_notes.id')
      .where('orders.reference', '=', reference)
      .execute();
    expect(notes).toEqual([]);
  });

  /** A mandate order's dossier completed, signed online, verified and issued. */
  async function issuedMandateDossier() {
    const { order: placed, auth } = await order({ payment: 'mandate' });
    const id = placed.dossiers[0]?.id ?? '';
    const version = async () =>
      (
        (await (await t.call('GET', `/v1/dossiers/${id}`, undefined, auth)).json()) as {
          version: number;
        }
      ).version;
    const send = async (event: object, who: object = auth, path = 'dossiers') => {
      const r = await t.call('POST', `/v1/${path}/${id}/events`, event, {
        ...who,
        'If-Match': `"${await version()}"`,
      });
      expect(r.status, await r.clone().text()).toBe(200);
    };
    const save = (step: string, data: object) => send({ type: 'dossier.save', step, data });
    await save('organisation', { ...organisationData, siret: '21750999100014' });
    await save('mandataire', mandataireData);
    await save('beneficiaire', { sameAsMandataire: true });
    await save('delivery', { recipient: 'mandataire', mode: 'mail' });
    await save('identity', { method: 'online' });
    const form = new FormData();
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#999' } })
      .png()
      .toBuffer();
    form.set('file', new File([new Uint8Array(png)], 'cni.png'));
    const upload = await t.request(`/v1/dossiers/${id}/documents`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(upload.status).toBe(201);
    await save('signature', { method: 'online' });
    await t.call('POST', `/v1/dossiers/${id}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${await version()}"`,
    });
    const sms = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('channel', '=', 'sms')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const code = /\b(\d{6})\b/.exec(sms.text_body)?.[1];
    const signed = await t.call(
      'POST',
      `/v1/dossiers/${id}/signature`,
      { code },
      { ...auth, 'If-Match': `"${await version()}"` },
    );
    expect(signed.status).toBe(200);
    const operate = async (event: object) => {
      const current = (await (
        await t.call('GET', `/v1/admin/dossiers/${id}`, undefined, operator)
      ).json()) as { dossier: { version: number } };
      const r = await t.call('POST', `/v1/admin/dossiers/${id}/events`, event, {
        ...operator,
        'If-Match': `"${current.dossier.version}"`,
      });
      expect(r.status, await r.clone().text()).toBe(200);
    };
    await operate({ type: 'identity.verified' });
    await operate({
      type: 'certificate.issued',
      serialNumber: 'feed0456',
      notBefore: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    return { id, reference: placed.reference };
  }
});
