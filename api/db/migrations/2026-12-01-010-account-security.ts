import { type Kysely, sql } from 'kysely';

/**
 * Accounts an attacker cannot turn against their owner (issue 14):
 *
 * - `email_tokens.password_hash`: each registration of an unconfirmed address
 *   is its own pending credential; the confirmation link activates exactly the
 *   password it was mailed for, and a later registration never changes it;
 * - `login_deny` tokens and the `denied` status: the login e-mail's «Ce
 *   n'était pas moi» link cancels that attempt;
 * - `login_attempts.source_hash` and `login_sources`: the (account, network)
 *   pairs that completed a login before, so a correct password from there is
 *   never refused because of someone else's failures.
 *
 * Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('email_tokens').addColumn('password_hash', 'text').execute();
  await sql`alter table email_tokens drop constraint email_tokens_purpose_check`.execute(db);
  await sql`alter table email_tokens add constraint email_tokens_purpose_check check (purpose in ('verify_email', 'login', 'login_deny', 'password_reset'))`.execute(
    db,
  );

  await sql`alter table login_attempts drop constraint login_attempts_status_check`.execute(db);
  await sql`alter table login_attempts add constraint login_attempts_status_check check (status in ('pending', 'approved', 'completed', 'denied'))`.execute(
    db,
  );
  await db.schema
    .alterTable('login_attempts')
    .addColumn('source_hash', 'text')
    .addColumn('denied_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('login_sources')
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_sources_pkey', ['account_id', 'source_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_sources').execute();
  await db.schema
    .alterTable('login_attempts')
    .dropColumn('source_hash')
    .dropColumn('denied_at')
    .execute();
  await sql`delete from login_attempts where status = 'denied'`.execute(db);
  await sql`alter table login_attempts drop constraint login_attempts_status_check`.execute(db);
  await sql`alter table login_attempts add constraint login_attempts_status_check check (status in ('pending', 'approved', 'completed'))`.execute(
    db,
  );
  await sql`delete from email_tokens where purpose = 'login_deny'`.execute(db);
  await sql`alter table email_tokens drop constraint email_tokens_purpose_check`.execute(db);
  await sql`alter table email_tokens add constraint email_tokens_purpose_check check (purpose in ('verify_email', 'login', 'password_reset'))`.execute(
    db,
  );
  await db.schema.alterTable('email_tokens').dropColumn('password_hash').execute();
}
