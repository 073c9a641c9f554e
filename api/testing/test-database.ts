import { readFile } from 'node:fs/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createPgliteDatabase } from '../db/pglite.ts';
import { createPostgresDatabase } from '../db/postgres.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** Which database the API suite runs on: real Postgres when TEST_DATABASE_URL is set, else PGlite. */
export const databaseKind: DatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** On Postgres, the database's name (`test_<32 hex>`): the Workers leg sends it as `X-Test-Database`. */
  name?: string;
  destroy(): Promise<void>;
}

/**
 * A freshly migrated, isolated database for one test file: an in-memory
 * PGlite, or a new database created on the Postgres server named by
 * TEST_DATABASE_URL (dropped again by `destroy`).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const template = inject('pgliteTemplate');
    const db = template
      ? await createPgliteDatabase({ loadDataDir: new Blob([await readFile(template)]) })
      : await createPgliteDatabase();
    await migrateToLatest(db);
    return { db, kind: 'pglite', destroy: () => db.destroy() };
  }
  const name = `test_${crypto.randomUUID().replaceAll('-', '')}`;
  const adminPool = new pg.Pool({ connectionString: url, max: 1 });
  adminPool.on('error', () => {});
  const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: adminPool }) });
  await sql.raw(`create database ${name}`).execute(admin);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const db = createPostgresDatabase(testUrl.toString(), { max: 20, onConnectionError: () => {} });
  await migrateToLatest(db);
  return {
    db,
    kind: 'postgres',
    name,
    async destroy() {
      await db.destroy();
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}
