import { type Kysely, sql } from 'kysely';

/** Renewal reminders sent, one row per (dossier, kind): the job is idempotent by this key. Frozen. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('renewal_reminders')
    .addColumn('dossier_id', 'uuid', (c) =>
      c.notNull().references('dossiers.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('90_days', '30_days')`))
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('renewal_reminders_pk', ['dossier_id', 'kind'])
    .execute();
  await sql`create index dossiers_certificate_expiry_idx on dossiers (((data #>> '{context,certificate,notAfter}')))
            where status in ('issued', 'shipped', 'at_post_office')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index dossiers_certificate_expiry_idx`.execute(db);
  await db.schema.dropTable('renewal_reminders').execute();
}
