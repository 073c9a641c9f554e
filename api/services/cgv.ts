import type { Kysely } from 'kysely';
import type { Database, PartnerRow } from '../db/database.ts';
import { cachedRead } from '../db/read-cache.ts';

/**
 * The terms of sale a partner's buyers accept: the version pinned on the
 * partner (a reseller's own CGV), else the latest published one. Read through
 * the per-process read cache (api/db/read-cache.ts).
 */
export function currentCgv(db: Kysely<Database>, partner: Pick<PartnerRow, 'cgv_version'>) {
  const version = partner.cgv_version;
  return cachedRead(db, `cgv:${version ?? ''}`, ['cgv_documents'], () => {
    let query = db.selectFrom('cgv_documents').select(['version', 'title', 'html', 'published_at']);
    query = version
      ? query.where('version', '=', version)
      : query.orderBy('published_at', 'desc').limit(1);
    return query.executeTakeFirstOrThrow();
  });
}
