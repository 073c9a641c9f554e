import { type Kysely, sql } from 'kysely';
import type { PartnerStatement } from '../../machines/contract.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import { decimalComma } from '../http/csv.ts';
import { PARTNER_TIME_ZONE } from './partner-orders.ts';

/**
 * A reseller's sales of one month (`YYYY-MM`, Europe/Paris): its orders in its
 * own mode (a test partner's test orders, a live partner's live ones), cancelled
 * ones left out, oldest first, with totals per product and overall. Credit
 * notes do not exist yet: the list is empty.
 */
export async function partnerStatement(
  db: Kysely<Database>,
  partner: PartnerRow,
  month: string,
): Promise<PartnerStatement> {
  const start = `${month}-01`;
  const rows = await db
    .selectFrom('orders')
    .select([
      'reference',
      'created_at',
      'organisation_name',
      'product_code',
      'quantity',
      'total_ht',
      'total_vat',
      'total_ttc',
    ])
    .where('partner_id', '=', partner.id)
    .where('livemode', '=', partner.mode === 'live')
    .where('status', '!=', 'cancelled')
    .where(
      sql<boolean>`created_at >= (${start}::date)::timestamp at time zone ${PARTNER_TIME_ZONE}`,
    )
    .where(
      sql<boolean>`created_at < ((${start}::date + interval '1 month')::date)::timestamp at time zone ${PARTNER_TIME_ZONE}`,
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  const byProduct = new Map<string, PartnerStatement['byProduct'][number]>();
  const totals = { orders: 0, ht: 0, vat: 0, ttc: 0 };
  for (const row of rows) {
    const line = byProduct.get(row.product_code) ?? {
      productCode: row.product_code,
      orders: 0,
      quantity: 0,
      ht: 0,
      ttc: 0,
    };
    line.orders += 1;
    line.quantity += row.quantity;
    line.ht += row.total_ht;
    line.ttc += row.total_ttc;
    byProduct.set(row.product_code, line);
    totals.orders += 1;
    totals.ht += row.total_ht;
    totals.vat += row.total_vat;
    totals.ttc += row.total_ttc;
  }
  return {
    month,
    partner: { slug: partner.slug, name: partner.name },
    livemode: partner.mode === 'live',
    orders: rows.map((row) => ({
      reference: row.reference,
      createdAt: row.created_at.toISOString(),
      organisation: row.organisation_name,
      productCode: row.product_code,
      quantity: row.quantity,
      totals: { ht: row.total_ht, vat: row.total_vat, ttc: row.total_ttc },
    })),
    creditNotes: [],
    byProduct: [...byProduct.values()].sort((a, b) => a.productCode.localeCompare(b.productCode)),
    totals,
  };
}

/** Columns of the statement CSV: one row per order, then one per product, then the total. */
export const statementCsvColumns = [
  'ligne',
  'reference',
  'date',
  'organisation',
  'produit',
  'quantite',
  'montant_ht',
  'tva',
  'montant_ttc',
] as const;

export function statementCsvRows(statement: PartnerStatement): string[][] {
  return [
    ...statement.orders.map((o) => [
      'commande',
      o.reference,
      o.createdAt,
      o.organisation,
      o.productCode,
      String(o.quantity),
      decimalComma(o.totals.ht),
      decimalComma(o.totals.vat),
      decimalComma(o.totals.ttc),
    ]),
    ...statement.byProduct.map((p) => [
      'total_produit',
      '',
      statement.month,
      '',
      p.productCode,
      String(p.quantity),
      decimalComma(p.ht),
      decimalComma(p.ttc - p.ht),
      decimalComma(p.ttc),
    ]),
    [
      'total',
      '',
      statement.month,
      '',
      '',
      String(statement.orders.reduce((n, o) => n + o.quantity, 0)),
      decimalComma(statement.totals.ht),
      decimalComma(statement.totals.vat),
      decimalComma(statement.totals.ttc),
    ],
  ];
}
