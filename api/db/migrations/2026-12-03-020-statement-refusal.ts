import { type Kysely, sql } from 'kysely';

/**
 * `certinomis_refuse(reason)`: raises an error whose message is `reason` (SQLSTATE P0001), so
 * that a single statement with no transaction block around it can refuse to commit what its
 * data-modifying CTEs wrote when one of its conditions is not met (an order's statement when
 * its Idempotency-Key was taken over, `api/services/place-order.ts`). Used in a `case`, whose
 * branches Postgres evaluates in order; volatile, so never folded at plan time. Frozen once
 * landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function certinomis_refuse(reason text) returns boolean
    language plpgsql volatile as $$
    begin
      raise exception using errcode = 'P0001', message = reason;
    end
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function certinomis_refuse(text)`.execute(db);
}
