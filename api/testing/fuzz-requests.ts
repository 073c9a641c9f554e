/**
 * The requests the route fuzzer sends (api/fuzz/*.fuzz.test.ts): for each route of the app's
 * route table, plausible ones (real ids, the route's credential, a near-valid body with one
 * field corrupted) that reach the handlers' logic, and hostile ones that corrupt everything
 * at once. The strings, segments and JSON they are made of: api/fuzz/arbitraries.ts.
 */
import fc from 'fast-check';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import {
  anyJson,
  encodeComponent,
  headerValue,
  hostileString,
  nearValid,
  plausibleQueryString,
  queryString,
  urlComponent,
} from '../fuzz/arbitraries.ts';
import { onWorkerd, testPartnerKey } from './test-app.ts';

export const buyer = 'fuzz.acheteur@moliere.fr';
export const operator = 'fuzz.operateur@certinomis.fr';

export interface Route {
  method: string;
  path: string;
}

/** An `If-Match` replaced, when sent, by the targeted dossier's current version. */
export const currentVersion = '"current"';

export type Credential = 'none' | 'buyer' | 'operator' | 'partner-secret' | 'garbage';

export interface FuzzRequest {
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

/** What the requests are drawn from, known once the suite's app is up (read lazily). */
export interface FuzzTarget {
  /** The app's route table (method + path). */
  readonly routes: Route[];
  /** Ids and references that exist, so that plausible runs reach the handlers. */
  readonly known: {
    dossierIds: string[];
    references: string[];
    documentId: string;
    outboxId: string;
  };
  /** A valid PNG. */
  readonly png: Uint8Array;
}

/** `requestArb(pick)`: one request to one of the routes `pick` keeps. */
export function fuzzRequests(target: FuzzTarget) {
  /** A real value for a path parameter, so that part of the runs reach the handler's logic. */
  const validParam = (name: string): fc.Arbitrary<string> => {
    switch (name) {
      case 'id':
        return fc.constantFrom(
          ...target.known.dossierIds,
          target.known.outboxId,
          crypto.randomUUID(),
        );
      case 'documentId':
        return fc.constantFrom(target.known.documentId, crypto.randomUUID());
      case 'reference':
        return fc.constantFrom(...target.known.references, 'BD00000000000', 'bd 1764 0000 000');
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
        { amount: 14400, reference: `VIR ${target.known.references[0]}` },
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
          .map((tail) => new Uint8Array([...target.png.slice(0, 40), ...tail])),
        fc.constant(undefined), // the valid PNG (known only once the suite has started)
      ),
      hostileString,
      fc.constantFrom('file', 'file', 'file', 'other', ''),
    )
    .map(([bytes, name, field]) => ({
      kind: 'form' as const,
      bytes: bytes ?? target.png,
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
  const requestArb = (
    pick: (routes: Route[]) => Route[],
    options: { plausibleOnly?: boolean } = {},
  ) =>
    fc
      .tuple(
        fc.constantFrom(...pick(target.routes)),
        options.plausibleOnly ? fc.constant(true) : fc.boolean(),
      )
      .chain(([route, plausible]) =>
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

  return { requestArb };
}
