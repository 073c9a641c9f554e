import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { FileStore, StoredFile } from '../ports/file-store.ts';

/** Files in the `document_blobs` table: works wherever the database does (PGlite, Postgres, Workers). */
export function createPostgresFileStore(db: Kysely<Database>): FileStore {
  return {
    async put(key, file) {
      await db
        .insertInto('document_blobs')
        .values({ key, content_type: file.contentType, bytes: file.bytes })
        .execute();
    },
    async replace(key, file) {
      await db
        .updateTable('document_blobs')
        .set({ content_type: file.contentType, bytes: file.bytes })
        .where('key', '=', key)
        .execute();
    },
    async get(key): Promise<StoredFile | null> {
      const row = await db
        .selectFrom('document_blobs')
        .select(['bytes', 'content_type'])
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) return null;
      return { bytes: new Uint8Array(row.bytes), contentType: row.content_type };
    },
    async delete(key) {
      await db.deleteFrom('document_blobs').where('key', '=', key).execute();
    },
  };
}
