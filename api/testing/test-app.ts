import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { type AppDeps, createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp extends TestDatabase {
  app: ReturnType<typeof createApp>;
  /** JSON request helper: `call('POST', '/v1/orders', body, {headers})`. */
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** The real app on an isolated, migrated database (PGlite or Postgres), with the seeded registry. */
export async function createTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = createApp({
    db: database.db,
    companyRegistry: createSeededCompanyRegistry(database.db),
    clientSpaceUrl: 'http://localhost:3000/espace-client',
    ...overrides,
  });
  return {
    ...database,
    app,
    call: async (method, path, body, headers = {}) =>
      app.request(path, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
