import { type Kysely, sql } from 'kysely';
import { type PartnerOrderView, partnerOrderCsvColumns } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import { decimalComma } from '../http/csv.ts';

/** Months and days of the partner API are French ones (Europe/Paris). */
export const PARTNER_TIME_ZONE = 'Europe/Paris';

export interface PartnerOrderFilters {
  status?: 'placed' | 'completed' | 'cancelled' | undefined;
  mode?: 'test' | 'live' | undefined;
  /** Calendar days (Europe/Paris), both included. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface OrderCursor {
  createdAt: string;
  id: string;
}

/**
 * One keyset page of the partner's orders, newest first, with each order's
 * payment and dossier statuses. Never another partner's order.
 */
export async function listPartnerOrders(
  db: Kysely<Database>,
  partnerId: string,
  options: { filters: PartnerOrderFilters; cursor: OrderCursor | null; limit: number },
): Promise<{ items: PartnerOrderView[]; next: OrderCursor | null }> {
  const { filters, cursor, limit } = options;
  let query = db
    .selectFrom('orders as o')
    .leftJoin('payments as p', 'p.order_id', 'o.id')
    .select([
      'o.id',
      'o.reference',
      'o.created_at',
      'o.status',
      'o.livemode',
      'o.organisation_name',
      'o.siret',
      'o.product_code',
      'o.quantity',
      'o.renewal_of',
      'o.total_ht',
      'o.total_vat',
      'o.total_ttc',
      'p.method',
      'p.status as payment_status',
      sql<
        string[]
      >`coalesce((select json_agg(d.status order by d.position) from dossiers d where d.order_id = o.id), '[]'::json)`.as(
        'dossier_statuses',
      ),
      sql<string>`to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'created_key',
      ),
    ])
    .where('o.partner_id', '=', partnerId)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit + 1);
  if (filters.status) query = query.where('o.status', '=', filters.status);
  if (filters.mode) query = query.where('o.livemode', '=', filters.mode === 'live');
  if (filters.from) {
    query = query.where(
      sql<boolean>`o.created_at >= (${filters.from}::date)::timestamp at time zone ${PARTNER_TIME_ZONE}`,
    );
  }
  if (filters.to) {
    query = query.where(
      sql<boolean>`o.created_at < (${filters.to}::date + 1)::timestamp at time zone ${PARTNER_TIME_ZONE}`,
    );
  }
  if (cursor) {
    query = query.where(
      sql<boolean>`(o.created_at, o.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await query.execute();
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => ({
      reference: row.reference,
      createdAt: row.created_at.toISOString(),
      status: row.status,
      livemode: row.livemode,
      organisation: { name: row.organisation_name, siret: row.siret },
      productCode: row.product_code,
      quantity: row.quantity,
      totals: { ht: row.total_ht, vat: row.total_vat, ttc: row.total_ttc },
      paymentMethod: row.method,
      paymentStatus: row.payment_status,
      dossierStatuses: row.dossier_statuses,
      renewalOf: row.renewal_of,
    })),
    next: rows.length > limit && last ? { createdAt: last.created_key, id: last.id } : null,
  };
}

/** An order as a CSV row, in the order of `partnerOrderCsvColumns`. */
export function partnerOrderCsvRow(order: PartnerOrderView): string[] {
  const row: Record<(typeof partnerOrderCsvColumns)[number], string> = {
    reference: order.reference,
    date: order.createdAt,
    statut: order.status,
    mode: order.livemode ? 'live' : 'test',
    organisation: order.organisation.name,
    siret: order.organisation.siret,
    produit: order.productCode,
    quantite: String(order.quantity),
    montant_ht: decimalComma(order.totals.ht),
    tva: decimalComma(order.totals.vat),
    montant_ttc: decimalComma(order.totals.ttc),
    moyen_paiement: order.paymentMethod ?? '',
    statut_paiement: order.paymentStatus ?? '',
    statuts_dossiers: order.dossierStatuses.join(','),
  };
  return partnerOrderCsvColumns.map((column) => row[column]);
}
