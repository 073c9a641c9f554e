import { type Kysely, sql } from 'kysely';

/**
 * Invoices: one per order, numbered from a single counter row updated in the
 * order's transaction (a rolled-back order rolls its number back: no gaps).
 * The invoice keeps its own copy of seller, buyer, lines and totals: it must
 * never change when the catalogue or the seller's details do. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invoice_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into invoice_counter (id, last) values (1, 0)`.execute(db);
  await db.schema
    .createTable('invoices')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) =>
      c.notNull().unique().references('orders.id').onDelete('cascade'),
    )
    .addColumn('sequence', 'integer', (c) => c.notNull().unique())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('invoices').execute();
  await db.schema.dropTable('invoice_counter').execute();
}
