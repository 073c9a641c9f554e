/**
 * Which database errors are the database's fault rather than the request's:
 * the API answers them 503 with `Retry-After` (the client may retry), never
 * 500. One place for the list, used by `app.onError` and the workers.
 *
 * - `unavailable`: the server cannot be reached or dropped the connection
 *   (refused/reset sockets, SQLSTATE class 08, admin shutdown/crash/starting
 *   up 57P01–57P03, 53300 too many connections, pool connect timeouts,
 *   a closed PGlite);
 * - `contention`: the transaction lost a race (40001 serialization failure,
 *   40P01 deadlock, 55P03 lock not available) and may simply be run again.
 */
export type DatabaseFault =
  | { kind: 'unavailable'; retryAfterSeconds: number }
  | { kind: 'contention'; retryAfterSeconds: number };

/** Thrown by our own database adapters when the database is gone (e.g. a closed PGlite). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Seconds a client should wait before retrying after the database went away. */
export const UNAVAILABLE_RETRY_AFTER_S = 2;
/** Seconds before retrying a transaction that lost a race. */
export const CONTENTION_RETRY_AFTER_S = 1;

const unavailableSqlStates = new Set([
  '57P01', // admin_shutdown (pg_ctl restart/stop -m fast, pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
  '53000', // insufficient_resources
  '53100', // disk_full
  '53200', // out_of_memory
  '57014', // query_canceled (statement timeout, cancelled by an operator)
  '25P03', // idle_in_transaction_session_timeout
]);
const contentionSqlStates = new Set(['40001', '40P01', '55P03']);

/** Node's socket error codes for a server that is not there or went away. */
const socketErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Errors `pg` and `pg-pool` raise without a code (messages as in pg 8 / pg-pool 3). */
const unavailableMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

const sqlStatePattern = /^[0-9A-Z]{5}$/;

/** The database fault behind `error` (looking through `cause` and AggregateError), or null. */
export function databaseFaultOf(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.shift();
    if (!current || typeof current !== 'object' || seen.has(current) || seen.size > 16) continue;
    seen.add(current);
    const fault = faultOfOne(current as Error & { code?: unknown });
    if (fault) return fault;
    const { cause, errors } = current as { cause?: unknown; errors?: unknown };
    if (cause) pending.push(cause);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return null;
}

/** True when the error means the database could not be used at all (not a lost race). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFaultOf(error)?.kind === 'unavailable';
}

function faultOfOne(error: Error & { code?: unknown }): DatabaseFault | null {
  if (error instanceof DatabaseUnavailableError) return unavailable();
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && sqlStatePattern.test(code)) {
    if (contentionSqlStates.has(code)) {
      return { kind: 'contention', retryAfterSeconds: CONTENTION_RETRY_AFTER_S };
    }
    if (code.startsWith('08') || unavailableSqlStates.has(code)) return unavailable();
  }
  if (code && socketErrorCodes.has(code)) return unavailable();
  const message = typeof error.message === 'string' ? error.message : '';
  if (unavailableMessages.some((known) => message.startsWith(known))) return unavailable();
  return null;
}

function unavailable(): DatabaseFault {
  return { kind: 'unavailable', retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_S };
}
