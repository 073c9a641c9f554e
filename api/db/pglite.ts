import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { Database } from './database.ts';
import { invalidatingOnCommit, ReadCache, withReadCache } from './read-cache.ts';
import { DatabaseUnavailableError } from './unavailable.ts';

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
  // Reads of rarely changing rows are cached per process (./read-cache.ts).
  const cache = new ReadCache();
  return withReadCache(
    new Kysely<Database>({ dialect: invalidatingOnCommit(pgliteDialect(client), cache) }),
    cache,
  );
}

/**
 * The Kysely dialect over `client`, with its faults named: a query on a PGlite
 * that is closed (or closing) fails with `DatabaseUnavailableError`, answered
 * 503 like a Postgres server that went away, instead of a bare `Error`.
 * The dialect only calls `query` and `close`.
 */
export function pgliteDialect(client: PGlite): PGliteDialect {
  const guarded: Pick<PGlite, 'query' | 'close'> = {
    query: async (...args: Parameters<PGlite['query']>) => {
      try {
        return await client.query(...args);
      } catch (error) {
        if (client.closed || (error instanceof Error && error.message === 'PGlite is closing')) {
          throw new DatabaseUnavailableError('the embedded database is closed', { cause: error });
        }
        throw error;
      }
    },
    close: () => client.close(),
  } as Pick<PGlite, 'query' | 'close'>;
  return new PGliteDialect(guarded as PGlite);
}
