import { inject } from 'vitest';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { type AppDeps, createApp } from '../app.ts';
import { type CreatedPartner, createPartner } from '../services/partners.ts';
import { checkResponse } from './response-check.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * Base URL of the API in workerd when the suite runs over HTTP (vitest
 * project `workerd`, see api/testing/workerd.setup.ts); undefined in-process.
 */
export const workerdUrl: string | undefined = inject('workerdUrl');
/**
 * True when requests go to `api/worker.ts` in workerd. Tests whose overrides
 * cannot cross a process boundary (a custom registry, an error reporter…)
 * are skipped there: `it.skipIf(onWorkerd)`, with the reason in a comment.
 */
export const onWorkerd = workerdUrl !== undefined;

/** The publishable key of the partner every test app seeds (a live partner). */
export const testPartnerKey = 'pk_live_test_partner';

/** Headers whose value is `null` are left out (e.g. `{'X-Partner-Key': null}` to send no key). */
function withoutNulls(headers: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

export interface TestApp extends TestDatabase {
  app: ReturnType<typeof createApp>;
  /** The live partner seeded for the file; `call` sends its key unless told otherwise. */
  partner: CreatedPartner;
  /**
   * `app.request(path, init)` through the suite's transport: in-process, or
   * over HTTP to workerd. Sends the test partner's key unless `init.headers`
   * has an `X-Partner-Key`.
   */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** JSON request helper: `call('POST', '/v1/orders', body, {headers})`. */
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string | null>,
  ): Promise<Response>;
}

/** The real app on an isolated, migrated database (PGlite or Postgres), with the seeded registry. */
export async function createTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const partner = await createPartner(database.db, {
    slug: 'test-partner',
    name: 'Test partner',
    mode: 'live',
    publishableKey: testPartnerKey,
    allowedOrigins: ['https://partner.example'],
  });
  const app = createApp({
    db: database.db,
    companyRegistry: createSeededCompanyRegistry(database.db),
    clientSpaceUrl: 'http://localhost:3000/espace-client',
    // The suite stays quiet: tests that read the log lines pass their own sink.
    log: () => {},
    // As deployed behind one reverse proxy (TRUST_PROXY=1): a test names its client with
    // X-Forwarded-For. The workerd leg trusts Cloudflare's CF-Connecting-IP instead (below).
    trustProxy: { kind: 'hops', hops: 1 },
    ...overrides,
  });
  /**
   * The transport. On workerd, the request names the file's database
   * (`X-Test-Database`) and carries the overrides that are plain data: the
   * pinned clock as it is now (`X-Test-Now`), demo mode (`X-Test-Demo`); the
   * errors the worker reported come back in `X-Test-Reported-Errors` and go to
   * `overrides.reportError`. A client address given as `X-Forwarded-For` (our
   * reverse proxy's header on Node) is also sent as `CF-Connecting-IP`, the
   * header Cloudflare's edge sets, which the worker trusts under
   * TRUST_PROXY=cloudflare (workerd.setup.ts). Other overrides
   * (companyRegistry, fileStore, imageSanitizer, onOutboxWrite) stay in this
   * process: tests that need them are skipped on workerd.
   */
  // Every answer is checked against the OpenAPI document as it is received (response-check.ts).
  const send = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await transport(path, init);
    await checkResponse(init.method ?? 'GET', path, response);
    return response;
  };
  const transport = async (path: string, init: RequestInit = {}): Promise<Response> => {
    if (!workerdUrl) return app.request(path, init);
    if (!database.name) throw new Error('the workerd leg needs TEST_DATABASE_URL (Postgres)');
    const headers = new Headers(init.headers);
    headers.set('X-Test-Database', database.name);
    if (overrides.now) headers.set('X-Test-Now', overrides.now().toISOString());
    if (overrides.demo) headers.set('X-Test-Demo', '1');
    const forwardedFor = headers.get('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwardedFor && !headers.has('CF-Connecting-IP')) {
      headers.set('CF-Connecting-IP', forwardedFor);
    }
    const response = await fetchFromWorkerd(`${workerdUrl}${path}`, {
      ...init,
      headers,
      redirect: 'manual',
    });
    const reported = response.headers.get('X-Test-Reported-Errors');
    if (reported && overrides.reportError) {
      for (const message of JSON.parse(decodeURIComponent(reported)) as string[]) {
        overrides.reportError(new Error(message), {
          requestId: response.headers.get('X-Request-Id') ?? '',
          path: new URL(path, 'http://localhost').pathname,
        });
      }
    }
    return response;
  };
  return {
    ...database,
    app,
    partner,
    request: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('X-Partner-Key')) headers.set('X-Partner-Key', testPartnerKey);
      return send(path, { ...init, headers });
    },
    call: async (method, path, body, headers = {}) =>
      send(path, {
        method,
        headers: withoutNulls({
          'X-Partner-Key': testPartnerKey,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        }),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/**
 * What `wrangler dev`'s proxy answers, in place of the Worker, when the runtime behind it was
 * replaced while the request was in flight (ProxyWorker.ts in wrangler; it retries only GET and
 * HEAD itself). The deployed Worker has no such proxy. The local runtime restarts after an
 * answer given while a streamed body was still arriving (the chunked 413 of
 * api/http/body-limit.test.ts, which then waits for the app itself); requests of other files in
 * flight at that moment got this 503 (one of 20 simultaneous uploads, in a CI run).
 */
const proxyRestarted = 'Your worker restarted mid-request.';

/**
 * `fetch` to the workerd leg's worker, sent again (twice at most) when wrangler's proxy says the
 * runtime restarted under it, and the body can be sent again (not a stream). A request the old
 * runtime had already carried out would then show twice in what the test checks in the database.
 */
async function fetchFromWorkerd(url: string, init: RequestInit): Promise<Response> {
  const replayable = !(init.body instanceof ReadableStream);
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, init);
    if (response.status !== 503 || !replayable || attempt === 2) return response;
    const text = await response.clone().text();
    if (!text.startsWith(proxyRestarted)) return response;
    // Said in the run's output, so that a run shows how often the proxy does it.
    console.warn(`workerd leg: ${init.method ?? 'GET'} ${url}: ${proxyRestarted} Sent again.`);
  }
}
