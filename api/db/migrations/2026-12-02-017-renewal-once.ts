import { type Kysely, sql } from 'kysely';

/**
 * A certificate is renewed once: at most one order that is not cancelled names it in
 * `renewal_of`. The placement checks it first (a 422 naming `renewalOf`); this index holds it
 * when two renewals of the same certificate are placed at the same time. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index orders_renewal_of_once on orders (renewal_of)
            where renewal_of is not null and status <> 'cancelled'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index orders_renewal_of_once`.execute(db);
}
