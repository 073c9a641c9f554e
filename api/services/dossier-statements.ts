import { type Kysely, sql, type Transaction } from 'kysely';
import type { DossierStatus } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import { Precompiled } from '../db/precompiled.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Which dossier to read: its id and, for a buyer, the e-mail its order was placed with and the
 * partner the buyer reads through. A key left out is no condition (an operator's read); the
 * keys present make the statement's shape, so each kind of reader has its own compiled SQL.
 */
export interface DossierKey {
  id: string;
  email?: string;
  partnerId?: string;
}

function selectDossier(db: Executor, key: DossierKey) {
  let query = db
    .selectFrom('dossiers')
    .innerJoin('orders', 'orders.id', 'dossiers.order_id')
    .innerJoin('products', 'products.code', 'orders.product_code')
    .innerJoin('payments', 'payments.order_id', 'orders.id')
    .leftJoin('partners', 'partners.id', 'orders.partner_id')
    .select([
      'partners.client_space_url as partner_client_space_url',
      'partners.branding as partner_branding',
      'dossiers.id',
      'dossiers.position',
      'dossiers.status',
      'dossiers.version',
      'dossiers.data',
      'orders.id as order_id',
      'orders.reference',
      'orders.created_at as order_created_at',
      'orders.email',
      'orders.locale',
      'orders.partner_id',
      'orders.quantity',
      'orders.express',
      'orders.customer',
      'orders.siret',
      'orders.organisation_name',
      'orders.product_code',
      'products.label_fr',
      'products.label_en',
      'products.validity_years',
      'payments.method as payment_method',
      'payments.status as payment_status',
    ])
    .where('dossiers.id', '=', key.id);
  if (key.email !== undefined) query = query.where('orders.email', '=', key.email);
  if (key.partnerId !== undefined) query = query.where('orders.partner_id', '=', key.partnerId);
  return query;
}

/** A dossier with what its machine and its answer need (order, product, payment, partner). */
export type DossierRecord = Awaited<
  ReturnType<ReturnType<typeof selectDossier>['executeTakeFirstOrThrow']>
>;

/** A dossier's uploaded documents, as the answer lists them (newest first). */
export interface DocumentRow {
  id: string;
  content_type: string;
  size: number;
  uploaded_at: Date | string;
}

/*
 * The dossier reads and the step's write of every dossier event, compiled once per shape
 * (api/db/precompiled.ts), not built and compiled by Kysely on each request: that was a
 * seventh of a dossier event's CPU (`npm run bench:api -- --cpu-prof`, issue 21).
 */

/** The dossier. */
export const dossierRow = new Precompiled((db, key: DossierKey) => selectDossier(db, key));

/** The dossier, its row locked until the transaction ends. */
export const lockedDossierRow = new Precompiled((db, key: DossierKey) =>
  selectDossier(db, key).forUpdate('dossiers'),
);

/** The dossier and its documents, in one statement. */
export const dossierWithDocuments = new Precompiled((db, key: DossierKey) =>
  selectDossier(db, key).select(
    sql<
      DocumentRow[]
    >`(select coalesce(json_agg(json_build_object('id', d.id, 'content_type', d.content_type, 'size', d.size, 'uploaded_at', d.uploaded_at) order by d.uploaded_at desc), '[]'::json) from documents d where d.dossier_id = dossiers.id)`.as(
      'documents',
    ),
  ),
);

/** A dossier's documents, newest first (a dossier's answer when they were not read with it). */
export const dossierDocuments = new Precompiled((db, v: { id: string }) =>
  db
    .selectFrom('documents')
    .select(['id', 'content_type', 'size', 'uploaded_at'])
    .where('dossier_id', '=', v.id)
    .orderBy('uploaded_at', 'desc'),
);

/** A step the machine accepted, as it is stored: the dossier's new state and its audit row. */
export interface StepValues {
  id: string;
  /** The version read; nothing is written when the dossier is no longer at it. */
  version: number;
  data: string;
  status: DossierStatus;
  from: DossierStatus;
  now: Date;
  actorType: string;
  actorId: string;
  event: string;
  /** The audit row's data (JSON text). */
  audit: string;
}

/**
 * The dossier's new state at the next version and its audit row, in one statement (a
 * data-modifying CTE: one round trip), only if the dossier is still at the version read.
 */
export const storedStep = new Precompiled((db, v: StepValues) =>
  db
    .with('stored', (q) =>
      q
        .updateTable('dossiers')
        .set((eb) => ({
          data: v.data,
          status: v.status,
          version: eb('version', '+', 1),
          updated_at: v.now,
        }))
        .where('id', '=', v.id)
        .where('version', '=', v.version)
        .returning('id'),
    )
    .insertInto('audit_events')
    .columns([
      'occurred_at',
      'actor_type',
      'actor_id',
      'entity_type',
      'entity_id',
      'event',
      'from_state',
      'to_state',
      'data',
    ])
    .expression((eb) =>
      eb
        .selectFrom('stored')
        .select([
          sql<Date>`${v.now}::timestamptz`.as('occurred_at'),
          sql<string>`${v.actorType}::text`.as('actor_type'),
          sql<string>`${v.actorId}::text`.as('actor_id'),
          sql<string>`'dossier'::text`.as('entity_type'),
          'stored.id as entity_id',
          sql<string>`${v.event}::text`.as('event'),
          sql<string>`${v.from}::text`.as('from_state'),
          sql<string>`${v.status}::text`.as('to_state'),
          sql<string>`${v.audit}::jsonb`.as('data'),
        ]),
    ),
);
