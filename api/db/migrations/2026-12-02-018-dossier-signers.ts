import { type Kysely, sql } from 'kysely';

/**
 * Every signer signs: a dossier whose bénéficiaire is another person than the mandataire is
 * signed by both, each with their own SMS code. Frozen once landed.
 *
 * - `signature_codes.signer`: whose code a row is (`mandataire` | `beneficiaire`, the closed
 *   list `SIGNERS` of machines/contract/dossiers.ts). Rows written before were the
 *   mandataire's: the default keeps them valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('signature_codes')
    .addColumn('signer', 'text', (c) =>
      c.notNull().defaultTo('mandataire').check(sql`signer in ('mandataire', 'beneficiaire')`),
    )
    .execute();
  await sql`create index signature_codes_signer_idx on signature_codes (dossier_id, signer, created_at desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index signature_codes_signer_idx`.execute(db);
  await db.schema.alterTable('signature_codes').dropColumn('signer').execute();
}
