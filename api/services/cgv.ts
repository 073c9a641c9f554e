import type { Kysely } from 'kysely';
import type { Locale } from '../../machines/messages/index.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import { cachedRead } from '../db/read-cache.ts';

/**
 * The terms of sale a partner's buyers accept: the version pinned on the
 * partner (a reseller's own CGV), else the latest published one; its text in
 * the buyer's language when one is published for that version
 * (`cgv_translations`), else the French original. `locale` says which text it
 * is: the order records it with the version accepted. Read through the
 * per-process read cache (api/db/read-cache.ts).
 */
export function currentCgv(
  db: Kysely<Database>,
  partner: Pick<PartnerRow, 'cgv_version'>,
  locale: Locale = 'fr',
) {
  const version = partner.cgv_version;
  return cachedRead(
    db,
    `cgv:${version ?? ''}:${locale}`,
    ['cgv_documents', 'cgv_translations'],
    async () => {
      let query = db
        .selectFrom('cgv_documents')
        .select(['version', 'title', 'html', 'published_at']);
      query = version
        ? query.where('version', '=', version)
        : query.orderBy('published_at', 'desc').limit(1);
      const original = await query.executeTakeFirstOrThrow();
      const translated =
        locale === 'fr'
          ? undefined
          : await db
              .selectFrom('cgv_translations')
              .select(['title', 'html', 'published_at'])
              .where('version', '=', original.version)
              .where('locale', '=', locale)
              .executeTakeFirst();
      return translated
        ? { ...original, ...translated, locale }
        : { ...original, locale: 'fr' as Locale };
    },
  );
}
