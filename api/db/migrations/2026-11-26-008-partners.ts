import { type Kysely, sql } from 'kysely';

/**
 * Partners (embedding sites and white-label resellers), the partner and mode
 * of each order, the partner a client-space session was opened through, and
 * the log of webhook delivery attempts. Frozen once landed.
 *
 * `orders.partner_id` stays nullable: rows placed before partners existed have
 * none (no partner can read them). `livemode` is false for orders placed with
 * a test key; the back office's real queue only shows live ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('partners')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) =>
      c.notNull().unique().check(sql`slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('test', 'live')`))
    .addColumn('publishable_key', 'text', (c) => c.notNull().unique())
    .addColumn('secret_key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('secret_key_hint', 'text', (c) => c.notNull())
    .addColumn('allowed_origins', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('branding', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('client_space_url', 'text')
    .addColumn('webhook_url', 'text')
    .addColumn('webhook_secret', 'text')
    .addColumn('cgv_version', 'text', (c) => c.references('cgv_documents.version'))
    .addColumn('price_list', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .execute();

  await db.schema
    .alterTable('orders')
    .addColumn('partner_id', 'uuid', (c) => c.references('partners.id'))
    .execute();
  await db.schema
    .alterTable('orders')
    .addColumn('livemode', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await sql`create index orders_partner_email_created_idx on orders (partner_id, email, created_at desc, id desc)`.execute(
    db,
  );

  await db.schema
    .alterTable('sessions')
    .addColumn('partner_id', 'uuid', (c) => c.references('partners.id').onDelete('cascade'))
    .execute();

  // The partner whose page started a login: the session it yields is bound to it, whoever polls.
  await db.schema
    .alterTable('login_attempts')
    .addColumn('partner_id', 'uuid', (c) => c.references('partners.id').onDelete('cascade'))
    .execute();

  await db.schema.alterTable('outbox').addColumn('failed_at', 'timestamptz').execute();
  // A partner's recent webhook events (GET /v1/partner/webhooks/deliveries), newest first.
  await sql`create index outbox_webhook_recipient_idx on outbox (recipient, created_at desc, id desc) where channel = 'webhook'`.execute(
    db,
  );

  // Test orders are invoiced in their own series (TEST-FA…, counter row 2): the
  // legal, gapless live series never moves for them.
  await sql`alter table invoice_counter drop constraint invoice_counter_id_check`.execute(db);
  await sql`alter table invoice_counter add constraint invoice_counter_id_check check (id in (1, 2))`.execute(
    db,
  );
  await sql`insert into invoice_counter (id, last) values (2, 0)`.execute(db);
  await db.schema
    .alterTable('invoices')
    .addColumn('livemode', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await sql`alter table invoices drop constraint invoices_sequence_key`.execute(db);
  await sql`alter table invoices add constraint invoices_series_sequence_key unique (livemode, sequence)`.execute(
    db,
  );

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('outbox.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) =>
      c.notNull().references('partners.id').onDelete('cascade'),
    )
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addUniqueConstraint('webhook_deliveries_event_attempt_key', ['event_id', 'attempt'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_partner_idx')
    .on('webhook_deliveries')
    .columns(['partner_id', 'attempted_at desc'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('webhook_deliveries').execute();
  await sql`alter table invoices drop constraint invoices_series_sequence_key`.execute(db);
  await sql`delete from invoices where not livemode`.execute(db);
  await sql`alter table invoices add constraint invoices_sequence_key unique (sequence)`.execute(
    db,
  );
  await db.schema.alterTable('invoices').dropColumn('livemode').execute();
  await sql`delete from invoice_counter where id = 2`.execute(db);
  await sql`alter table invoice_counter drop constraint invoice_counter_id_check`.execute(db);
  await sql`alter table invoice_counter add constraint invoice_counter_id_check check (id = 1)`.execute(
    db,
  );
  await sql`drop index outbox_webhook_recipient_idx`.execute(db);
  await db.schema.alterTable('outbox').dropColumn('failed_at').execute();
  await db.schema.alterTable('login_attempts').dropColumn('partner_id').execute();
  await db.schema.alterTable('sessions').dropColumn('partner_id').execute();
  await sql`drop index orders_partner_email_created_idx`.execute(db);
  await db.schema.alterTable('orders').dropColumn('livemode').execute();
  await db.schema.alterTable('orders').dropColumn('partner_id').execute();
  await db.schema.dropTable('partners').execute();
}
