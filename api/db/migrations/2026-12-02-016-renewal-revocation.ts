import { type Kysely, sql } from 'kysely';

/**
 * After issuance: revocation requests and renewals. Frozen once landed.
 *
 * - `revocation_requests`: one per request of the holder (POST /v1/certificates/{id}/revocation):
 *   the reason and comment, the code e-mailed to the bénéficiaire and the mandataire kept only
 *   as its SHA-256 (`code_hash`, unique: the public page finds the request by the code alone),
 *   72 h (`expires_at`), attempts counted, `used_at` once entered (single use). A new request
 *   ends the previous unused one (its `expires_at` set to the new request's time).
 * - `orders.renewal_of`: the dossier (certificate) an order renews; null for a first order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('revocation_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('dossier_id', 'uuid', (c) =>
      c.notNull().references('dossiers.id').onDelete('cascade'),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('requested_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('used_at', 'timestamptz')
    .execute();
  await sql`create index revocation_requests_dossier_idx on revocation_requests (dossier_id, created_at desc)`.execute(
    db,
  );
  await db.schema
    .alterTable('orders')
    .addColumn('renewal_of', 'uuid', (c) => c.references('dossiers.id').onDelete('set null'))
    .execute();
  await sql`create index orders_renewal_of_idx on orders (renewal_of) where renewal_of is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index orders_renewal_of_idx`.execute(db);
  await db.schema.alterTable('orders').dropColumn('renewal_of').execute();
  await db.schema.dropTable('revocation_requests').execute();
}
