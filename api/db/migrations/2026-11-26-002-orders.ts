import { type Kysely, sql } from 'kysely';

/**
 * Orders and everything one order placement writes in one transaction:
 * lines, payment, CGV acceptance, one dossier per certificate, audit event,
 * outbox message, idempotency record. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence order_reference_seq start with 1764000000 minvalue 1 maxvalue 9999999999`.execute(
    db,
  );

  await db.schema
    .createTable('cgv_documents')
    .addColumn('version', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('placed', 'completed', 'cancelled')`),
    )
    .addColumn('product_code', 'text', (c) => c.notNull().references('products.code'))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity between 1 and 50`))
    .addColumn('usb_reader', 'boolean', (c) => c.notNull())
    .addColumn('express', 'boolean', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('fr', 'en')`))
    .addColumn('customer', 'jsonb', (c) => c.notNull())
    .addColumn('billing', 'jsonb')
    .addColumn('siret', 'text', (c) => c.notNull())
    .addColumn('siren', 'text', (c) => c.notNull())
    .addColumn('organisation_name', 'text', (c) => c.notNull())
    .addColumn('public_administration', 'boolean', (c) => c.notNull())
    .addColumn('first_certificate', 'boolean', (c) => c.notNull())
    .addColumn('total_ht', 'integer', (c) => c.notNull())
    .addColumn('total_vat', 'integer', (c) => c.notNull())
    .addColumn('total_ttc', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('orders_totals_check', sql`total_ttc = total_ht + total_vat`)
    .execute();
  await db.schema
    .createIndex('orders_email_idx')
    .on('orders')
    .columns(['email', 'created_at'])
    .execute();
  await db.schema.createIndex('orders_siren_idx').on('orders').column('siren').execute();

  await db.schema
    .createTable('order_lines')
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_ht', 'integer', (c) => c.notNull())
    .addColumn('total_ht', 'integer', (c) => c.notNull())
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_lines_pk', ['order_id', 'position'])
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('order_id', 'uuid', (c) =>
      c.primaryKey().references('orders.id').onDelete('cascade'),
    )
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('mandate', 'transfer', 'cheque')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'received', 'mandate')`),
    )
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('cgv_acceptances')
    .addColumn('order_id', 'uuid', (c) =>
      c.primaryKey().references('orders.id').onDelete('cascade'),
    )
    .addColumn('cgv_version', 'text', (c) => c.notNull().references('cgv_documents.version'))
    .addColumn('accepted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('to_complete'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('dossiers_order_position_uq', ['order_id', 'position'])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_type', 'text', (c) =>
      c.notNull().check(sql`actor_type in ('customer', 'operator', 'partner', 'system')`),
    )
    .addColumn('actor_id', 'text')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('audit_events_entity_idx')
    .on('audit_events')
    .columns(['entity_type', 'entity_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel in ('email', 'sms', 'webhook')`),
    )
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('payload', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('available_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('outbox_due_idx')
    .on('outbox')
    .column('available_at')
    .where(sql.ref('sent_at'), 'is', null)
    .execute();
  await db.schema.createIndex('outbox_created_idx').on('outbox').column('created_at').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_flight', 'done')`))
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_expiry_idx')
    .on('idempotency_keys')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'outbox',
    'audit_events',
    'dossiers',
    'cgv_acceptances',
    'payments',
    'order_lines',
    'orders',
    'cgv_documents',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop sequence order_reference_seq`.execute(db);
}
