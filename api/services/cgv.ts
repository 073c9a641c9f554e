import type { Kysely } from 'kysely';
import type { Database, PartnerRow } from '../db/database.ts';

/**
 * The terms of sale a partner's buyers accept: the version pinned on the
 * partner (a reseller's own CGV), else the latest published one.
 */
export function currentCgv(db: Kysely<Database>, partner: Pick<PartnerRow, 'cgv_version'>) {
  let query = db.selectFrom('cgv_documents').select(['version', 'title', 'html', 'published_at']);
  query = partner.cgv_version
    ? query.where('version', '=', partner.cgv_version)
    : query.orderBy('published_at', 'desc').limit(1);
  return query.executeTakeFirstOrThrow();
}
