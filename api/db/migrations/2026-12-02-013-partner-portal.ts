import { type Kysely, sql } from 'kysely';

/**
 * The partner portal (issue 19). Frozen once landed.
 *
 * - Key and secret rotation with an overlap: the previous secret key (its
 *   SHA-256), publishable key and webhook secret (sealed like the current one)
 *   keep working until their `…_expires_at`, then never again.
 * - `webhook_deliveries.manual`: an attempt a partner asked for (replay).
 * - Partner users (admin, developer, accounting), their e-mailed tokens
 *   (invitation, login link) and their portal sessions; tokens and sessions
 *   are stored as SHA-256 only.
 * - The partner's audit log reads audit_events by (entity, time, id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('partners')
    .addColumn('previous_secret_key_hash', 'text')
    .addColumn('previous_secret_key_expires_at', 'timestamptz')
    .addColumn('previous_publishable_key', 'text')
    .addColumn('previous_publishable_key_expires_at', 'timestamptz')
    .addColumn('previous_webhook_secret', 'text')
    .addColumn('previous_webhook_secret_expires_at', 'timestamptz')
    .execute();
  await sql`create unique index partners_previous_secret_key_idx on partners (previous_secret_key_hash)
            where previous_secret_key_hash is not null`.execute(db);
  await sql`create unique index partners_previous_publishable_key_idx on partners (previous_publishable_key)
            where previous_publishable_key is not null`.execute(db);

  await db.schema
    .alterTable('webhook_deliveries')
    .addColumn('manual', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('partner_users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partner_id', 'uuid', (c) =>
      c.notNull().references('partners.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'developer', 'accounting')`),
    )
    // Null until the invitation is accepted.
    .addColumn('password_hash', 'text')
    .addColumn('locale', 'text', (c) =>
      c.notNull().defaultTo('fr').check(sql`locale in ('fr', 'en')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('partner_users_partner_idx')
    .on('partner_users')
    .columns(['partner_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('partner_user_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) =>
      c.notNull().references('partner_users.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('invite', 'login')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await sql`create index partner_user_tokens_expiry_idx on partner_user_tokens (expires_at)`.execute(
    db,
  );

  await db.schema
    .createTable('partner_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) =>
      c.notNull().references('partner_users.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await sql`create index partner_sessions_expiry_idx on partner_sessions (expires_at)`.execute(db);

  await sql`create index audit_events_entity_keyset_idx on audit_events (entity_type, entity_id, occurred_at desc, id desc)`.execute(
    db,
  );
  // The partner's orders, newest first (GET /v1/partner/orders, statements).
  await sql`create index orders_partner_created_idx on orders (partner_id, created_at desc, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index orders_partner_created_idx`.execute(db);
  await sql`drop index audit_events_entity_keyset_idx`.execute(db);
  await db.schema.dropTable('partner_sessions').execute();
  await db.schema.dropTable('partner_user_tokens').execute();
  await db.schema.dropTable('partner_users').execute();
  await db.schema.alterTable('webhook_deliveries').dropColumn('manual').execute();
  await sql`drop index partners_previous_publishable_key_idx`.execute(db);
  await sql`drop index partners_previous_secret_key_idx`.execute(db);
  for (const column of [
    'previous_secret_key_hash',
    'previous_secret_key_expires_at',
    'previous_publishable_key',
    'previous_publishable_key_expires_at',
    'previous_webhook_secret',
    'previous_webhook_secret_expires_at',
  ]) {
    await db.schema.alterTable('partners').dropColumn(column).execute();
  }
}
