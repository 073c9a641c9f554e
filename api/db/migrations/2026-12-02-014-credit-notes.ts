import { type Kysely, sql } from 'kysely';

/**
 * Cancellation before issuance: credit notes and refunds. Frozen once landed.
 *
 * - `credit_note_counter`: the credit notes' own gapless series (AV…), row 1 the
 *   legal series, row 2 the test orders' (TEST-AV…), each updated in the
 *   cancellation's transaction like `invoice_counter`.
 * - `credit_notes`: one per cancellation of an invoiced order (all of it or some
 *   of its certificates), referencing the invoice, with its frozen copy
 *   (`document`, see api/invoices/credit-note.ts) and the dossiers it cancels.
 * - `refunds`: a payment already received, to be paid back (amount, method),
 *   `refunded_at` set when an operator records the refund.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credit_note_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id in (1, 2)`))
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into credit_note_counter (id, last) values (1, 0), (2, 0)`.execute(db);
  await db.schema
    .createTable('credit_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('invoice_id', 'uuid', (c) =>
      c.notNull().references('invoices.id').onDelete('cascade'),
    )
    .addColumn('livemode', 'boolean', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('dossier_ids', 'jsonb', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addUniqueConstraint('credit_notes_series_sequence_key', ['livemode', 'sequence'])
    .execute();
  await sql`create index credit_notes_order_idx on credit_notes (order_id, issued_at)`.execute(db);
  await db.schema
    .createTable('refunds')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('credit_note_id', 'uuid', (c) =>
      c.notNull().unique().references('credit_notes.id').onDelete('cascade'),
    )
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('refunded_at', 'timestamptz')
    .addColumn('refunded_by', 'uuid')
    .addColumn('refund_reference', 'text')
    .execute();
  await sql`create index refunds_pending_idx on refunds (created_at) where refunded_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('refunds').execute();
  await db.schema.dropTable('credit_notes').execute();
  await db.schema.dropTable('credit_note_counter').execute();
}
