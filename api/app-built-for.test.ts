import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { createSeededCompanyRegistry } from './adapters/seeded-company-registry.ts';
import { type AppDeps, createApp } from './app.ts';
import { createPartner } from './services/partners.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './testing/test-database.ts';

/**
 * The Worker builds the app for its one request (`builtFor`): only the route modules under the
 * request's path, on another router. Every request must get the answer the whole app gives.
 */
describe(`createApp({ builtFor }) answers as the whole app (${databaseKind})`, () => {
  let database: TestDatabase;
  let deps: AppDeps;
  const key = 'pk_live_built_for';

  beforeAll(async () => {
    database = await createTestDatabase();
    await createPartner(database.db, {
      slug: 'built-for',
      name: 'Built for',
      mode: 'live',
      publishableKey: key,
      allowedOrigins: ['https://partner.example'],
    });
    deps = {
      db: database.db,
      companyRegistry: createSeededCompanyRegistry(database.db),
      log: () => {},
    };
  });
  afterAll(() => database.destroy());

  const json = { 'Content-Type': 'application/json', 'X-Partner-Key': key };
  const requests: [string, string, RequestInit?][] = [
    ['GET', '/v1/catalog'],
    ['GET', '/v1/catalog/'],
    ['GET', '/v1/%63atalog'],
    ['GET', '/v1/catalog?lang=en'],
    ['GET', '/v1/catalogue'],
    ['GET', '/v1/cgv'],
    ['POST', '/v1/quotes', { body: JSON.stringify({ lines: [] }) }],
    ['GET', '/v1/organisations/35600000010000'],
    ['GET', '/v1/organisations/1'],
    ['POST', '/v1/orders', { body: '{' }],
    ['GET', '/v1/orders/BD00000000000/invoice'],
    ['POST', '/v1/orders/BD00000000000/credit-notes', { body: '{}' }],
    ['GET', '/v1/me'],
    ['GET', '/v1/me/dossiers'],
    ['POST', '/v1/auth/login', { body: JSON.stringify({ email: 'x' }) }],
    ['GET', '/v1/dossiers/00000000-0000-4000-8000-000000000000'],
    ['GET', '/v1/admin/orders'],
    ['GET', '/v1/certificates'],
    ['GET', '/v1/revocations/abc'],
    ['GET', '/v1/partner/settings'],
    ['GET', '/v1/partnerx'],
    ['POST', '/v1/partner-auth/login', { body: '{}' }],
    ['GET', '/healthz'],
    ['GET', '/openapi.json'],
    ['GET', '/dev/outbox'],
    ['GET', '/nowhere'],
    ['GET', '/v1/%E0%A4%A'],
    ['OPTIONS', '/v1/catalog', { headers: { Origin: 'https://partner.example' } }],
  ];

  // What differs from one answer to the next whatever the app: ids and times.
  const stable = (text: string) =>
    text
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>');

  it.each(requests)('%s %s', async (method, path, init = {}) => {
    const answer = async (builtFor: boolean) => {
      const request = new Request(`http://localhost${path}`, {
        method,
        ...init,
        headers: { ...json, ...(init.headers as Record<string, string> | undefined) },
      });
      const app = createApp(builtFor ? { ...deps, builtFor: request } : deps);
      const response = await app.fetch(request);
      return {
        status: response.status,
        type: response.headers.get('Content-Type'),
        allow: response.headers.get('Access-Control-Allow-Origin'),
        body: stable(await response.text()),
      };
    };
    expect(await answer(true)).toEqual(await answer(false));
  });

  it('places an order through an app built for it', async () => {
    const request = new Request('http://localhost/v1/orders', {
      method: 'POST',
      headers: { ...json, 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(orderBody()),
    });
    const response = await createApp({ ...deps, builtFor: request }).fetch(request);
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const row = await database.db
      .selectFrom('orders')
      .select('reference')
      .where('reference', '=', reference)
      .executeTakeFirst();
    expect(row?.reference).toBe(reference);
  });
});
