import { type Kysely, sql } from 'kysely';
import * as v from 'valibot';
import {
  type CertificateRow,
  type DossierRow,
  type DossierStatus,
  OPEN_DOSSIER_STATUSES,
  type Page,
  type RevocationReason,
} from '../../machines/contract.ts';
import { beneficiaryOf } from '../../machines/dossier/conditions.ts';
import {
  type DossierContext,
  type DossierPrefill,
  dossierTimeZone,
} from '../../machines/dossier/context.ts';
import { renewable } from '../../machines/dossier/renewal.ts';
import { type Locale, type MessageKey, translate } from '../../machines/messages/index.ts';
import { cursorTimestampSchema, uuidSchema } from '../../machines/schemas/params.ts';
import { QUANTITY_MAX } from '../../machines/schemas/purchase.ts';
import type { Database } from '../db/database.ts';
import { Precompiled } from '../db/precompiled.ts';
import { encodeCursor } from '../http/cursor.ts';
import { issuedStatuses } from './organisation-facts.ts';
import { renewalStart, renewedBy } from './renewal.ts';

export function statusLabel(status: DossierStatus, locale: Locale): string {
  return translate(locale, `status.${status}` as MessageKey);
}

/** The sort key of a page's last row: (order date, order id, dossier position). */
export const dossierCursorSchema = v.pipe(
  v.strictTuple([
    cursorTimestampSchema,
    uuidSchema,
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(QUANTITY_MAX)),
  ]),
  v.transform(([createdAt, orderId, position]) => ({ createdAt, orderId, position })),
);

type Cursor = v.InferOutput<typeof dossierCursorSchema>;

/** What picks a page of the buyer's dossiers; a key left out is no condition. */
interface DossierListValues {
  email: string;
  partnerId?: string;
  status?: DossierStatus;
  /** Only these statuses (`OPEN_DOSSIER_STATUSES`: the dashboard's). */
  statuses?: readonly DossierStatus[];
  cursor?: Cursor;
  /** One more than the page: whether another page follows. */
  limit: number;
}

/**
 * A page of the buyer's dossiers, compiled once per kind of filter (api/db/precompiled.ts):
 * built and compiled by Kysely on each request, it was a tenth of the list's CPU (issue 21).
 */
const dossierList = new Precompiled((db, v: DossierListValues) => {
  let query = db
    .selectFrom('orders')
    .innerJoin('dossiers', 'dossiers.order_id', 'orders.id')
    .innerJoin('products', 'products.code', 'orders.product_code')
    // A renewal: the renewed certificate's order ("Renouvellement de …").
    .leftJoin('dossiers as renewed', 'renewed.id', 'orders.renewal_of')
    .leftJoin('orders as renewed_order', 'renewed_order.id', 'renewed.order_id')
    .select([
      'renewed_order.reference as renewal_of',
      'dossiers.id',
      'dossiers.status',
      'dossiers.position',
      // Only what a row shows of the dossier (the bénéficiaire's name, the time zone), not its
      // whole stored form: parsing every dossier's JSON was most of this list's CPU (issue 21).
      sql<{
        context?: ListedContext;
      }>`case when dossiers.data ? 'context' then jsonb_build_object('context', jsonb_build_object(
        'beneficiaire', dossiers.data #> '{context,beneficiaire}',
        'mandataire', dossiers.data #> '{context,mandataire}',
        'organisation', dossiers.data #> '{context,organisation}',
        'prefill', jsonb_build_object('organisation', dossiers.data #> '{context,prefill,organisation}'))) else '{}'::jsonb end`.as(
        'data',
      ),
      'orders.id as order_id',
      'orders.reference',
      'orders.quantity',
      sql<string>`to_char(orders.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'created_at_text',
      ),
      'products.label_fr',
      'products.label_en',
      sql<string | null>`dossiers.data #>> '{context,revokedAt}'`.as('revoked_at'),
      sql<RevocationReason | null>`dossiers.data #>> '{context,revocation,reason}'`.as(
        'revocation_reason',
      ),
    ])
    .where('orders.email', '=', v.email);
  if (v.partnerId !== undefined) query = query.where('orders.partner_id', '=', v.partnerId);
  if (v.status !== undefined) query = query.where('dossiers.status', '=', v.status);
  if (v.statuses !== undefined) query = query.where('dossiers.status', 'in', v.statuses);
  const cursor = v.cursor;
  if (cursor !== undefined) {
    // A range on the index (created_at, id), then skip the cursor order's dossiers already shown.
    const at = sql<Date>`${cursor.createdAt}::timestamptz`;
    query = query
      .where(sql<boolean>`(orders.created_at, orders.id) <= (${at}, ${cursor.orderId}::uuid)`)
      .where((eb) =>
        eb.or([
          eb('orders.id', '<>', cursor.orderId),
          eb('dossiers.position', '>', cursor.position),
        ]),
      );
  }
  return query
    .orderBy('orders.created_at', 'desc')
    .orderBy('orders.id', 'desc')
    .orderBy('dossiers.position', 'asc')
    .limit(v.limit);
});

/**
 * The buyer's dossiers, newest order first, one row per certificate; keyset
 * pagination on (order date, order id, dossier position) — served by the
 * index orders(email, created_at desc, id desc) and dossiers(order_id,
 * position), so page N costs the same as page 1 whatever the account holds.
 */
export async function listDossiers(
  db: Kysely<Database>,
  email: string,
  options: {
    status?: DossierStatus | undefined;
    /** Only dossiers under way (`OPEN_DOSSIER_STATUSES`). */
    open?: boolean;
    cursor?: Cursor | null;
    limit: number;
    locale: Locale;
    /** Only this partner's orders (null: all of the account's). */
    partnerId?: string | null;
  },
): Promise<Page<DossierRow>> {
  const { cursor, status, limit, locale } = options;
  const rows = (
    await dossierList.execute(db, {
      email,
      ...(options.partnerId ? { partnerId: options.partnerId } : {}),
      ...(status ? { status } : {}),
      ...(options.open ? { statuses: OPEN_DOSSIER_STATUSES } : {}),
      ...(cursor ? { cursor } : {}),
      limit: limit + 1,
    })
  ).rows;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const context = row.data.context;
      return {
        id: row.id,
        productLabel: locale === 'en' ? row.label_en : row.label_fr,
        orderReference: row.reference,
        position: row.position,
        quantity: row.quantity,
        beneficiary: context ? nameOf(context) : null,
        orderDate: row.created_at_text,
        status: row.status,
        statusLabel: statusLabel(row.status, locale),
        timeZone: dossierTimeZone(context),
        renewalOf: row.renewal_of,
        revoked:
          row.status === 'revoked' && row.revoked_at && row.revocation_reason
            ? { at: row.revoked_at, reason: row.revocation_reason }
            : null,
      };
    }),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([last.created_at_text, last.order_id, last.position])
        : null,
  };
}

/** What `listDossiers` reads of a dossier's context (`nameOf`, `dossierTimeZone`). */
type ListedContext = Pick<DossierContext, 'beneficiaire' | 'mandataire' | 'organisation'> & {
  prefill: Pick<DossierPrefill, 'organisation'> | null;
};

/** The bénéficiaire's name (`Armande BÉJART`), null until the buyer gave it. */
function nameOf(context: ListedContext): string | null {
  const person = beneficiaryOf(context);
  return person ? `${person.firstName} ${person.lastName}`.trim() || null : null;
}

/** Issued certificates of the buyer, soonest expiry first ("Prochaines échéances"). */
export async function listCertificates(
  db: Kysely<Database>,
  email: string,
  locale: Locale,
  /** Only this partner's orders (null: all of the account's). */
  partnerId: string | null = null,
): Promise<Page<CertificateRow>> {
  let query = db
    .selectFrom('orders')
    .innerJoin('dossiers', 'dossiers.order_id', 'orders.id')
    .leftJoin('partners', 'partners.id', 'orders.partner_id')
    .select((eb) => [
      'partners.publishable_key',
      'dossiers.id',
      'dossiers.status',
      'dossiers.data',
      'orders.reference',
      'orders.product_code',
      'orders.customer',
      sql<string | null>`dossiers.data #>> '{context,certificate,notAfter}'`.as('expires_at'),
      renewedBy(eb),
    ])
    .where('orders.email', '=', email)
    .where('dossiers.status', 'in', issuedStatuses);
  if (partnerId) query = query.where('orders.partner_id', '=', partnerId);
  const rows = await query
    .orderBy(sql`dossiers.data #>> '{context,certificate,notAfter}'`, 'asc')
    .limit(100)
    .execute();
  return {
    items: rows.map((row) => {
      const context = (row.data as { context?: DossierContext }).context;
      const beneficiary = context ? beneficiaryOf(context) : null;
      const name = context ? nameOf(context) : null;
      return {
        dossierId: row.id,
        orderReference: row.reference,
        beneficiary: name || null,
        identity: beneficiary
          ? `${beneficiary.lastName.toUpperCase()} ${beneficiary.firstName}`
          : null,
        status: row.status,
        statusLabel: statusLabel(row.status, locale),
        expiresAt: row.expires_at,
        timeZone: dossierTimeZone(context),
        revocation: context?.revocation?.status ?? null,
        renewedBy: row.renewed_by,
        renewal: renewable({ status: row.status, renewedBy: row.renewed_by })
          ? renewalStart(row.id, row.reference, row.product_code, row.customer, row.publishable_key)
          : null,
      };
    }),
    nextCursor: null,
  };
}
