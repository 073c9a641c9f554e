import { type Kysely, sql } from 'kysely';

/**
 * Idempotency keys get an explicit lease and keep the answer's exact bytes.
 * Frozen once landed.
 *
 * - `attempt`: a random token naming the attempt that holds an `in_flight`
 *   key. Completing or releasing the key requires it, so an attempt whose
 *   lease was taken over can neither overwrite nor delete the new one's row.
 * - `lease_until`: until when that attempt may still finish (the request's
 *   own time limit). Past it, a retry takes the key over. Existing in-flight
 *   rows get `created_at + 60 s`, the takeover rule they were written under.
 * - `response_text` / `response_content_type`: the body exactly as sent, so a
 *   replay is byte-identical (jsonb reorders keys). Older rows keep only
 *   `response_body` and are replayed from it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').addColumn('attempt', 'text').execute();
  await db.schema.alterTable('idempotency_keys').addColumn('lease_until', 'timestamptz').execute();
  await db.schema.alterTable('idempotency_keys').addColumn('response_text', 'text').execute();
  await db.schema
    .alterTable('idempotency_keys')
    .addColumn('response_content_type', 'text')
    .execute();
  await sql`update idempotency_keys set lease_until = created_at + interval '60 seconds' where status = 'in_flight'`.execute(
    db,
  );
  // An in-flight key always has a lease; done keys no longer need one.
  await sql`alter table idempotency_keys add constraint idempotency_keys_lease_check check (status <> 'in_flight' or lease_until is not null)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_keys drop constraint idempotency_keys_lease_check`.execute(db);
  for (const column of ['response_content_type', 'response_text', 'lease_until', 'attempt']) {
    await db.schema.alterTable('idempotency_keys').dropColumn(column).execute();
  }
}
