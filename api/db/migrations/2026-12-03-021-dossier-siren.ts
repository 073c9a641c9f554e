import { type Kysely, sql } from 'kysely';

/**
 * `dossiers.siren`: the SIREN of the dossier's order, copied on the dossier when the order is
 * placed (an order's SIRET never changes), and a partial index of the dossiers whose
 * certificate was issued, by SIREN. "Was a certificate issued to this organisation?" (the
 * purchase's first-certificate rule, asked on every placement and SIRET lookup) joined every
 * order of the SIREN to its dossiers: a buyer with thousands of orders (a ministry, a
 * procurement platform's regular) paid a scan of all of them on each new order, and the
 * orders benchmark slowed as it placed them (issue 21). It is now a probe of an index that
 * holds issued certificates only.
 *
 * The statuses are `ISSUED_STATUSES` (machines/contract/dossier-statuses.ts) as they are
 * today, written out: a migration is frozen, so a change of that list comes with a new
 * migration that redefines the index. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dossiers add column siren text`.execute(db);
  await sql`update dossiers set siren = orders.siren from orders where orders.id = dossiers.order_id`.execute(
    db,
  );
  await sql`alter table dossiers alter column siren set not null`.execute(db);
  await sql`alter table dossiers add constraint dossiers_siren_check check (siren ~ '^[0-9]{9}$')`.execute(
    db,
  );
  await sql`create index dossiers_issued_siren_idx on dossiers (siren)
    where status in ('issued', 'shipped', 'at_post_office')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index dossiers_issued_siren_idx`.execute(db);
  await sql`alter table dossiers drop column siren`.execute(db);
}
