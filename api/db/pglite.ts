import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { Database } from './database.ts';

export interface PgliteOptions {
  /** Folder the database persists in; memory when undefined (tests). */
  dataDir?: string;
  /** Start from a dump made by `PGlite.dumpDataDir()` (a migrated template: 4× faster than initdb). */
  loadDataDir?: Blob;
}

/**
 * Kysely on PGlite (Postgres compiled to WASM), the embedded default. Node
 * only — the Workers entry never imports this module. One process per data
 * folder: PGlite has a single connection and no cross-process locking.
 */
export async function createPgliteDatabase(options: PgliteOptions = {}): Promise<Kysely<Database>> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  return new Kysely<Database>({ dialect: new PGliteDialect(client) });
}
