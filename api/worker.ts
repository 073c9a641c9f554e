import type { Kysely } from 'kysely';
import { createCompanySearchApiRegistry } from './adapters/company-search-api.ts';
import { createHttpMailer } from './adapters/http-mailer.ts';
import { createHttpSmsSender } from './adapters/http-sms-sender.ts';
import { createPostgresFileStore } from './adapters/postgres-file-store.ts';
import { createR2FileStore, type R2BucketLike } from './adapters/r2-file-store.ts';
import { createSeededCompanyRegistry } from './adapters/seeded-company-registry.ts';
import { type AppDeps, createApp } from './app.ts';
import { readConfig } from './config.ts';
import { corkedCloudflareSocket } from './db/corked-socket.ts';
import type { Database } from './db/database.ts';
import { createPostgresDatabase } from './db/postgres.ts';
import { DEFAULT_READ_CACHE_TTL_MS, ReadCache } from './db/read-cache.ts';
import { DEFAULT_BATCH_SIZE, deliverDueMessages } from './outbox/deliver.ts';
import { retentionEnvNames } from './retention/periods.ts';
import { runRetention } from './retention/retention.ts';
import { developmentKeyRing, importKeyRing, type KeyRing } from './security/encryption.ts';
import { rewrapStoredObjects } from './security/rewrap.ts';
import { sendRenewalReminders } from './services/renewal-reminders.ts';
import { DEFAULT_WEBHOOK_BATCH_SIZE, deliverDueWebhooks } from './webhooks/deliver.ts';

// Only types and the default handler are exported: workerd takes every other
// export of the main module for an entrypoint and refuses to start otherwise.

/**
 * Bindings of the Worker: wrangler.toml `[vars]` (nothing secret), secrets
 * (`wrangler secret put NAME`), Hyperdrive and R2 bindings.
 */
export interface WorkerEnv {
  /** Hyperdrive binding in production: its connectionString points at the pooled Postgres. */
  HYPERDRIVE?: { connectionString: string };
  /** Without Hyperdrive: a plain Postgres URL (a secret; `--var` under `wrangler dev`). */
  DATABASE_URL?: string;
  /** R2 bucket of identity scans; absent: scans go to Postgres (`document_blobs`). */
  ID_SCANS?: R2BucketLike;
  COMPANY_REGISTRY?: string;
  COMPANY_SEARCH_URL?: string;
  PUBLIC_URL?: string;
  CLIENT_SPACE_URL?: string;
  /** HTTP e-mail API (JSON POST, bearer MAIL_API_TOKEN); unset: e-mails wait in the outbox. */
  MAIL_API_URL?: string;
  MAIL_API_TOKEN?: string;
  MAIL_FROM?: string;
  /** HTTP SMS gateway; delivered with the e-mails (needs MAIL_API_URL too). */
  SMS_URL?: string;
  SMS_TOKEN?: string;
  SMS_FROM?: string;
  /** `cloudflare` (wrangler.toml): the client is CF-Connecting-IP, set by Cloudflare's edge. */
  TRUST_PROXY?: string;
  /**
   * "1" only under the test leg (`wrangler dev --var TEST_HOOKS:1`), never in
   * wrangler.toml nor in production: lets a request choose its test database
   * (`X-Test-Database`), pin the clock (`X-Test-Now`) and turn demo mode on
   * (`X-Test-Demo`), and returns the errors the app reported in
   * `X-Test-Reported-Errors`. Without it these headers are ignored.
   */
  TEST_HOOKS?: string;
  /**
   * Master keys of encryption at rest (a secret: `id:base64,…`, first current; README
   * "Encryption at rest"). Required: without it the Worker answers 503, except under
   * TEST_HOOKS, where the public development key is used.
   */
  ENCRYPTION_KEYS?: string;
  /** Retention periods (README, Configuration); unset: the defaults. */
  RETENTION_CLOSED_SCANS_DAYS?: string;
  RETENTION_EVIDENCE_YEARS?: string;
  RETENTION_IDEMPOTENCY_DAYS?: string;
  RETENTION_OUTBOX_DAYS?: string;
  RETENTION_WEBHOOK_ATTEMPTS_DAYS?: string;
  RETENTION_THROTTLE_HOURS?: string;
  RETENTION_LOGIN_SOURCES_DAYS?: string;
}

export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

export interface ScheduledController {
  cron: string;
  scheduledTime: number;
}

/** The Cron Trigger that runs the renewal reminders (wrangler.toml `[triggers]`); every other one drains. */
const REMINDERS_CRON = '0 * * * *';
/** A scheduled run stops claiming new batches after this long (Workers cron: 15 min wall time at most). */
const DRAIN_BUDGET_MS = 60_000;

const testDatabasePattern = /^test_[0-9a-f]{32}$/;

/** The imported master keys, per isolate (importing is pure computation; no I/O is cached). */
let keyRingCache: { spec: string; ring: Promise<KeyRing> } | undefined;

/**
 * The master keys of ENCRYPTION_KEYS; the development key under TEST_HOOKS only; otherwise
 * null (the Worker refuses to serve). Throws a ConfigError on a malformed ENCRYPTION_KEYS.
 */
function keyRingOf(env: WorkerEnv): Promise<KeyRing> | null {
  const spec = env.ENCRYPTION_KEYS?.trim();
  if (!spec) return env.TEST_HOOKS === '1' ? developmentKeyRing() : null;
  if (keyRingCache?.spec !== spec) {
    readConfig({ ENCRYPTION_KEYS: spec }); // validates, naming the problem (never the key)
    keyRingCache = { spec, ring: importKeyRing(spec) };
  }
  return keyRingCache.ring;
}

function problem(status: number, title: string, detail: string): Response {
  return new Response(
    JSON.stringify({
      type: `https://certinomis-order.dev/problems/${status === 503 ? 'unavailable' : 'bad-request'}`,
      title,
      status,
      detail,
    }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function databaseUrlOf(env: WorkerEnv): string | undefined {
  return env.HYPERDRIVE?.connectionString ?? env.DATABASE_URL;
}

interface TestOverrides {
  enabled?: boolean;
  databaseName?: string;
  now?: Date;
  demo?: boolean;
}

/** The test hooks of a request, or a 400 when one is malformed; `{}` whenever TEST_HOOKS is not "1". */
function testOverridesOf(request: Request, env: WorkerEnv): TestOverrides | Response {
  if (env.TEST_HOOKS !== '1') return {};
  const overrides: TestOverrides = { enabled: true };
  const database = request.headers.get('X-Test-Database');
  if (database !== null) {
    if (!testDatabasePattern.test(database)) {
      return problem(400, 'Bad X-Test-Database', 'Expected test_ and 32 hex digits.');
    }
    overrides.databaseName = database;
  }
  const now = request.headers.get('X-Test-Now');
  if (now !== null) {
    const date = new Date(now);
    if (!/^\d{4}-\d\d-\d\dT/.test(now) || Number.isNaN(date.getTime())) {
      return problem(400, 'Bad X-Test-Now', 'Expected an ISO 8601 date-time.');
    }
    overrides.now = date;
  }
  if (request.headers.get('X-Test-Demo') === '1') overrides.demo = true;
  return overrides;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function publicUrlsOf(env: WorkerEnv, request?: Request) {
  const config = readConfig({ PUBLIC_URL: env.PUBLIC_URL, CLIENT_SPACE_URL: env.CLIENT_SPACE_URL });
  const publicUrl = config.publicUrl ?? (request ? new URL(request.url).origin : undefined);
  return {
    clientSpaceUrl: config.clientSpaceUrl ?? (publicUrl ? `${publicUrl}/espace-client` : undefined),
    backOfficeUrl: publicUrl ? `${publicUrl}/back-office` : undefined,
  };
}

/**
 * Delivery of the outbox from a Worker: e-mails (HTTP e-mail API) and SMS
 * (HTTP gateway) when MAIL_API_URL is set — otherwise they stay pending, as
 * on Node without SMTP — then partner webhooks. Full batches are followed by
 * another pass, within `budgetMs` (default `DRAIN_BUDGET_MS`; 0: one pass).
 */
async function drainOutbox(
  db: Kysely<Database>,
  env: WorkerEnv,
  options: { webhooks: boolean; budgetMs?: number; keys: Promise<KeyRing> },
) {
  const started = Date.now();
  const withinBudget = () => Date.now() - started < (options.budgetMs ?? DRAIN_BUDGET_MS);
  const totals = { sent: 0, failed: 0, webhooksSent: 0, webhooksFailed: 0, webhooksGaveUp: 0 };
  if (env.MAIL_API_URL) {
    const mailer = createHttpMailer({
      url: env.MAIL_API_URL,
      token: env.MAIL_API_TOKEN ?? '',
      from: readConfig({ MAIL_FROM: env.MAIL_FROM }).mailFrom,
    });
    const sms = env.SMS_URL
      ? createHttpSmsSender({
          url: env.SMS_URL,
          token: env.SMS_TOKEN ?? '',
          from: env.SMS_FROM || 'CERTINOMIS',
        })
      : undefined;
    do {
      const pass = await deliverDueMessages({
        db,
        mailer,
        ...(sms ? { sms } : {}),
        onSendError: (error, message) =>
          console.warn(`outbox: ${message.channel} ${message.id} failed`, String(error)),
      });
      totals.sent += pass.sent;
      totals.failed += pass.failed;
      if (pass.sent + pass.failed < DEFAULT_BATCH_SIZE) break;
    } while (withinBudget());
  }
  if (options.webhooks) {
    do {
      const pass = await deliverDueWebhooks({ db, keys: options.keys });
      totals.webhooksSent += pass.sent;
      totals.webhooksFailed += pass.failed;
      totals.webhooksGaveUp += pass.gaveUp;
      if (pass.sent + pass.failed + pass.gaveUp < DEFAULT_WEBHOOK_BATCH_SIZE) break;
    } while (withinBudget());
  }
  return totals;
}

/**
 * The Cloudflare Workers entry. Postgres only (no PGlite, no file system):
 * one `pg` client per request, closed after the response (a module-level pool
 * hangs on workerd). Migrations are applied by the deploy step, not per request.
 */
/**
 * The read cache of this isolate, per database URL (one in practice; bounded). The database
 * is made per request, so a cache of its
 * own would never serve a second request: the catalogue, partner, seller and CGV rows would
 * cost a round trip on every request. This one keeps them for the TTL (another isolate's or
 * process's write shows within it) and drops them at once on this isolate's writes; it serves
 * only finished loads, so no request waits on another request's I/O.
 */
const isolateReadCaches = new Map<string, ReadCache>();
function isolateReadCache(databaseUrl: string): ReadCache {
  let cache = isolateReadCaches.get(databaseUrl);
  if (!cache) {
    if (isolateReadCaches.size >= 8) isolateReadCaches.clear();
    cache = new ReadCache(DEFAULT_READ_CACHE_TTL_MS, Date.now, true);
    isolateReadCaches.set(databaseUrl, cache);
  }
  return cache;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const baseUrl = databaseUrlOf(env);
    if (!baseUrl) {
      return problem(
        503,
        'Service non configuré',
        'No database binding (HYPERDRIVE or DATABASE_URL) is configured.',
      );
    }
    const overrides = testOverridesOf(request, env);
    if (overrides instanceof Response) return overrides;
    let keys: Promise<KeyRing> | null;
    try {
      keys = keyRingOf(env);
    } catch (error) {
      console.error(`ENCRYPTION_KEYS: ${(error as Error).message}`);
      keys = null;
    }
    if (!keys) {
      return problem(
        503,
        'Service non configuré',
        'ENCRYPTION_KEYS (encryption at rest) is missing or malformed.',
      );
    }
    const config = readConfig({
      COMPANY_REGISTRY: env.COMPANY_REGISTRY,
      COMPANY_SEARCH_URL: env.COMPANY_SEARCH_URL,
      TRUST_PROXY: env.TRUST_PROXY,
    });
    const databaseUrl = overrides.databaseName
      ? withDatabase(baseUrl, overrides.databaseName)
      : baseUrl;
    const db = createPostgresDatabase(
      databaseUrl,
      // The pool lives for one request. A connection the server drops mid-request fails that
      // request's query (503, reported by the app); the listener only keeps it from throwing.
      // The read cache outlives it (the isolate's), except on the test leg, whose tests write
      // the database from outside the Worker and expect the next request to see it.
      {
        max: 1,
        onConnectionError: () => {},
        stream: corkedCloudflareSocket,
        ...(overrides.enabled ? {} : { readCache: isolateReadCache(databaseUrl) }),
      },
    );
    const companyRegistry =
      config.companyRegistry === 'api'
        ? createCompanySearchApiRegistry(
            config.companySearchUrl ? { baseUrl: config.companySearchUrl } : {},
          )
        : createSeededCompanyRegistry(db);
    const { clientSpaceUrl, backOfficeUrl } = publicUrlsOf(env, request);
    const pinned = overrides.now;
    // Messages written by this request (login links, SMS codes) leave right
    // after the response instead of waiting for the next cron run.
    let outboxWritten = false;
    // Work a route runs after its answer (registration, reset): settled before the database closes.
    const afterAnswer: Promise<unknown>[] = [];
    const reported: string[] = [];
    const deps: AppDeps = {
      db,
      builtFor: request,
      companyRegistry,
      ...(env.ID_SCANS ? { fileStore: createR2FileStore(env.ID_SCANS) } : {}),
      keys,
      ...(clientSpaceUrl ? { clientSpaceUrl } : {}),
      ...(backOfficeUrl ? { backOfficeUrl } : {}),
      ...(pinned ? { now: () => new Date(pinned) } : {}),
      ...(overrides.demo ? { demo: true } : {}),
      // No socket on Workers: without TRUST_PROXY=cloudflare every client is 'unknown'.
      trustProxy: config.trustProxy,
      background: (task) => {
        afterAnswer.push(task);
      },
      onOutboxWrite: () => {
        outboxWritten = true;
      },
      // Unexpected errors are logged as JSON by the app; the test leg also gets them back.
      ...(overrides.enabled
        ? {
            reportError: (error: unknown) =>
              reported.push(error instanceof Error ? error.message : String(error)),
          }
        : {}),
    };
    let response: Response;
    try {
      response = await createApp(deps).fetch(request);
    } catch (error) {
      ctx.waitUntil(db.destroy());
      throw error;
    }
    ctx.waitUntil(
      (async () => {
        try {
          await Promise.allSettled(afterAnswer);
          // One pass (waitUntil has 30 s); webhooks wait for the cron.
          if (outboxWritten && env.MAIL_API_URL) {
            await drainOutbox(db, env, { webhooks: false, budgetMs: 0, keys });
          }
        } catch (error) {
          console.error('outbox delivery after the response failed', error);
        } finally {
          await db.destroy();
        }
      })(),
    );
    if (reported.length > 0) {
      response = new Response(response.body, response);
      response.headers.set('X-Test-Reported-Errors', encodeURIComponent(JSON.stringify(reported)));
    }
    return response;
  },

  /**
   * Cron Triggers (wrangler.toml `[triggers] crons`): every minute, deliver
   * the outbox (e-mails, SMS, webhooks); hourly, queue the renewal reminders
   * first. Always the production database: test hooks do not apply here.
   */
  async scheduled(controller: ScheduledController, env: WorkerEnv): Promise<void> {
    const url = databaseUrlOf(env);
    if (!url) {
      console.error('scheduled: no database binding (HYPERDRIVE or DATABASE_URL)');
      return;
    }
    const keys = keyRingOf(env);
    if (!keys) {
      console.error('scheduled: ENCRYPTION_KEYS is not set (encryption at rest): nothing done');
      return;
    }
    const db = createPostgresDatabase(url, {
      max: 1,
      stream: corkedCloudflareSocket,
      onConnectionError: (error) =>
        console.warn('scheduled: postgres connection lost', error.message),
    });
    try {
      if (controller.cron === REMINDERS_CRON) {
        const { clientSpaceUrl } = publicUrlsOf(env);
        if (clientSpaceUrl) {
          await sendRenewalReminders({ db, now: () => new Date(), clientSpaceUrl });
        } else {
          console.warn('scheduled: PUBLIC_URL is not set, renewal reminders skipped');
        }
        // Retention (past-period evidence, stale technical rows), then a bounded re-wrap pass:
        // scans in R2 cannot be reached from `npm run keys:rewrap`, so key rotation happens here.
        const store = env.ID_SCANS ? createR2FileStore(env.ID_SCANS) : createPostgresFileStore(db);
        const retention = await runRetention({
          db,
          fileStore: store,
          now: () => new Date(),
          periods: readConfig(
            Object.fromEntries(
              Object.values(retentionEnvNames).map((name) => [
                name,
                (env as unknown as Record<string, string | undefined>)[name],
              ]),
            ),
          ).retention,
        });
        const rewrap = await rewrapStoredObjects({ db, store, keys: await keys, maxBatches: 5 });
        console.log(`scheduled retention: ${JSON.stringify({ retention, rewrap })}`);
      }
      const totals = await drainOutbox(db, env, { webhooks: true, keys });
      console.log(`scheduled ${controller.cron}: ${JSON.stringify(totals)}`);
    } finally {
      await db.destroy();
    }
  },
};
