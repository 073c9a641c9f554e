/**
 * Fuzzes every route of the app's own route table (`app.routes` of createApp, demo mode so
 * `/dev` is in) with malformed paths, query strings, headers and bodies, sent with and without
 * a partner key, a buyer's session, an operator's session or a partner's secret key. The
 * property: no answer is a 5xx, every error is an `application/problem+json` document with
 * its status and a title, and nothing reaches the error reporter.
 *
 * `npm test` sends a few thousand requests per database (FUZZ_RUNS overrides, e.g.
 * `FUZZ_RUNS=20000 npm run fuzz`); FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import type { Role } from '../db/database.ts';
import { fillDossierToIdentity } from '../testing/dossier-steps.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, onWorkerd, type TestApp, testPartnerKey } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import {
  anyJson,
  corrupt,
  encodeComponent,
  headerValue,
  hostileString,
  nearValid,
  plausibleQueryString,
  queryString,
  typedString,
  urlComponent,
} from './arbitraries.ts';

/** Requests per database in `npm test` (split over the properties below); over HTTP to workerd, fewer. */
const totalRuns = Number(process.env.FUZZ_RUNS) || (onWorkerd ? 400 : 3200);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const buyer = 'fuzz.acheteur@moliere.fr';
const operator = 'fuzz.operateur@certinomis.fr';

interface Route {
  method: string;
  path: string;
}

/** An `If-Match` replaced, when sent, by the targeted dossier's current version. */
const currentVersion = '"current"';

type Credential = 'none' | 'buyer' | 'operator' | 'partner-secret' | 'garbage';

interface FuzzRequest {
  route: string;
  method: string;
  url: string;
  credential: Credential;
  headers: Record<string, string>;
  /** Dropped for GET (a GET has no body). */
  body?:
    | { kind: 'json'; value: unknown }
    | { kind: 'text'; text: string }
    | { kind: 'form'; bytes: Uint8Array; name: string; field: string };
}

describe(`route fuzzing: no 5xx, only problem documents (${databaseKind})`, () => {
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
    t = await createTestApp({
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

  it('takes its routes from the app, /dev included', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /v1/orders',
        'GET /v1/dossiers/:id/documents/:documentId',
        'POST /v1/admin/orders/:reference/payment',
        'GET /v1/organisations/:siret',
        'GET /dev/outbox/:id/html',
        'POST /dev/webhooks/:slug',
      ]),
    );
    expect(routes.length).toBeGreaterThan(30);
  });

  /** A real value for a path parameter, so that part of the runs reach the handler's logic. */
  const validParam = (name: string): fc.Arbitrary<string> => {
    switch (name) {
      case 'id':
        return fc.constantFrom(...known.dossierIds, known.outboxId, crypto.randomUUID());
      case 'documentId':
        return fc.constantFrom(known.documentId, crypto.randomUUID());
      case 'reference':
        return fc.constantFrom(...known.references, 'BD00000000000', 'bd 1764 0000 000');
      case 'siret':
        return fc.constantFrom('81234567600017', '21750999100014', '812 345 676 00017');
      case 'slug':
        return fc.constantFrom('test-partner', 'demo-receiver');
      default:
        return fc.string({ unit: 'grapheme-ascii', minLength: 20, maxLength: 43 });
    }
  };

  /** The path: real parameters when plausible, else each one valid or hostile, encoded or not. */
  const pathOf = (route: Route, plausible: boolean): fc.Arbitrary<string> => {
    const segments = route.path.split('/').map((segment) => {
      if (!segment.startsWith(':')) return fc.constant(segment);
      const valid = validParam(segment.slice(1));
      return plausible
        ? fc.oneof(
            { weight: 4, arbitrary: valid.map(encodeComponent) },
            { weight: 1, arbitrary: urlComponent(valid) },
          )
        : fc.oneof(
            { weight: 1, arbitrary: valid.map(encodeComponent) },
            { weight: 3, arbitrary: urlComponent(valid) },
          );
    });
    return fc.tuple(...segments).map((parts) => parts.join('/'));
  };

  /** Near-valid bodies of the route, so that corrupted fields reach the schemas and beyond. */
  const bodiesOf = (route: Route): unknown[] => {
    const p = route.path;
    if (p === '/v1/orders')
      return [
        orderBody({ email: buyer }),
        orderBody({ payment: 'mandate', siret: '21750999100014' }),
      ];
    if (p === '/v1/quotes')
      return [
        { product: 'OPE-AES-CAP-1A', quantity: 2, options: { usbReader: true, express: true } },
      ];
    if (p.endsWith('/events'))
      return [
        { type: 'dossier.goTo', step: 'organisation' },
        { type: 'dossier.save', step: 'mandataire', data: mandataireData },
        { type: 'dossier.save', step: 'organisation', data: organisationData },
        { type: 'dossier.save', step: 'beneficiaire', data: beneficiaireData },
        { type: 'identity.refused', reason: 'Document illisible' },
        {
          type: 'certificate.issued',
          serialNumber: '0A1B2C3D4E',
          notBefore: '2026-12-01T10:00:00Z',
        },
        { type: 'certificate.shipped', carrier: 'Chronopost', trackingNumber: 'XY123456789FR' },
        { type: 'order.cancelled', reason: 'Doublon' },
        { type: 'signature.choosePaper' },
        { type: 'paper.received' },
        { type: 'identity.verified' },
      ];
    if (p.endsWith('/signature')) return [{ code: '123456' }];
    if (p.endsWith('/payment'))
      return [
        { amount: 14400, reference: `VIR ${known.references[0]}` },
        { amount: 1, chequeNumber: '1234567', bank: 'Crédit Mutuel' },
      ];
    if (p.startsWith('/v1/auth'))
      return [
        { email: buyer, password: 'correct horse battery staple', locale: 'fr' },
        { token: 'A'.repeat(43), loginAttemptId: 'B'.repeat(43) },
        { token: 'A'.repeat(43), password: 'another long passphrase' },
        { email: buyer },
      ];
    return [{}];
  };

  /** The credential the route expects (so that plausible runs get past authentication). */
  const expectedCredential = (route: Route): Credential =>
    route.path.startsWith('/v1/admin')
      ? 'operator'
      : route.path.startsWith('/v1/partner')
        ? 'partner-secret'
        : /^\/v1\/(dossiers|me|orders\/:reference)/.test(route.path)
          ? 'buyer'
          : 'none';

  const anyCredential = fc.constantFrom<Credential>(
    'none',
    'buyer',
    'operator',
    'partner-secret',
    'garbage',
  );

  /** A header: absent (often), plausible, or hostile. */
  const header = (plausible: fc.Arbitrary<string>, absent = 2) =>
    fc.oneof(
      { weight: absent, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: plausible },
      { weight: 1, arbitrary: headerValue },
    );

  const headersArb = (route: Route, plausible: boolean) =>
    fc.record({
      'X-Partner-Key': plausible
        ? fc.constant(undefined) // the test partner's key, added by `t.request`
        : header(fc.constantFrom(testPartnerKey, ''), 4),
      'If-Match': plausible
        ? fc.oneof(
            { weight: 4, arbitrary: fc.constant(currentVersion) },
            { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => `"${n}"`) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          )
        : header(
            fc.oneof(
              fc.integer({ min: 1, max: 12 }).map((n) => `"${n}"`),
              fc.constantFrom('"99999999999"', 'W/"1"', '*', '"-1"', '"1e3"', '"0"'),
            ),
          ),
      'Idempotency-Key': header(fc.uuid().map(String), route.path === '/v1/orders' ? 0 : 2),
      'Content-Type': plausible
        ? fc.constant(undefined) // set from the body
        : header(
            fc.constantFrom(
              'application/json',
              'application/problem+json',
              'application/json; charset=latin1',
              'text/plain',
              'multipart/form-data',
              'multipart/form-data; boundary=zz',
              'application/x-www-form-urlencoded',
            ),
          ),
      'Accept-Language': header(fc.constantFrom('fr', 'en', 'en-GB;q=0.9, fr;q=abc', '*')),
      Origin: header(
        fc.constantFrom('https://partner.example', 'https://evil.example', 'null'),
        plausible ? 12 : 3,
      ),
      'X-Request-Id': header(fc.uuid().map(String), 4),
    });

  const formBody = fc
    .tuple(
      fc.oneof(
        fc.uint8Array({ maxLength: 64 }),
        fc.constant(new Uint8Array()),
        fc.constant(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
        fc.constant(new TextEncoder().encode('%PDF-1.7\n/JavaScript (app.alert(1))\n%%EOF')),
        fc
          .uint8Array({ maxLength: 32 })
          .map((tail) => new Uint8Array([...png.slice(0, 40), ...tail])),
        fc.constant(undefined), // the valid PNG (known only once the suite has started)
      ),
      hostileString,
      fc.constantFrom('file', 'file', 'file', 'other', ''),
    )
    .map(([bytes, name, field]) => ({
      kind: 'form' as const,
      bytes: bytes ?? png,
      name,
      field,
    }));

  const bodyArb = (route: Route, plausible: boolean) => {
    const upload = route.path.endsWith('/documents');
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      {
        weight: upload ? 1 : plausible ? 8 : 3,
        arbitrary: nearValid(bodiesOf(route)).map((value) => ({ kind: 'json' as const, value })),
      },
      {
        weight: plausible ? 1 : 2,
        arbitrary: anyJson.map((value) => ({ kind: 'json' as const, value })),
      },
      {
        weight: plausible ? 0 : 1,
        arbitrary: hostileString.map((text) => ({ kind: 'text' as const, text })),
      },
      { weight: upload ? 8 : 1, arbitrary: formBody },
    );
  };

  /**
   * One request to one of the routes: plausible ones (real ids, the route's credential, a
   * near-valid body with one field corrupted) reach the handlers' logic; hostile ones corrupt
   * everything at once.
   */
  const requestArb = (pick: (routes: Route[]) => Route[]) =>
    fc.tuple(fc.constantFrom(...pick(routes)), fc.boolean()).chain(([route, plausible]) =>
      fc
        .record({
          path: pathOf(route, plausible),
          query: plausible
            ? fc.oneof(
                { weight: 2, arbitrary: fc.constant('') },
                { weight: 3, arbitrary: plausibleQueryString },
              )
            : fc.oneof(
                { weight: 1, arbitrary: fc.constant('') },
                { weight: 2, arbitrary: queryString },
              ),
          method: fc.oneof(
            { weight: 12, arbitrary: fc.constant(route.method) },
            {
              weight: plausible ? 0 : 1,
              arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
            },
          ),
          credential: plausible
            ? fc.oneof(
                { weight: 5, arbitrary: fc.constant(expectedCredential(route)) },
                { weight: 1, arbitrary: anyCredential },
              )
            : anyCredential,
          headers: headersArb(route, plausible),
          body: bodyArb(route, plausible),
        })
        .map(
          (r): FuzzRequest => ({
            route: `${route.method} ${route.path}`,
            method: r.method,
            url: `${r.path}${r.query}`,
            credential: r.credential,
            headers: Object.fromEntries(
              Object.entries(r.headers).filter(
                (entry): entry is [string, string] => entry[1] !== undefined,
              ),
            ),
            ...(r.body ? { body: r.body } : {}),
          }),
        )
        // workerd (like any HTTP server) answers an address of 100 kB itself, before the app:
        // over HTTP the runs keep to addresses of at most 8 kB; in-process, any length.
        .filter((r) => !onWorkerd || r.url.length <= 8000),
    );

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

  const property = (name: string, share: number, pick: (routes: Route[]) => Route[]) =>
    it(name, async () => {
      reported.length = 0; // a failure is told by the property that found it, not by the next ones
      await fc.assert(fc.asyncProperty(requestArb(pick), check), {
        numRuns: Math.max(20, Math.round(totalRuns * share)),
        ...(seed === undefined ? {} : { seed }),
      });
      expect(reported).toEqual([]);
    }, 600_000); // A bound for a hang, not a timing: thousands of requests on a busy 2-core machine.

  property('every route', 0.4, (all) => all);
  property('the dossier, back-office and invoice routes (ids, events, uploads)', 0.35, (all) =>
    all.filter((r) => /^\/v1\/(dossiers|admin|orders\/:reference)/.test(r.path)),
  );
  property('orders, quotes, organisations, the client space and /dev', 0.25, (all) =>
    all.filter((r) => /^\/(v1\/(orders$|quotes|organisations|me|partner)|dev)/.test(r.path)),
  );

  it('stores text of any script, then reads it back everywhere: views, lists, PDFs, invoices', async () => {
    reported.length = 0;
    const steps = [
      ['organisation', organisationData],
      ['mandataire', mandataireData],
      ['beneficiaire', beneficiaireData],
    ] as const;
    const read = (url: string, credential: Credential) =>
      check({ route: `GET ${url}`, method: 'GET', url, credential, headers: {} });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...steps),
        fc.constantFrom(...known.dossierIds),
        fc.nat(),
        fc.oneof({ weight: 4, arbitrary: typedString }, { weight: 1, arbitrary: hostileString }),
        fc.nat(),
        async ([step, data], id, pick, text, orderPick) => {
          const version = await t.db
            .selectFrom('dossiers')
            .select('version')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          await check({
            route: 'POST /v1/dossiers/:id/events',
            method: 'POST',
            url: `/v1/dossiers/${id}/events`,
            credential: 'buyer',
            headers: { 'If-Match': `"${version.version}"` },
            body: {
              kind: 'json',
              value: { type: 'dossier.save', step, data: corrupt(data, pick, text) },
            },
          });
          // An order whose customer and billing text is the same string.
          const order = corrupt(orderBody({ email: buyer }), orderPick, text) as object;
          await check({
            route: 'POST /v1/orders',
            method: 'POST',
            url: '/v1/orders',
            credential: 'none',
            headers: { 'Idempotency-Key': crypto.randomUUID() },
            body: { kind: 'json', value: order },
          });
          const latest = await t.db
            .selectFrom('orders')
            .select('reference')
            .orderBy('created_at', 'desc')
            .limit(1)
            .executeTakeFirstOrThrow();
          for (const url of [
            `/v1/dossiers/${id}`,
            `/v1/dossiers/${id}/pdf`,
            '/v1/me/dossiers',
            `/v1/orders/${latest.reference}/invoice.pdf`,
            `/v1/orders/${latest.reference}/invoice.xml`,
          ])
            await read(url, 'buyer');
          await read(`/v1/admin/dossiers/${id}`, 'operator');
          // The filter takes 100 characters; a longer address is the HTTP server's to refuse (431).
          await read(
            `/v1/admin/dossiers?organisation=${encodeComponent(text.slice(0, 100))}`,
            'operator',
          );
        },
      ),
      {
        numRuns: Math.max(10, Math.round(totalRuns * 0.03)),
        ...(seed === undefined ? {} : { seed }),
      },
    );
    expect(reported).toEqual([]);
  }, 600_000);

  it('reached the handlers: successes, and refusals past authentication', () => {
    if (process.env.FUZZ_STATS) {
      for (const [route, counts] of [...answered].sort())
        console.log(route, JSON.stringify(Object.fromEntries(counts)));
    }
    const statuses = (route: string) => [...(answered.get(route)?.keys() ?? [])];
    // Authenticated routes answered with more than 401s: the sessions worked.
    for (const route of [
      'GET /v1/dossiers/:id',
      'POST /v1/dossiers/:id/events',
      'GET /v1/admin/dossiers',
      'POST /v1/orders',
    ]) {
      expect(
        statuses(route).some((s) => s !== 401 && s !== 403),
        route,
      ).toBe(true);
    }
    const all = [...answered.values()].flatMap((counts) => [...counts.keys()]);
    expect(all).toEqual(expect.arrayContaining([200, 400, 404, 422]));
  });
});
