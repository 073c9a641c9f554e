import { createCompanySearchApiRegistry } from './adapters/company-search-api.ts';
import { createSeededCompanyRegistry } from './adapters/seeded-company-registry.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createPostgresDatabase } from './db/postgres.ts';

/** Bindings of the Worker (wrangler.toml vars, secrets, Hyperdrive). */
export interface WorkerEnv {
  /** Hyperdrive binding in production: its connectionString points at the pooled Postgres. */
  HYPERDRIVE?: { connectionString: string };
  /** Local development (wrangler dev): a plain Postgres URL. */
  DATABASE_URL?: string;
  COMPANY_REGISTRY?: string;
  COMPANY_SEARCH_URL?: string;
  PUBLIC_URL?: string;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * The Cloudflare Workers entry. Postgres only (no PGlite, no file system):
 * one `pg` client per request, closed after the response (a module-level pool
 * hangs on workerd). Migrations are applied by the deploy step, not per request.
 */
export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const databaseUrl = env.HYPERDRIVE?.connectionString ?? env.DATABASE_URL;
    if (!databaseUrl) {
      return new Response(
        JSON.stringify({
          type: 'https://certinomis-order.dev/problems/unavailable',
          title: 'Service non configuré',
          status: 503,
          detail: 'No database binding (HYPERDRIVE or DATABASE_URL) is configured.',
        }),
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    const config = readConfig({
      COMPANY_REGISTRY: env.COMPANY_REGISTRY,
      COMPANY_SEARCH_URL: env.COMPANY_SEARCH_URL,
      PUBLIC_URL: env.PUBLIC_URL,
    });
    const db = createPostgresDatabase(databaseUrl, { max: 1 });
    const companyRegistry =
      config.companyRegistry === 'api'
        ? createCompanySearchApiRegistry(
            config.companySearchUrl ? { baseUrl: config.companySearchUrl } : {},
          )
        : createSeededCompanyRegistry(db);
    try {
      return await createApp({ db, companyRegistry }).fetch(request);
    } finally {
      ctx.waitUntil(db.destroy());
    }
  },
};
