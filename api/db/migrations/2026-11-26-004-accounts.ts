import { type Kysely, sql } from 'kysely';

/**
 * Client-space accounts and their secrets: password hashes (KDF parameters
 * inside the stored string), one-time e-mailed tokens, login attempts for the
 * e-mailed second factor, bearer sessions and throttling counters. Every
 * token is stored as its SHA-256, never in clear. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().defaultTo('customer').check(sql`role in ('customer', 'operator')`),
    )
    .addColumn('locale', 'text', (c) =>
      c.notNull().defaultTo('fr').check(sql`locale in ('fr', 'en')`),
    )
    .addColumn('email_verified_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('password_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'approved', 'completed')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('email_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('verify_email', 'login', 'password_reset')`),
    )
    .addColumn('login_attempt_hash', 'text', (c) =>
      c.references('login_attempts.id_hash').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('email_tokens_account_idx')
    .on('email_tokens')
    .columns(['account_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();

  // The dashboard lists a buyer's dossiers newest order first, with keyset pagination.
  await db.schema
    .createIndex('orders_email_created_id_idx')
    .on('orders')
    .columns(['email', 'created_at desc', 'id desc'])
    .execute();
  await db.schema.dropIndex('orders_email_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('orders_email_idx')
    .on('orders')
    .columns(['email', 'created_at'])
    .execute();
  await db.schema.dropIndex('orders_email_created_id_idx').execute();
  for (const table of ['throttles', 'sessions', 'email_tokens', 'login_attempts', 'accounts']) {
    await db.schema.dropTable(table).execute();
  }
}
