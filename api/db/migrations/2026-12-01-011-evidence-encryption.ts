import { type Kysely, sql } from 'kysely';

/**
 * Evidence encrypted at rest and kept for its period, not more. Frozen once landed.
 *
 * - `documents.encryption_key_id`: the master key the re-wrap job last found
 *   an identity scan's data key under (null: not looked at yet, e.g. a new
 *   upload or a clear one from before encryption). The job then only reads
 *   the objects not yet under the current key. Secrets (`partners.webhook_secret`)
 *   carry their key id inside their stored form: no column for them.
 * - Indexes on the dates the retention job (api/retention/retention.ts)
 *   scans, so that each hourly run reads only what is due.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('encryption_key_id', 'text').execute();
  await sql`create index dossiers_closed_idx on dossiers (updated_at)
            where status in ('refused', 'cancelled')`.execute(db);
  await sql`create index outbox_sent_idx on outbox (sent_at) where sent_at is not null`.execute(db);
  await sql`create index outbox_failed_idx on outbox (failed_at) where failed_at is not null`.execute(
    db,
  );
  await sql`create index idempotency_keys_created_idx on idempotency_keys (created_at)`.execute(db);
  await sql`create index webhook_deliveries_attempted_idx on webhook_deliveries (attempted_at)`.execute(
    db,
  );
  await sql`create index sessions_expiry_idx on sessions (expires_at)`.execute(db);
  await sql`create index login_attempts_expiry_idx on login_attempts (expires_at)`.execute(db);
  await sql`create index email_tokens_expiry_idx on email_tokens (expires_at)`.execute(db);
  await sql`create index throttles_window_idx on throttles (window_start)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'throttles_window_idx',
    'email_tokens_expiry_idx',
    'login_attempts_expiry_idx',
    'sessions_expiry_idx',
    'webhook_deliveries_attempted_idx',
    'idempotency_keys_created_idx',
    'outbox_failed_idx',
    'outbox_sent_idx',
    'dossiers_closed_idx',
  ]) {
    await sql`drop index if exists ${sql.ref(index)}`.execute(db);
  }
  await db.schema.alterTable('documents').dropColumn('encryption_key_id').execute();
}
