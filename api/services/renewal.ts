import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { OrderCustomer, RenewalStart } from '../../machines/contract.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import type { RenewalTarget } from '../../machines/dossier/renewal.ts';
import type { Database } from '../db/database.ts';

/** The certificate an order's `renewalOf` names, with what its renewal's dossier starts from. */
export interface FoundRenewal {
  target: RenewalTarget;
  dossierId: string;
  context: DossierContext;
}

/**
 * The dossier named by `renewalOf`, its order's SIREN and mode, and the reference of an order
 * (not cancelled) renewing it already; null when there is no such dossier. One query.
 */
export async function findRenewal(
  db: Kysely<Database>,
  dossierId: string,
): Promise<FoundRenewal | null> {
  const row = await db
    .selectFrom('dossiers')
    .innerJoin('orders', 'orders.id', 'dossiers.order_id')
    .select((eb) => [
      'dossiers.id',
      'dossiers.status',
      'orders.siren',
      'orders.livemode',
      sql<DossierContext>`dossiers.data -> 'context'`.as('context'),
      renewedBy(eb),
    ])
    .where('dossiers.id', '=', dossierId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    dossierId: row.id,
    context: row.context,
    target: {
      status: row.status,
      siren: row.siren,
      livemode: row.livemode,
      renewedBy: row.renewed_by ?? null,
    },
  };
}

/** The unique index that keeps a certificate from being renewed twice at once (migration 017). */
export function isRenewedTwice(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as Record<string, unknown>;
  return (
    code === '23505' &&
    (constraint === 'orders_renewal_of_once' ||
      (typeof message === 'string' && message.includes('orders_renewal_of_once')))
  );
}

/** The reference of an order (not cancelled) renewing the row's dossier, as `renewed_by`. */
export function renewedBy(
  eb: ExpressionBuilder<Database & { dossiers: Database['dossiers'] }, 'dossiers'>,
) {
  return eb
    .selectFrom('orders as renewal')
    .select('renewal.reference')
    .whereRef('renewal.renewal_of', '=', 'dossiers.id')
    .where('renewal.status', '<>', 'cancelled')
    .limit(1)
    .as('renewed_by');
}

const CUSTOMER_FIELDS = [
  'civility',
  'firstName',
  'lastName',
  'email',
  'phone',
  'country',
  'companyName',
  'siret',
  'address',
  'postalCode',
  'city',
] as const satisfies readonly (keyof OrderCustomer)[];

/** Renouveler's purchase: the same product, the expiring order's buyer and organisation. */
export function renewalStart(
  dossierId: string,
  orderReference: string,
  product: string,
  stored: unknown,
  partnerKey: string | null,
): RenewalStart {
  const customer = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Record<
    string,
    unknown
  > | null;
  const field = (name: string) => {
    const value = customer?.[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    renewalOf: dossierId,
    orderReference,
    product,
    partnerKey,
    customer: Object.fromEntries(
      CUSTOMER_FIELDS.map((name) => [name, field(name)]),
    ) as unknown as OrderCustomer,
  };
}
