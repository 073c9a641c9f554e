import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { migrationProvider } from '../db/migrations/index.ts';
import { ProblemError } from '../http/problem.ts';

export interface HealthRouteDeps {
  db: Kysely<Database>;
  /** False once the process is shutting down: readiness fails so load balancers stop sending. */
  accepting?: () => boolean;
  /** How long the readiness query may take before the database counts as unreachable (default 2 s). */
  readinessTimeoutMs?: number;
}

const noStore = { 'Cache-Control': 'no-store' };

const notReady = (reason: 'database' | 'migrations' | 'shutting-down') =>
  new ProblemError(
    503,
    'not-ready',
    'problem.not_ready.title',
    `problem.not_ready.${reason === 'shutting-down' ? 'shutting_down' : reason}`,
    {},
    undefined,
    { 'Retry-After': '5', ...noStore },
  );

/** The migrations this build expects, by name (api/db/migrations/index.ts). */
async function expectedMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider.getMigrations());
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Probes for orchestrators and load balancers, at the root (no partner key):
 *
 * - `GET /healthz`: the process answers; touches nothing else;
 * - `GET /readyz`: the database answers one indexed read and every migration
 *   of this build is applied; else 503 problem+json with Retry-After.
 *
 * Never cached.
 */
export function healthRoutes(deps: HealthRouteDeps) {
  const app = new Hono();
  const timeoutMs = deps.readinessTimeoutMs ?? 2000;

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, noStore));

  app.get('/readyz', async (c) => {
    if (deps.accepting && !deps.accepting()) throw notReady('shutting-down');
    let applied: Set<string>;
    try {
      const rows = await withTimeout(
        sql<{ name: string }>`select name from kysely_migration`.execute(deps.db),
        timeoutMs,
      );
      applied = new Set(rows.rows.map((row) => row.name));
    } catch {
      // Unreachable, or not migrated at all (no kysely_migration table yet).
      throw notReady('database');
    }
    const expected = await expectedMigrations();
    const pending = expected.filter((name) => !applied.has(name));
    if (pending.length > 0) throw notReady('migrations');
    return c.json({ status: 'ready', migrations: expected.length }, 200, noStore);
  });

  return app;
}
