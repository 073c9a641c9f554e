import type { Server } from 'node:http';

/** A server that can be told to stop accepting (Node's http.Server, as @hono/node-server's `serve` returns). */
export type ClosableServer = Pick<Server, 'close' | 'closeIdleConnections' | 'closeAllConnections'>;

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown>;
}

export interface ShutdownResult {
  /** True when every in-flight request and step finished within the grace period. */
  graceful: boolean;
  /** What did not finish in time (or failed). */
  unfinished: string[];
}

/** Resolves true when `promise` settles within `ms`, false otherwise (it keeps running). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops a Node server within `graceMs`:
 *
 * 1. stop accepting connections (`server.close()`), and close keep-alive
 *    connections as soon as they are idle, so that the in-flight requests
 *    finish and nothing new starts on an old socket;
 * 2. then run `steps` in order (the outbox's current batch, the database
 *    pool…), each within what is left of the grace period;
 * 3. past the grace period, remaining connections are destroyed and the
 *    result says `graceful: false` (the caller exits non-zero).
 *
 * Steps after a late one still run (closing the pool must not be skipped),
 * each given at least a short moment.
 */
export async function shutdownServer(
  server: ClosableServer,
  graceMs: number,
  steps: readonly ShutdownStep[],
): Promise<ShutdownResult> {
  const deadline = Date.now() + graceMs;
  const remaining = () => Math.max(0, deadline - Date.now());
  const unfinished: string[] = [];

  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Node closes idle keep-alive sockets once at close(); a socket that finishes its request
  // afterwards becomes idle again: keep closing those until everything has ended.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  const drained = await within(closed, remaining());
  clearInterval(sweeper);
  if (!drained) {
    unfinished.push('in-flight requests');
    server.closeAllConnections();
    await within(closed, 1000);
  }

  for (const step of steps) {
    const settled = step.run().then(
      () => true,
      () => false,
    );
    const inTime = await within(
      settled.then((ok) => {
        if (!ok) unfinished.push(`${step.name} (failed)`);
      }),
      Math.max(remaining(), 250),
    );
    if (!inTime) unfinished.push(step.name);
  }
  return { graceful: unfinished.length === 0, unfinished };
}

/**
 * SIGTERM/SIGINT → `server.close()` once, then exit 0 when it stopped
 * gracefully, 1 when something had to be cut off (or closing failed). The
 * steps are logged as JSON lines.
 */
export function closeOnSignals(
  server: { close(): Promise<ShutdownResult> },
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      console.log(JSON.stringify({ level: 'info', msg: 'shutting down', signal }));
      server.close().then(
        ({ graceful, unfinished }) => {
          if (!graceful) {
            console.error(JSON.stringify({ level: 'error', msg: 'shutdown cut off', unfinished }));
          }
          exit(graceful ? 0 : 1);
        },
        (error: unknown) => {
          console.error(
            JSON.stringify({ level: 'error', msg: 'shutdown failed', error: String(error) }),
          );
          exit(1);
        },
      );
    });
  }
}
