import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { invalidatingOnCommit, ReadCache, withReadCache } from './read-cache.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

/** How long a request waits for a connection before the database counts as unavailable (503). */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;

export interface PostgresOptions {
  max?: number;
  /** Waiting longer than this for a connection (server down, pool exhausted) fails the query. */
  connectionTimeoutMillis?: number;
  /**
   * Told about every connection that broke, idle or checked out (server restart,
   * `pg_terminate_backend`, network loss). Default: a warning on the console.
   */
  onConnectionError?: (error: Error) => void;
  /** The earlier name of `onConnectionError` (it is now told about checked-out clients too). */
  onIdleError?: (error: Error) => void;
  /**
   * The read cache to use (default: a new one for this database). The Worker, which makes a
   * database per request, passes one that outlives the request (see `ReadCache`'s `settledOnly`).
   */
  readCache?: ReadCache;
  /** The socket each connection makes (`pg`'s `stream` option; Workers: ./corked-socket.ts). */
  stream?: (config: { ssl?: unknown }) => unknown;
}

/** Connections of a pg pool (gauges of `/metrics`). */
export interface PoolStats {
  total: number;
  idle: number;
  /** Queries queued for a connection. */
  waiting: number;
}

const pools = new WeakMap<Kysely<Database>, pg.Pool>();

/** The pool behind a database made by `createPostgresDatabase` (undefined for PGlite). */
export function poolStatsOf(db: Kysely<Database>): PoolStats | undefined {
  const pool = pools.get(db);
  return pool
    ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }
    : undefined;
}

/** Clients whose last query failed with a connection fault (./unavailable.ts). */
const faulted = new WeakSet<pg.ClientBase>();

/** Marks `client` when a query of its fails because its connection did (57P01, ECONNRESET…). */
function watchFaults(client: pg.ClientBase) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) faulted.add(client);
      });
    }
    return result;
  }) as typeof client.query;
}

/**
 * A client released after a connection fault goes with its error, so the pool drops it. The
 * server's error (say 57P01, `pg_terminate_backend`) reaches the query before the socket's
 * close reaches the client, which is still "queryable" then: released plainly, it was lent
 * again at once, and the next statement (the order's key release after its failure) failed
 * with ECONNRESET (`api/db/database-faults.test.ts`). Inside a transaction the failed
 * ROLLBACK used to hide this; a statement without BEGIN meets it.
 */
function releaseFaultedClientsWithTheirError(pool: pg.Pool) {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  pool.connect = (async () => {
    const client = await connect();
    const release = client.release;
    client.release = (error?: Error | boolean) =>
      release(
        error || (faulted.has(client) ? new Error('connection fault: discarded') : undefined),
      );
    return client;
  }) as typeof pool.connect;
}

/**
 * Kysely on real Postgres through `pg`. int8 (counts, sums) parses to number:
 * our values stay far below 2^53, and PGlite returns the same type.
 *
 * Connection faults never crash the process: `pg` emits 'error' on a client
 * whose server goes away, and the pool only listens on idle ones, so every
 * client gets a listener as it connects. The query in flight fails with the
 * server's error (57P01…, see ./unavailable.ts: answered 503), the broken
 * client is discarded when released (pg-pool drops clients that are no longer
 * queryable), and the next request connects afresh once the server is back.
 */
export function createPostgresDatabase(
  connectionString: string,
  options: PostgresOptions = {},
): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(options.stream ? { stream: options.stream as pg.PoolConfig['stream'] } : {}),
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format),
    },
  });
  const onConnectionError =
    options.onConnectionError ??
    options.onIdleError ??
    ((error: Error) => console.warn('postgres connection lost:', error.message));
  // Every client, idle or checked out: without a listener a checked-out client's
  // 'error' event is unhandled and Node exits.
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
    watchFaults(client);
  });
  releaseFaultedClientsWithTheirError(pool);
  // The pool re-emits idle clients' errors (and removes them): already reported above.
  pool.on('error', () => {});
  // Reads of rarely changing rows are cached per process (./read-cache.ts).
  const cache = options.readCache ?? new ReadCache();
  const db = withReadCache(
    new Kysely<Database>({
      dialect: invalidatingOnCommit(new PostgresDialect({ pool }), cache),
    }),
    cache,
  );
  pools.set(db, pool);
  return db;
}
