import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { createCompanySearchApiRegistry } from './adapters/company-search-api.ts';
import { createFsFileStore } from './adapters/fs-file-store.ts';
import { createDemoSmsSender, createHttpSmsSender } from './adapters/http-sms-sender.ts';
import { createDemoMailer } from './adapters/outbox-only-mailer.ts';
import { createPostgresFileStore } from './adapters/postgres-file-store.ts';
import { createSeededCompanyRegistry } from './adapters/seeded-company-registry.ts';
import { createSharpImageSanitizer } from './adapters/sharp-image-sanitizer.ts';
import { createSmtpMailer } from './adapters/smtp-mailer.ts';
import { undiciWebhookPoster } from './adapters/undici-webhook-poster.ts';
import { serveWidgetReleases } from './adapters/widget-releases.ts';
import { createApp } from './app.ts';
import { type Config, encryptionKeyRing } from './config.ts';
import type { Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createPgliteDatabase } from './db/pglite.ts';
import { createPostgresDatabase, poolStatsOf } from './db/postgres.ts';
import { jsonLineLog, type LogSink } from './http/request-log.ts';
import { createMetrics } from './metrics/prometheus.ts';
import { metricsHandler } from './metrics/route.ts';
import { batchedJsonLineLog } from './node-log.ts';
import { servePortal } from './node-portal.ts';
import { type ShutdownResult, shutdownServer } from './node-shutdown.ts';
import { type OutboxWorker, startOutboxWorker } from './outbox/worker.ts';
import type { FileStore } from './ports/file-store.ts';
import { runRetention } from './retention/retention.ts';
import type { KeyRing } from './security/encryption.ts';
import { sendRenewalReminders } from './services/renewal-reminders.ts';

/** Content-Security-Policy of the demo pages: the element must work under it (no inline, no eval). */
export const demoCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The back office's page: the demo's policy, plus `blob:` images (the operator previews an ID
 * scan fetched with the session's token, shown from a Blob URL).
 */
export const backOfficeCsp = demoCsp.replace("img-src 'self' data:", "img-src 'self' data: blob:");

/** The package's version: the element's current release (`/widget/latest/` leads to it). */
export function packageVersion(): string {
  const manifest = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Kysely<Database>;
  /**
   * Graceful stop (SIGTERM): stops accepting, lets in-flight requests and the outbox's current
   * batch finish, closes the database, all within SHUTDOWN_GRACE_MS; then destroys what is left.
   */
  close(): Promise<ShutdownResult>;
  /** The master keys of encryption at rest (to seal what is written beside the app, e.g. demo partners). */
  keys: KeyRing;
}

/** The socket's peer (the client, or the proxy in front of us); undefined for in-process requests. */
function socketAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** Opens the configured database (Postgres or PGlite) and brings it to the latest migration. */
export async function openDatabase(config: Config): Promise<Kysely<Database>> {
  const db = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl)
    : await createPgliteDatabase({ dataDir: config.dataDir });
  await migrateToLatest(db);
  return db;
}

/**
 * Where identity scans are kept on Node: in the database when it is a shared Postgres, beside
 * PGlite's folder otherwise. The raw backend: the app seals what it stores there.
 */
export function openFileStore(config: Config, db: Kysely<Database>): FileStore {
  return config.databaseUrl
    ? createPostgresFileStore(db)
    : createFsFileStore(join(dirname(config.dataDir), 'documents'));
}

/**
 * Bounds on how long a client may hold a connection while sending: the whole
 * request (headers and body) within `requestTimeoutMs`, the headers within
 * 20 s at most, an idle keep-alive connection 5 s (under the usual 60 s of a
 * proxy in front, so the proxy never reuses a socket we are closing). Node
 * checks these every `connectionsCheckingInterval` (30 s by default, which
 * would let a stalled body live twice the timeout): here a quarter of it.
 * Past the limit Node answers 408 and closes the connection.
 */
export function nodeServerTimeouts(requestTimeoutMs: number) {
  return {
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(20_000, requestTimeoutMs),
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(requestTimeoutMs / 4))),
  };
}

/**
 * The Node entry: wires Node adapters, serves the API under /v1 and, in demo
 * mode, the demo pages and the built element.
 */
export async function startNodeServer(
  config: Config,
  /** `log`: where the JSON log lines go (default: stdout); tests pass their own. */
  options: { log?: LogSink } = {},
): Promise<RunningServer> {
  // Encryption at rest first: without ENCRYPTION_KEYS, only demo mode starts (development key).
  const keys = await encryptionKeyRing(config, { allowDevelopmentKey: config.demo });
  // Listen first: links in e-mails name the real port (PORT=0 picks any), and a port
  // already taken stops us before the database is opened (PGlite: one process per folder).
  // `env` carries Node's incoming socket (getConnInfo: the client's address).
  let handler: (request: Request, env: object) => Response | Promise<Response> = () =>
    new Response(null, { status: 503, headers: { 'Retry-After': '1' } });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve(
        {
          fetch: (request, env) => handler(request, env),
          port: config.port,
          hostname: config.host,
          serverOptions: nodeServerTimeouts(config.requestTimeoutMs),
        },
        (info) => resolve({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  );
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const publicUrl =
    config.publicUrl ??
    (['127.0.0.1', '0.0.0.0', 'localhost'].includes(config.host)
      ? `http://localhost:${port}`
      : url);

  const resolvedClientSpaceUrl = config.clientSpaceUrl ?? `${publicUrl}/espace-client`;

  let db: Kysely<Database>;
  try {
    db = await openDatabase(config);
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  const companyRegistry =
    config.companyRegistry === 'api'
      ? createCompanySearchApiRegistry(
          config.companySearchUrl ? { baseUrl: config.companySearchUrl } : {},
        )
      : createSeededCompanyRegistry(db);

  // E-mails leave through SMTP when configured; in demo mode without SMTP they are
  // marked delivered and read in the demo mailbox (/dev/outbox). Otherwise they wait.
  const mailer = config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.mailFrom)
    : config.demo
      ? createDemoMailer()
      : null;
  const sms = config.sms
    ? createHttpSmsSender(config.sms)
    : config.demo
      ? createDemoSmsSender()
      : undefined;
  let outbox: OutboxWorker | null = null;
  if (mailer) {
    outbox = startOutboxWorker({
      db,
      mailer,
      ...(sms ? { sms } : {}),
      // Partners' signed webhooks leave from the same loop, over undici rather than `fetch`.
      webhooks: { keys, post: undiciWebhookPoster },
      onError: (error) => console.error('outbox delivery failed', error),
    });
  } else {
    console.warn('SMTP_URL is not set: e-mails are kept in the outbox until it is.');
  }
  const fileStore = openFileStore(config, db);
  // One JSON line per request on stdout, each also counted for /metrics.
  const metrics = createMetrics({ db, poolStats: () => poolStatsOf(db) });
  // Default: stdout, the lines of one event-loop turn in one write (api/node-log.ts).
  const stdoutLog = options.log ? undefined : batchedJsonLineLog();
  const sink = options.log ?? stdoutLog?.log ?? jsonLineLog;
  const log: LogSink = (entry) => {
    sink(entry);
    metrics.observe(entry);
  };
  let accepting = true;
  // Work the API does after answering (registration, reset: their timing must not show in the
  // answer); shutdown waits for it before it closes the database.
  const pendingWork = new Set<Promise<unknown>>();
  const background = (task: Promise<unknown>) => {
    const tracked = task.catch(() => {}).finally(() => pendingWork.delete(tracked));
    pendingWork.add(tracked);
  };
  const app = createApp({
    background,
    db,
    companyRegistry,
    log,
    trustProxy: config.trustProxy,
    clientAddress: socketAddressOf,
    accepting: () => accepting,
    fileStore,
    keys,
    imageSanitizer: createSharpImageSanitizer(),
    demo: config.demo,
    clientSpaceUrl: resolvedClientSpaceUrl,
    backOfficeUrl: `${publicUrl}/back-office`,
    orderTimeLimitMs: config.orderTimeLimitMs,
    ...(outbox ? { onOutboxWrite: () => void outbox?.drainNow() } : {}),
  });

  // Prometheus metrics: METRICS_TOKEN's bearer, else a scraper on this machine only.
  app.get(
    '/metrics',
    metricsHandler(metrics, { token: config.metricsToken, clientAddress: socketAddressOf }),
  );

  // The element for partners' pages: every released version at `/widget/v<version>/…` from its
  // frozen bytes (`releases/`, `npm run release`), immutable and readable from any origin, and
  // `/widget/latest/…` the current one's bytes for a short while. SRI hashes: the README.
  serveWidgetReleases(app, './releases', packageVersion());
  app.get('/widget/*', serveStatic({ root: './dist' }));
  // The partners' portal (issue 19), where the invitation and login e-mails lead.
  servePortal(app, config.demo ? { demoPage: './demo/partenaires.html' } : {});
  if (config.demo) {
    app.use('/*', async (c, next) => {
      await next();
      if (c.res.headers.get('Content-Type')?.startsWith('text/html')) {
        c.res.headers.set(
          'Content-Security-Policy',
          c.req.path === '/back-office' ? backOfficeCsp : demoCsp,
        );
        c.res.headers.set('Referrer-Policy', 'no-referrer');
      }
    });
    app.get('/', serveStatic({ path: './demo/index.html' }));
    app.get('/boite-mail', serveStatic({ path: './demo/mailbox.html' }));
    // The client space: where the e-mails' links lead (`?order=&email=`, `?verify=`, `?login=`, `?reset=`).
    app.get('/espace-client', serveStatic({ path: './demo/espace-client.html' }));
    // The operators' back office (`?login=` when an operator's login link opens it).
    app.get('/back-office', serveStatic({ path: './demo/back-office.html' }));
    // The white-label partner-site template, for the demo's reseller (`pk_test_reseller`).
    app.get('/revendeur', serveStatic({ path: './demo/reseller.html' }));
    app.get('/revendeur/espace-client', serveStatic({ path: './demo/reseller-space.html' }));
    // A partner page written with React, through `certinomis-order/react`.
    app.get('/react', serveStatic({ path: './demo/react.html' }));
    app.get('/demo/*', serveStatic({ root: './', rewriteRequestPath: (p) => p }));
    // The demo pages' scripts, built from demo/scripts/*.ts by vite.demo.config.ts.
    app.get(
      '/demo-assets/*',
      serveStatic({
        root: './dist/demo',
        rewriteRequestPath: (p) => p.replace(/^\/demo-assets/, ''),
      }),
    );
    // Static demo assets (the reseller's logo, named in its branding), after the built scripts.
    app.get(
      '/demo-assets/*',
      serveStatic({
        root: './demo/assets',
        rewriteRequestPath: (p) => p.replace(/^\/demo-assets/, ''),
      }),
    );
  }

  handler = (request, env) => app.fetch(request, env);

  // Renewal reminders (90 and 30 days before expiry): hourly; idempotent, so restarts are harmless.
  const reminders = async () => {
    try {
      const queued = await sendRenewalReminders({
        db,
        now: () => new Date(),
        clientSpaceUrl: resolvedClientSpaceUrl,
      });
      if (queued > 0) void outbox?.drainNow();
    } catch (error) {
      console.error('renewal reminders failed', error);
    }
  };
  // Retention (api/retention/retention.ts): past-period evidence and stale technical rows, hourly.
  const retention = async () => {
    try {
      await runRetention({ db, fileStore, now: () => new Date(), periods: config.retention });
    } catch (error) {
      console.error('retention failed', error);
    }
  };
  const hourly = async () => {
    await reminders();
    await retention();
  };
  const firstReminders = setTimeout(hourly, 10_000);
  const hourlyReminders = setInterval(hourly, 3600_000);
  firstReminders.unref();
  hourlyReminders.unref();
  return {
    url,
    port,
    db,
    keys,
    close() {
      accepting = false;
      clearTimeout(firstReminders);
      clearInterval(hourlyReminders);
      return shutdownServer(server as Server, config.shutdownGraceMs, [
        { name: 'work after answers', run: async () => void (await Promise.all(pendingWork)) },
        { name: 'outbox batch', run: async () => outbox?.stop() },
        { name: 'database', run: () => db.destroy() },
        { name: 'request log', run: async () => stdoutLog?.flush() },
      ]);
    },
  };
}
