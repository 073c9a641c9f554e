import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

/**
 * Kysely on real Postgres through `pg`. int8 (counts, sums) parses to number:
 * our values stay far below 2^53, and PGlite returns the same type.
 */
export function createPostgresDatabase(
  connectionString: string,
  options: { max?: number; onIdleError?: (error: Error) => void } = {},
): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format),
    },
  });
  // An idle pooled connection can die (server restart, admin termination): pg
  // emits 'error' on the pool, which would crash the process if unheard. The
  // pool replaces the connection by itself; we only report it.
  pool.on(
    'error',
    options.onIdleError ?? ((error) => console.warn('postgres idle client:', error.message)),
  );
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
