import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { partnerOf } from './partner.ts';

/** One line per answered request. Never the raw path, query, body, headers, e-mail or token. */
export interface RequestLogEntry {
  level: 'info' | 'warn' | 'error';
  msg: 'request';
  time: string;
  requestId: string;
  method: string;
  /** The route pattern that answered (`/v1/orders/:reference`), never the raw path. */
  route: string;
  status: number;
  durationMs: number;
  /** The partner's slug when the request carried its key. */
  partner?: string;
}

/** An unexpected error (answered 500), with the request id the client was given. */
export interface ErrorLogEntry {
  level: 'error';
  msg: 'unexpected error';
  time: string;
  requestId: string;
  method: string;
  route: string;
  error: { name: string; message: string; stack?: string };
}

export type LogEntry = RequestLogEntry | ErrorLogEntry;

/** Where log entries go: one JSON object per line on stdout by default; tests capture or drop them. */
export type LogSink = (entry: LogEntry) => void;

export const jsonLineLog: LogSink = (entry) => console.log(JSON.stringify(entry));

/** A client-given X-Request-Id is kept only when it is this harmless (never arbitrary bytes in a header or log). */
const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id to answer with: the client's when it is safe, else a fresh UUID. */
export function acceptedRequestId(given: string | undefined): string {
  return given !== undefined && safeRequestId.test(given) ? given : crypto.randomUUID();
}

export type RequestIdEnv = { Variables: { requestId: string } };

/** The request's id (set by `requestLog`). */
export function requestIdOf(c: Context): string {
  return (c.get('requestId') as string | undefined) ?? 'unknown';
}

/**
 * The route pattern of the handler (or middleware) that answered: after
 * `next()`, the context's route index points at the last one that ran.
 */
export function answeredRoute(c: Context): string {
  return routePath(c) || '*';
}

function levelOf(status: number): RequestLogEntry['level'] {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

/** An unexpected error as a log entry (name, message, stack; nothing from the request but its id and route). */
export function errorLogEntry(c: Context, error: unknown): ErrorLogEntry {
  const described =
    error instanceof Error
      ? { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
      : { name: 'NonError', message: String(error) };
  return {
    level: 'error',
    msg: 'unexpected error',
    time: new Date().toISOString(),
    requestId: requestIdOf(c),
    method: c.req.method,
    route: answeredRoute(c),
    error: described,
  };
}

/** The ISO time of the last line, kept for the millisecond it names (several lines share one). */
let lastTime = { ms: Number.NaN, iso: '' };

function isoTimeNow(): string {
  const ms = Date.now();
  if (ms !== lastTime.ms) lastTime = { ms, iso: new Date(ms).toISOString() };
  return lastTime.iso;
}

/**
 * Outermost middleware: gives the request its id (`requestIdOf`) and logs one
 * entry once it is answered, errors included.
 */
export function requestLog(deps: { log: LogSink }): MiddlewareHandler<RequestIdEnv> {
  return async (c, next) => {
    const started = performance.now();
    c.set('requestId', acceptedRequestId(c.req.header('X-Request-Id')));
    let status = 500;
    try {
      await next();
      status = c.res.status;
    } finally {
      const entry: RequestLogEntry = {
        level: levelOf(status),
        msg: 'request',
        time: isoTimeNow(),
        requestId: requestIdOf(c),
        method: c.req.method,
        route: answeredRoute(c),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      const partner = partnerOf(c)?.slug;
      if (partner) entry.partner = partner;
      try {
        deps.log(entry);
      } catch {
        // a failing log sink never turns an answer into an error
      }
    }
  };
}
