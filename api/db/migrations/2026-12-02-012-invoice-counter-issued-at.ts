import type { Kysely } from 'kysely';

/**
 * The invoice counter keeps the issue time of the last number it gave
 * (`last_issued_at`). Numbering is the last statement of an order's
 * transaction: it takes the next number and the later of the order's time and
 * that time, in one update of the counter row, so the series is chronological
 * as well as gapless however the transactions interleave. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('invoice_counter')
    .addColumn('last_issued_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invoice_counter').dropColumn('last_issued_at').execute();
}
