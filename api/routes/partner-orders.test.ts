import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PartnerOrderView,
  type PartnerStatement,
  partnerOrderCsvColumns,
} from '../../machines/contract.ts';
import { orderBody, sirets } from '../../machines/purchase/test-orders.ts';
import { type CreatedPartner, createPartner } from '../services/partners.ts';
import { createTestApp, type TestApp, testPartnerKey } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

/** RFC 4180 with `;`: quoted cells may hold `;`, `""` and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(cell).toBe('');
  return rows;
}
/** The CSV's text after checking its UTF-8 byte-order mark (Response.text() would drop it unseen). */
async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
}
const cents = (text = '') => {
  expect(text).toMatch(/^\d+,\d{2}$/);
  return Number(text.replace(',', ''));
};

describe(`partner API: orders and statements (${databaseKind})`, () => {
  let t: TestApp;
  let other: CreatedPartner;
  let now = new Date('2026-11-15T10:00:00.000Z');
  const references: string[] = [];
  const call = (path: string, key: string, headers: Record<string, string> = {}) =>
    t.call('GET', `/v1/partner${path}`, undefined, {
      Authorization: `Bearer ${key}`,
      'X-Partner-Key': null,
      ...headers,
    });
  const place = async (overrides: Parameters<typeof orderBody>[0], key = testPartnerKey) => {
    const response = await t.call('POST', '/v1/orders', orderBody(overrides), {
      'X-Partner-Key': key,
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { reference: string }).reference;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    other = await createPartner(t.db, {
      slug: 'portal-orders-other',
      name: 'Other',
      mode: 'live',
      allowedOrigins: [],
    });
    references.push(await place({ payment: 'transfer', quantity: 2 }));
    now = new Date('2026-11-20T10:00:00.000Z');
    references.push(await place({ payment: 'cheque', siret: sirets.privateExisting }));
    now = new Date('2026-11-25T10:00:00.000Z');
    references.push(await place({ payment: 'mandate', siret: sirets.publicFirst }));
    // 00:30 in Paris on 1 December, still 30 November in UTC: a December sale.
    now = new Date('2026-11-30T23:30:00.000Z');
    references.push(await place({ payment: 'transfer' }));
    await place({ payment: 'transfer' }, other.partner.publishable_key);
    // A cancelled order is listed (status filter) but never sold.
    await t.db
      .updateTable('orders')
      .set({ status: 'cancelled' })
      .where('reference', '=', references[2] as string)
      .execute();
    // An organisation name a spreadsheet could take for a formula, with the CSV separator.
    await t.db
      .updateTable('orders')
      .set({ organisation_name: '=HYPERLINK("x";"y") & Co; "Ltd"' })
      .where('reference', '=', references[1] as string)
      .execute();
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('lists the partner’s orders newest first, in keyset pages, never another partner’s', async () => {
    const key = t.partner.secretKey;
    const first = (await (await call('/orders?limit=3', key)).json()) as {
      items: PartnerOrderView[];
      nextCursor: string;
    };
    expect(first.items.map((o) => o.reference)).toEqual([...references].reverse().slice(0, 3));
    const second = (await (
      await call(`/orders?limit=3&cursor=${first.nextCursor}`, key)
    ).json()) as {
      items: PartnerOrderView[];
      nextCursor: null;
    };
    expect(second.items.map((o) => o.reference)).toEqual([references[0]]);
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]).toMatchObject({
      status: 'placed',
      livemode: true,
      productCode: 'OPE-AES-CAP-1A',
      quantity: 2,
      paymentMethod: 'transfer',
      paymentStatus: 'pending',
      dossierStatuses: [expect.any(String), expect.any(String)],
      organisation: { siret: sirets.privateFirst },
    });
    const totals = second.items[0]?.totals as { ht: number; vat: number; ttc: number };
    expect(totals.ht + totals.vat).toBe(totals.ttc);
    const others = (await (await call('/orders', other.secretKey)).json()) as {
      items: PartnerOrderView[];
    };
    expect(others.items).toHaveLength(1);
    expect(references).not.toContain(others.items[0]?.reference);
  });

  it('filters by status, mode and days (Europe/Paris), and refuses bad filters with 422', async () => {
    const list = async (query: string) =>
      (
        (await (await call(`/orders?${query}`, t.partner.secretKey)).json()) as {
          items: PartnerOrderView[];
        }
      ).items.map((o) => o.reference);
    expect(await list('status=cancelled')).toEqual([references[2]]);
    expect(await list('mode=test')).toEqual([]);
    expect(await list('from=2026-11-20&to=2026-11-30')).toEqual([references[2], references[1]]);
    expect(await list('from=2026-12-01')).toEqual([references[3]]);
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['from=2026-02-30', 'from'],
      ['limit=0', 'limit'],
      ['cursor=abc', 'cursor'],
    ]) {
      const response = await call(`/orders?${query}`, t.partner.secretKey);
      expect(response.status, query).toBe(422);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toContain(field);
    }
  });

  it('exports the same orders as CSV (;, decimal commas, UTF-8 BOM), parsed back equal to the JSON', async () => {
    const json = (await (await call('/orders?limit=200', t.partner.secretKey)).json()) as {
      items: PartnerOrderView[];
    };
    const response = await call('/orders', t.partner.secretKey, { Accept: 'text/csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('Content-Disposition')).toMatch(/attachment; filename="commandes-/);
    const [header, ...rows] = parseCsv(await csvText(response));
    expect(header).toEqual([...partnerOrderCsvColumns]);
    expect(rows).toHaveLength(json.items.length);
    rows.forEach((cells, i) => {
      const order = json.items[i] as PartnerOrderView;
      const row = Object.fromEntries(header?.map((h, j) => [h, cells[j] ?? '']) ?? []);
      expect(row.reference).toBe(order.reference);
      expect(row.date).toBe(order.createdAt);
      expect(row.statut).toBe(order.status);
      expect(String(row.organisation).replace(/^'/, '')).toBe(order.organisation.name);
      expect(row.quantite).toBe(String(order.quantity));
      expect(cents(row.montant_ht)).toBe(order.totals.ht);
      expect(cents(row.tva)).toBe(order.totals.vat);
      expect(cents(row.montant_ttc)).toBe(order.totals.ttc);
      expect(row.moyen_paiement).toBe(order.paymentMethod);
      expect(row.statuts_dossiers).toBe(order.dossierStatuses.join(','));
    });
    // The formula-looking name is defused with a leading quote, its `;` and `"` kept inside quotes.
    const risky = rows.find((r) => r[0] === references[1]);
    expect(risky?.[4]).toBe(`'=HYPERLINK("x";"y") & Co; "Ltd"`);
    // Filters apply to the export too.
    const filtered = parseCsv(
      await csvText(await call('/orders?format=csv&status=cancelled', t.partner.secretKey)),
    );
    expect(filtered.slice(1).map((r) => r[0])).toEqual([references[2]]);
  });

  it('gives the month’s statement (Paris months, cancelled left out) as JSON, CSV and PDF', async () => {
    const response = await call('/statements/2026-11', t.partner.secretKey);
    expect(response.status).toBe(200);
    const statement = (await response.json()) as PartnerStatement;
    expect(statement.orders.map((o) => o.reference)).toEqual([references[0], references[1]]);
    expect(statement.creditNotes).toEqual([]);
    const ht = statement.orders.reduce((n, o) => n + o.totals.ht, 0);
    const ttc = statement.orders.reduce((n, o) => n + o.totals.ttc, 0);
    expect(statement.totals).toEqual({
      orders: 2,
      ht,
      vat: ttc - ht,
      ttc,
    });
    expect(statement.byProduct).toEqual([
      { productCode: 'OPE-AES-CAP-1A', orders: 2, quantity: 3, ht, ttc },
    ]);
    const december = (await (
      await call('/statements/2026-12', t.partner.secretKey)
    ).json()) as PartnerStatement;
    expect(december.orders.map((o) => o.reference)).toEqual([references[3]]);

    const csv = await call('/statements/2026-11', t.partner.secretKey, { Accept: 'text/csv' });
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await csvText(csv));
    const total = rows.find((r) => r[0] === 'total');
    expect(total && cents(total[6] as string)).toBe(ht);
    expect(total && cents(total[8] as string)).toBe(ttc);
    expect(rows.filter((r) => r[0] === 'commande').map((r) => r[1])).toEqual([
      references[0],
      references[1],
    ]);

    const pdf = await call('/statements/2026-11', t.partner.secretKey, {
      Accept: 'application/pdf',
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');

    for (const month of ['2026-13', '26-11', '2026-1']) {
      const bad = await call(`/statements/${month}`, t.partner.secretKey);
      expect(bad.status, month).toBe(422);
      expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
        'month',
      );
    }
    const others = (await (
      await call('/statements/2026-11', other.secretKey)
    ).json()) as PartnerStatement;
    expect(others.orders.map((o) => o.reference).some((r) => references.includes(r))).toBe(false);
  });
});
