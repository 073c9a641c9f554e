/**
 * The app the route fuzzer runs against (api/fuzz/*.fuzz.test.ts), demo mode so `/dev` is in:
 * two orders, a dossier filled up to the identity step with a scan uploaded, and `check`,
 * which sends one fuzzed request and throws, naming the route and the input, when the answer
 * is a 5xx, reports an unexpected error, or is an error that is no problem document with its
 * status and a title.
 *
 * `npm test` sends a few thousand requests per database (FUZZ_RUNS overrides, e.g.
 * `FUZZ_RUNS=20000 npm run fuzz`); FUZZ_SEED replays a run.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, expect } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import type { AppDeps } from '../app.ts';
import type { Role } from '../db/database.ts';
import { fillDossierToIdentity } from './dossier-steps.ts';
import {
  buyer,
  type Credential,
  currentVersion,
  type FuzzRequest,
  type FuzzTarget,
  operator,
  type Route,
} from './fuzz-requests.ts';
import { sessionFor } from './sessions.ts';
import { onWorkerd, type TestApp, testPartnerKey } from './test-app.ts';

/** Requests per database in `npm test` (split over the properties below); over HTTP to workerd, fewer. */
export const totalRuns = Number(process.env.FUZZ_RUNS) || (onWorkerd ? 400 : 3200);
export const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/**
 * Call inside the file's describe: `fuzzApp((deps) => createTestApp(deps))`. The app and what
 * it knows are made in `beforeAll`.
 */
export function fuzzApp(create: (overrides: Partial<AppDeps>) => Promise<TestApp>) {
  let t: TestApp;
  let routes: Route[];
  const reported: string[] = [];
  /** Statuses answered per route: the runs must reach the handlers, not only 401s and 404s. */
  const answered = new Map<string, Map<number, number>>();
  const known = {
    dossierIds: [] as string[],
    references: [] as string[],
    documentId: '',
    outboxId: '',
  };
  let png: Uint8Array;

  beforeAll(async () => {
    t = await create({
      demo: true,
      log: () => {},
      reportError: (error, context) =>
        reported.push(`${context.path}: ${(error as Error)?.stack ?? String(error)}`),
    });
    // The route table itself: every method + path the app answers (middleware entries are `ALL`).
    const seen = new Set<string>();
    routes = t.app.routes
      .filter((r) => r.method !== 'ALL')
      .filter((r) => {
        const key = `${r.method} ${r.path}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((r) => ({ method: r.method, path: r.path }));

    for (const body of [
      orderBody({ email: buyer, quantity: 2 }),
      orderBody({ email: buyer, payment: 'cheque' }),
    ]) {
      const res = await t.call('POST', '/v1/orders', body, {
        'Idempotency-Key': crypto.randomUUID(),
      });
      expect(res.status).toBe(201);
      const order = (await res.json()) as OrderResponse;
      known.references.push(order.reference);
      known.dossierIds.push(...order.dossiers.map((d) => d.id));
    }
    const auth = await sessionFor(t.db, buyer);
    const first = known.dossierIds[0] ?? '';
    await fillDossierToIdentity(t, first, auth);
    png = new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#36c' } })
        .png()
        .toBuffer(),
    );
    const form = new FormData();
    form.set('file', new File([png as Uint8Array<ArrayBuffer>], 'cni.png'));
    const uploaded = await t.request(`/v1/dossiers/${first}/documents`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const document = await t.db
      .selectFrom('documents')
      .select('id')
      .where('dossier_id', '=', first)
      .executeTakeFirstOrThrow();
    known.documentId = document.id;
    known.outboxId = (
      await t.db.selectFrom('outbox').select('id').limit(1).executeTakeFirstOrThrow()
    ).id;
  }, 120_000);
  afterAll(() => t?.destroy());

  const authorization = async (credential: Credential): Promise<string | undefined> => {
    // A fresh session per request: a fuzzed logout or password reset must not end the others.
    const session = async (email: string, role: Role) =>
      (await sessionFor(t.db, email, role)).Authorization;
    switch (credential) {
      case 'buyer':
        return session(buyer, 'customer');
      case 'operator':
        return session(operator, 'operator');
      case 'partner-secret':
        return `Bearer ${t.partner.secretKey}`;
      case 'garbage':
        return `Bearer ${'x'.repeat(43)}`;
      default:
        return undefined;
    }
  };

  const describeRequest = (r: FuzzRequest) =>
    JSON.stringify({
      ...r,
      body: r.body?.kind === 'form' ? { ...r.body, bytes: r.body.bytes.length } : r.body,
    }).slice(0, 2000);

  /** Sends one fuzzed request and checks its answer; throws with the route and the input. */
  const check = async (r: FuzzRequest) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(r.headers)) headers.set(name, value);
    if (headers.get('If-Match') === currentVersion) {
      // The dossier's version as it is now, so that plausible events and uploads get applied.
      const id = /\/dossiers\/([0-9a-f-]{36})\//.exec(r.url)?.[1];
      const row = id
        ? await t.db
            .selectFrom('dossiers')
            .select('version')
            .where('id', '=', id)
            .executeTakeFirst()
            .catch(() => undefined)
        : undefined;
      headers.set('If-Match', `"${row?.version ?? 1}"`);
    }
    const auth = await authorization(r.credential);
    if (auth) headers.set('Authorization', auth);
    // An operator's session is refused with a partner key: operator runs go keyless unless
    // the run chose a key of its own.
    if (
      r.credential === 'operator' &&
      (headers.get('X-Partner-Key') ?? testPartnerKey) === testPartnerKey
    )
      headers.set('X-Partner-Key', '');
    let body: BodyInit | undefined;
    if (r.body && r.method !== 'GET' && r.method !== 'HEAD') {
      if (r.body.kind === 'json') {
        body = JSON.stringify(r.body.value) ?? 'undefined';
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      } else if (r.body.kind === 'text') body = r.body.text;
      else {
        const form = new FormData();
        form.set(r.body.field, new File([r.body.bytes as Uint8Array<ArrayBuffer>], r.body.name));
        body = form;
        headers.delete('Content-Type'); // fetch writes the multipart boundary
      }
    }
    const before = reported.length;
    const res = await t.request(r.url, {
      method: r.method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    const counts = answered.get(r.route) ?? new Map<number, number>();
    counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
    answered.set(r.route, counts);
    const fail = (why: string) => {
      throw new Error(
        `${why}\n  route: ${r.route}\n  request: ${describeRequest(r)}\n  answer: ${res.status} ${res.headers.get('Content-Type')} ${text.slice(0, 500)}\n  reported: ${reported.slice(before).join('\n')}`,
      );
    };
    if (res.status >= 500) fail(`a ${res.status}`);
    if (reported.length > before) fail('an unexpected error was reported');
    if (res.status >= 400) {
      if (!/^application\/problem\+json/.test(res.headers.get('Content-Type') ?? ''))
        fail('an error that is no problem document');
      let problem: { status?: unknown; title?: unknown };
      try {
        problem = JSON.parse(text) as typeof problem;
      } catch {
        return fail('a problem document that is no JSON');
      }
      if (problem.status !== res.status) fail('a problem whose status is not the answer’s');
      if (typeof problem.title !== 'string' || problem.title === '')
        fail('a problem without a title');
    }
  };

  const target: FuzzTarget = {
    get routes() {
      return routes;
    },
    known,
    get png() {
      return png;
    },
  };
  return { target, reported, answered, check };
}
