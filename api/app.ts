import { type Context, type Env, Hono, type Schema } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';
import { getPath } from 'hono/utils/url';
import type { Kysely } from 'kysely';
import { createEncryptingFileStore } from './adapters/encrypting-file-store.ts';
import { createMetadataStrippingSanitizer } from './adapters/metadata-stripping-sanitizer.ts';
import { createPostgresFileStore } from './adapters/postgres-file-store.ts';
import type { Database } from './db/database.ts';
import { databaseFaultOf } from './db/unavailable.ts';
import { bodyLimits, exceptPaths, limitBody } from './http/body-limit.ts';
import { type ClientIpEnv, clientIpMiddleware, type TrustProxy } from './http/client-ip.ts';
import { partnerKey, preflight } from './http/partner.ts';
import { notFound, ProblemError, problemResponse } from './http/problem.ts';
import {
  errorLogEntry,
  jsonLineLog,
  type LogSink,
  type RequestIdEnv,
  requestIdOf,
  requestLog,
} from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { wellFormedUrl } from './http/well-formed-url.ts';
import { openApiRoutes } from './openapi/routes.ts';
import type { CompanyRegistry } from './ports/company-registry.ts';
import type { FileStore } from './ports/file-store.ts';
import type { ImageSanitizer } from './ports/image-sanitizer.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { cgvRoutes } from './routes/cgv.ts';
import { creditNoteRoutes } from './routes/credit-notes.ts';
import { devRoutes } from './routes/dev.ts';
import { dossierRoutes } from './routes/dossiers.ts';
import { healthRoutes } from './routes/health.ts';
import { invoiceRoutes } from './routes/invoices.ts';
import { meRoutes } from './routes/me.ts';
import { orderRoutes } from './routes/orders.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { partnerAuditRoutes } from './routes/partner-audit.ts';
import { partnerKeyRoutes } from './routes/partner-keys.ts';
import { partnerOrderRoutes } from './routes/partner-orders.ts';
import { partnerSettingsRoutes } from './routes/partner-settings.ts';
import { partnerStatementRoutes } from './routes/partner-statements.ts';
import { partnerAuthRoutes, partnerUserRoutes } from './routes/partner-users.ts';
import { partnerWebhookRoutes } from './routes/partner-webhooks.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { certificateRoutes, publicRevocationRoutes } from './routes/revocations.ts';
import { developmentKeyRing, type KeyRing } from './security/encryption.ts';

/** Everything the API needs from its runtime; entry points (node.ts, worker.ts) build it. */
export interface AppDeps {
  db: Kysely<Database>;
  companyRegistry: CompanyRegistry;
  /**
   * Where identity scans are kept (default: the database's document_blobs table): the raw
   * backend; the app seals every object it stores there (api/adapters/encrypting-file-store.ts).
   */
  fileStore?: FileStore;
  /**
   * Master keys of encryption at rest (ENCRYPTION_KEYS through `encryptionKeyRing`). Entry points
   * always pass them; the default, the public development key, is for tests and tools.
   */
  keys?: KeyRing | Promise<KeyRing>;
  /** How uploaded images lose their metadata (default: pure-JS stripping; Node passes sharp). */
  imageSanitizer?: ImageSanitizer;
  /** Current time; tests pin it. */
  now?: () => Date;
  /** Where the confirmation e-mail sends buyers to complete their dossiers. */
  clientSpaceUrl?: string;
  /** The back-office page operators' login links land on. */
  backOfficeUrl?: string;
  /** Demo mode: mounts `/dev` (outbox reader). Never in production. */
  demo?: boolean;
  /** Called after a state change queued messages (wakes the outbox worker on Node). */
  onOutboxWrite?: () => void;
  /**
   * Receives work that runs after its answer was sent (registration, password
   * reset): Workers keep it alive until it settles; Node lets it run.
   */
  background?: (task: Promise<unknown>) => void;
  /** Also told of unexpected errors (they are always logged through `log`). */
  reportError?: (error: unknown, context: { requestId: string; path: string }) => void;
  /** One JSON entry per request and per unexpected error (default: a JSON line on stdout). */
  log?: LogSink;
  /** Which proxies may name the client (TRUST_PROXY; default: none, the socket's peer is the client). */
  trustProxy?: TrustProxy;
  /** The socket's peer address (Node: getConnInfo); in-process requests have none ('unknown'). */
  clientAddress?: (c: Context) => string | undefined;
  /** False once the process is shutting down (/readyz answers 503). */
  accepting?: () => boolean;
  /** POST /v1/orders's time limit and Idempotency-Key lease (default 30 s; ORDER_TIME_LIMIT_MS). */
  orderTimeLimitMs?: number;
  /**
   * The one request this app is built to answer, then dropped (Workers, where the database is
   * the request's). Only the route modules under the request's path are mounted (the rest could
   * not match it), and routes go to Hono's TrieRouter, cheap to build, instead of the default
   * router, whose regular expressions (fast once built) are compiled on the first request. Both
   * showed in the Worker's CPU profile of an order: building the whole app was a tenth of it.
   * (LinearRouter, cheaper still, refuses the routes that have both a parameter and a `*`.)
   */
  builtFor?: Request;
}

/**
 * The HTTP API as a Hono app. Web-standard only (Request/Response, Web
 * Crypto): the same app runs on Node and on Cloudflare Workers, and tests
 * drive it in-process with `app.request()`.
 */
export function createApp(deps: AppDeps) {
  const log = deps.log ?? jsonLineLog;
  const app = new Hono<RequestIdEnv & ClientIpEnv>(
    deps.builtFor ? { router: new TrieRouter() } : {},
  );
  // Hono's own reading of the path (percent escapes decoded), so that a module is left out only
  // when the router could never have sent this request to it.
  const requestPath = deps.builtFor ? getPath(deps.builtFor) : undefined;
  const mount = <SubEnv extends Env, SubSchema extends Schema, SubBase extends string>(
    prefix: string,
    routes: () => Hono<SubEnv, SubSchema, SubBase>,
  ) => {
    if (
      requestPath === undefined ||
      requestPath === prefix ||
      requestPath.startsWith(`${prefix}/`)
    ) {
      app.route(prefix, routes());
    }
  };

  // Outermost first: the request id and its log line, the client's address and scheme, then the
  // headers every answer carries (set after the answer is made, refusals and errors included).
  app.use('*', requestLog({ log }));
  app.use(
    '*',
    clientIpMiddleware({
      ...(deps.trustProxy ? { trustProxy: deps.trustProxy } : {}),
      ...(deps.clientAddress ? { clientAddress: deps.clientAddress } : {}),
    }),
  );
  app.use('*', securityHeaders());
  // A malformed percent escape in the path or query is a 400 before any route decodes it.
  app.use('*', wellFormedUrl);
  // Body limits per route class, enforced while the body arrives (api/http/body-limit.ts): JSON
  // everywhere, the demo webhook receiver's own; the identity upload (10 MB) limits its body in its
  // route, after authentication, so that no anonymous request is buffered up to 10 MB.
  const uploadPath = '/v1/dossiers/:id/documents';
  const webhookReceiverPath = '/dev/webhooks/:slug';
  app.use(webhookReceiverPath, limitBody(bodyLimits.webhookReceiver));
  app.use('*', exceptPaths([uploadPath, webhookReceiverPath], limitBody(bodyLimits.json)));
  app.route('/', healthRoutes(deps));
  // The OpenAPI document and its reference page: public, no partner key (api/openapi/).
  app.route('/', openApiRoutes());

  const now = deps.now ?? (() => new Date());
  const keys = deps.keys ?? developmentKeyRing();
  // Partner key and CORS. The partner surface needs a publishable key; the
  // account surface also serves CERTINOMIS's own pages (client space, back
  // office) from the API's origin, where the key is optional.
  const ownOrigins = [deps.clientSpaceUrl, deps.backOfficeUrl]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin);
  app.use('/v1/*', preflight({ db: deps.db, ownOrigins }));
  const partnerRequired = partnerKey({ db: deps.db, required: true, ownOrigins, now });
  const partnerOptional = partnerKey({ db: deps.db, required: false, ownOrigins, now });
  for (const path of ['catalog', 'cgv', 'quotes', 'organisations']) {
    app.use(`/v1/${path}/*`, partnerRequired); // `/*` matches the bare path too
  }
  app.use('/v1/orders', partnerRequired);
  for (const path of ['auth', 'me', 'dossiers', 'admin', 'orders/:reference', 'certificates']) {
    app.use(`/v1/${path}/*`, partnerOptional);
  }
  mount('/v1/catalog', () => catalogRoutes(deps));
  mount('/v1/cgv', () => cgvRoutes(deps));
  mount('/v1/quotes', () => quoteRoutes(deps));
  mount('/v1/organisations', () => organisationRoutes(deps));
  const clientSpaceUrl = deps.clientSpaceUrl ?? 'http://localhost:3000/espace-client';
  mount('/v1/orders', () =>
    orderRoutes({
      ...deps,
      now,
      clientSpaceUrl,
      ...(deps.onOutboxWrite ? { onOrderPlaced: deps.onOutboxWrite } : {}),
    }),
  );
  mount('/v1/orders', () => invoiceRoutes({ ...deps, now }));
  mount('/v1/orders', () => creditNoteRoutes({ ...deps, now }));
  mount('/v1/auth', () => authRoutes({ ...deps, now, clientSpaceUrl }));
  mount('/v1/me', () => meRoutes({ ...deps, now }));
  mount('/v1/dossiers', () =>
    dossierRoutes({
      ...deps,
      now,
      clientSpaceUrl,
      fileStore: createEncryptingFileStore(
        deps.fileStore ?? createPostgresFileStore(deps.db),
        keys,
      ),
      imageSanitizer: deps.imageSanitizer ?? createMetadataStrippingSanitizer(),
    }),
  );
  mount('/v1/admin', () => adminRoutes({ ...deps, now, clientSpaceUrl }));
  mount('/v1/certificates', () => certificateRoutes({ ...deps, now, clientSpaceUrl }));
  app.use('/v1/revocations', partnerOptional);
  mount('/v1/revocations', () => publicRevocationRoutes({ ...deps, now, clientSpaceUrl }));
  // The partner API (issue 19): secret key or portal session, one module per resource.
  mount('/v1/partner', () => partnerSettingsRoutes({ ...deps, now, keys }));
  mount('/v1/partner', () => partnerKeyRoutes({ ...deps, now, keys }));
  mount('/v1/partner', () => partnerWebhookRoutes({ ...deps, now, keys }));
  mount('/v1/partner', () => partnerOrderRoutes({ ...deps, now }));
  mount('/v1/partner', () => partnerStatementRoutes({ ...deps, now }));
  mount('/v1/partner', () => partnerAuditRoutes({ ...deps, now }));
  // The portal's page on CERTINOMIS's public origin (the client space's), else the request's.
  const portalUrl = (requestUrl: string) =>
    new URL('/partenaires', deps.clientSpaceUrl ?? requestUrl).href;
  mount('/v1/partner', () => partnerUserRoutes({ ...deps, now, portalUrl }));
  mount('/v1/partner-auth', () => partnerAuthRoutes({ ...deps, now, portalUrl }));
  if (deps.demo) mount('/dev', () => devRoutes({ ...deps, keys }));

  app.notFound((c) => problemResponse(c, notFound(new URL(c.req.url).pathname)));

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(
        c,
        new ProblemError(
          error.status === 413 ? 413 : 400,
          error.status === 413 ? 'payload-too-large' : 'bad-request',
          error.status === 413 ? 'problem.payload_too_large.title' : 'problem.bad_json.title',
          error.status === 413 ? 'problem.payload_too_large.detail' : 'problem.bad_json.detail',
        ),
      );
    }
    // The database went away or the transaction lost a race: the client may retry (503).
    const fault = databaseFaultOf(error);
    if (fault) {
      log(errorLogEntry(c, error));
      const unavailable = fault.kind === 'unavailable';
      return problemResponse(
        c,
        new ProblemError(
          503,
          unavailable ? 'database-unavailable' : 'database-busy',
          unavailable ? 'problem.database_unavailable.title' : 'problem.database_busy.title',
          unavailable ? 'problem.database_unavailable.detail' : 'problem.database_busy.detail',
          {},
          undefined,
          { 'Retry-After': String(fault.retryAfterSeconds) },
        ),
      );
    }
    const requestId = requestIdOf(c);
    log(errorLogEntry(c, error));
    deps.reportError?.(error, { requestId, path: c.req.path });
    return problemResponse(
      c,
      new ProblemError(500, 'internal', 'problem.internal.title', 'problem.internal.detail', {
        requestId,
      }),
    );
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
