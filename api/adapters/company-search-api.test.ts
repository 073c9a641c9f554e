import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CompanyRegistryUnavailableError } from '../ports/company-registry.ts';
import {
  commune,
  establishment,
  json,
  MAIRIE_ANNEXE,
  MAIRIE_SIEGE,
  MAIRIE_SIREN,
  searchResponse,
} from '../testing/company-search-responses.ts';
import {
  type CompanySearchApiOptions,
  createCompanySearchApiRegistry,
} from './company-search-api.ts';

/**
 * A local stand-in for https://recherche-entreprises.api.gouv.fr: every test
 * installs the answer for the SIRETs it queries; anything else gets the real
 * API's empty answer. Nothing here reaches the internet.
 */
type Responder = () => Response | Promise<Response>;

const routes = new Map<string, Responder>();
const requests: URLSearchParams[] = [];

const app = new Hono();
app.get('/search', async (c) => {
  const params = new URL(c.req.url).searchParams;
  requests.push(params);
  const responder = routes.get(params.get('q') ?? '');
  return responder ? responder() : json(searchResponse([]));
});

let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  ({ server, baseUrl } = await listen());
});

afterAll(async () => {
  await close(server);
});

beforeEach(() => {
  routes.clear();
  requests.length = 0;
  clock = START;
});

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
let clock = START;

function registry(options: CompanySearchApiOptions = {}) {
  return createCompanySearchApiRegistry({ baseUrl, now: () => clock, ...options });
}

function requestsFor(siret: string): number {
  return requests.filter((p) => p.get('q') === siret).length;
}

function answer(siret: string, body: unknown, delayMs = 0): void {
  routes.set(siret, async () => {
    if (delayMs > 0) await sleep(delayMs);
    return json(body);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function rejection(promise: Promise<unknown>): Promise<CompanyRegistryUnavailableError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CompanyRegistryUnavailableError);
    return error as CompanyRegistryUnavailableError;
  }
  throw new Error('expected the lookup to fail');
}

// --- Tests -------------------------------------------------------------------

describe('company search API registry', () => {
  it('maps the matching establishment of an active public body', async () => {
    answer(
      MAIRIE_ANNEXE,
      searchResponse([
        commune({
          matching_etablissements: [
            establishment(MAIRIE_ANNEXE, {
              adresse: '8 RUE DE LA BANQUE 75002 PARIS',
              code_postal: '75002',
              libelle_commune: 'PARIS',
            }),
          ],
        }),
      ]),
    );

    const record = await registry().findBySiret(MAIRIE_ANNEXE);

    expect(record).toEqual({
      siret: MAIRIE_ANNEXE,
      siren: MAIRIE_SIREN,
      name: 'VILLE DE PARIS',
      legalCategory: '7210',
      active: true,
      address: '8 RUE DE LA BANQUE 75002 PARIS',
      postalCode: '75002',
      city: 'PARIS',
      previousCertificates: 0,
    });
    expect(requests).toHaveLength(1);
    const sent = requests[0]!;
    expect(sent.get('q')).toBe(MAIRIE_ANNEXE);
    expect(sent.get('page')).toBe('1');
    expect(sent.get('per_page')).toBe('1');
  });

  it('finds the head office through siege when matching_etablissements is empty', async () => {
    answer(MAIRIE_SIEGE, searchResponse([commune()]));

    const record = await registry().findBySiret(MAIRIE_SIEGE);

    expect(record).toMatchObject({
      siret: MAIRIE_SIEGE,
      address: 'PLACE DE L HOTEL DE VILLE 75004 PARIS',
      postalCode: '75004',
      active: true,
    });
  });

  it('reports a closed establishment of an active unit as inactive', async () => {
    // Establishments close with 'F' (fermé); legal units cease with 'C'.
    answer(
      MAIRIE_ANNEXE,
      searchResponse([
        commune({
          matching_etablissements: [
            establishment(MAIRIE_ANNEXE, { etat_administratif: 'F', date_fermeture: '2019-12-31' }),
          ],
        }),
      ]),
    );

    const record = await registry().findBySiret(MAIRIE_ANNEXE);

    expect(record?.active).toBe(false);
    expect(record?.legalCategory).toBe('7210');
  });

  it("falls back to the unit's state when the establishment has none", async () => {
    answer(
      '44306184100047',
      searchResponse([
        {
          siren: '443061841',
          nom_complet: 'ANCIENNE SARL',
          nature_juridique: '5499',
          etat_administratif: 'C',
          siege: establishment('44306184100047', { etat_administratif: null }),
          matching_etablissements: [],
        },
      ]),
    );

    const record = await registry().findBySiret('44306184100047');

    expect(record).toMatchObject({ name: 'ANCIENNE SARL', legalCategory: '5499', active: false });
  });

  it('answers null for an unknown SIRET', async () => {
    expect(await registry().findBySiret('12345678900011')).toBeNull();
    expect(requestsFor('12345678900011')).toBe(1);
  });

  it('answers null when the result holds no establishment with exactly that SIRET', async () => {
    answer(
      MAIRIE_ANNEXE,
      searchResponse([commune({ matching_etablissements: [establishment('21750001600472')] })]),
    );

    expect(await registry().findBySiret(MAIRIE_ANNEXE)).toBeNull();
  });

  it('serves a second lookup from the cache', async () => {
    answer(MAIRIE_SIEGE, searchResponse([commune()]));
    const companies = registry();

    const first = await companies.findBySiret(MAIRIE_SIEGE);
    const second = await companies.findBySiret(MAIRIE_SIEGE);

    expect(second).toEqual(first);
    expect(requestsFor(MAIRIE_SIEGE)).toBe(1);
  });

  it('caches unknown SIRETs too', async () => {
    const companies = registry();

    expect(await companies.findBySiret('12345678900011')).toBeNull();
    expect(await companies.findBySiret('12345678900011')).toBeNull();

    expect(requestsFor('12345678900011')).toBe(1);
  });

  it('asks upstream again once the cache entry has expired', async () => {
    answer(MAIRIE_SIEGE, searchResponse([commune()]));
    const companies = registry({ cacheTtlMs: 60_000 });

    await companies.findBySiret(MAIRIE_SIEGE);
    clock += 59_999;
    await companies.findBySiret(MAIRIE_SIEGE);
    expect(requestsFor(MAIRIE_SIEGE)).toBe(1);

    clock += 1;
    await companies.findBySiret(MAIRIE_SIEGE);
    expect(requestsFor(MAIRIE_SIEGE)).toBe(2);
  });

  it('evicts the least recently used entry beyond cacheSize', async () => {
    const companies = registry({ cacheSize: 2 });
    const [a, b, c] = ['11111111100011', '22222222200022', '33333333300033'];

    await companies.findBySiret(a!);
    await companies.findBySiret(b!);
    await companies.findBySiret(a!); // a is now the most recently used
    await companies.findBySiret(c!); // evicts b
    await companies.findBySiret(a!);
    await companies.findBySiret(b!);

    expect([requestsFor(a!), requestsFor(b!), requestsFor(c!)]).toEqual([1, 2, 1]);
  });

  it('fails as unavailable when upstream is slower than timeoutMs', async () => {
    answer(MAIRIE_SIEGE, searchResponse([commune()]), 1_000);
    const started = performance.now();

    const error = await rejection(registry({ timeoutMs: 100 }).findBySiret(MAIRIE_SIEGE));

    expect(error.message).toMatch(/timed out/);
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('opens a circuit on 429 for the Retry-After seconds', async () => {
    routes.set(MAIRIE_SIEGE, () =>
      json({ message: 'Too Many Requests' }, 429, { 'Retry-After': '30' }),
    );
    answer(MAIRIE_ANNEXE, searchResponse([commune()]));
    const companies = registry();

    const first = await rejection(companies.findBySiret(MAIRIE_SIEGE));
    expect(first.retryAfterSeconds).toBe(30);
    expect(requests).toHaveLength(1);

    // Within the window: no upstream call, whatever the SIRET.
    clock += 10_000;
    const during = await rejection(companies.findBySiret(MAIRIE_ANNEXE));
    expect(during.retryAfterSeconds).toBe(20);
    await rejection(companies.findBySiret(MAIRIE_SIEGE));
    expect(requests).toHaveLength(1);

    // Once the window has passed, upstream is asked again.
    clock += 20_000;
    routes.delete(MAIRIE_SIEGE);
    expect(await companies.findBySiret(MAIRIE_SIEGE)).toBeNull();
    expect(requests).toHaveLength(2);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const retryAt = new Date(clock + 120_000).toUTCString();
    routes.set(MAIRIE_SIEGE, () => json({}, 429, { 'Retry-After': retryAt }));
    const companies = registry();

    const error = await rejection(companies.findBySiret(MAIRIE_SIEGE));

    expect(error.retryAfterSeconds).toBe(120);
    clock += 119_000;
    await rejection(companies.findBySiret(MAIRIE_SIEGE));
    expect(requests).toHaveLength(1);
  });

  it('still answers cached SIRETs while the circuit is open', async () => {
    answer(MAIRIE_SIEGE, searchResponse([commune()]));
    routes.set(MAIRIE_ANNEXE, () => json({}, 429, { 'Retry-After': '5' }));
    const companies = registry();

    await companies.findBySiret(MAIRIE_SIEGE);
    await rejection(companies.findBySiret(MAIRIE_ANNEXE));

    expect(await companies.findBySiret(MAIRIE_SIEGE)).toMatchObject({ siret: MAIRIE_SIEGE });
    expect(requests).toHaveLength(2);
  });

  it('fails as unavailable on a 5xx, without caching the failure', async () => {
    routes.set(MAIRIE_SIEGE, () => json({ erreur: 'Internal Server Error' }, 500));
    const companies = registry();

    const error = await rejection(companies.findBySiret(MAIRIE_SIEGE));
    expect(error.message).toMatch(/500/);
    expect(error.retryAfterSeconds).toBeUndefined();

    answer(MAIRIE_SIEGE, searchResponse([commune()]));
    expect(await companies.findBySiret(MAIRIE_SIEGE)).toMatchObject({ siret: MAIRIE_SIEGE });
    expect(requestsFor(MAIRIE_SIEGE)).toBe(2);
  });

  it('fails as unavailable on a body that is not JSON', async () => {
    routes.set(
      MAIRIE_SIEGE,
      () =>
        new Response('<html>502 Bad Gateway</html>', {
          headers: { 'content-type': 'application/json' },
        }),
    );

    await rejection(registry().findBySiret(MAIRIE_SIEGE));
  });

  it('fails as unavailable on JSON of the wrong shape', async () => {
    answer(MAIRIE_SIEGE, { results: 'none' });
    await rejection(registry().findBySiret(MAIRIE_SIEGE));

    answer(MAIRIE_ANNEXE, searchResponse([{ siren: 217500016, nom_complet: 'VILLE DE PARIS' }]));
    await rejection(registry().findBySiret(MAIRIE_ANNEXE));
  });

  it('fails as unavailable when upstream cannot be reached', async () => {
    const { server: gone, baseUrl: deadUrl } = await listen();
    await close(gone);

    const error = await rejection(registry({ baseUrl: deadUrl }).findBySiret(MAIRIE_SIEGE));
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('shares one upstream request between concurrent lookups of a SIRET', async () => {
    answer(MAIRIE_SIEGE, searchResponse([commune()]), 50);
    const companies = registry();

    const [a, b] = await Promise.all([
      companies.findBySiret(MAIRIE_SIEGE),
      companies.findBySiret(MAIRIE_SIEGE),
    ]);

    expect(a).toEqual(b);
    expect(a).toMatchObject({ siret: MAIRIE_SIEGE });
    expect(requestsFor(MAIRIE_SIEGE)).toBe(1);
  });

  it('shares a failure between concurrent lookups too, then retries', async () => {
    routes.set(MAIRIE_SIEGE, async () => {
      await sleep(50);
      return json({}, 503);
    });
    const companies = registry();

    const results = await Promise.allSettled([
      companies.findBySiret(MAIRIE_SIEGE),
      companies.findBySiret(MAIRIE_SIEGE),
    ]);

    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(requestsFor(MAIRIE_SIEGE)).toBe(1);

    answer(MAIRIE_SIEGE, searchResponse([commune()]));
    expect(await companies.findBySiret(MAIRIE_SIEGE)).not.toBeNull();
    expect(requestsFor(MAIRIE_SIEGE)).toBe(2);
  });
});

// --- Local server plumbing ---------------------------------------------------

function listen(): Promise<{ server: ServerType; baseUrl: string }> {
  return new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ server: s, baseUrl: `http://127.0.0.1:${info.port}` });
    });
  });
}

function close(s: ServerType): Promise<void> {
  return new Promise((resolve) => {
    s.close(() => resolve());
    if ('closeAllConnections' in s) s.closeAllConnections();
  });
}
