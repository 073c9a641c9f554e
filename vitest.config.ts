import { defineConfig } from 'vitest/config';

/**
 * Node-side tests. Two projects so that `npm test` can run the database-backed
 * `api` suite twice (PGlite, then real Postgres through TEST_DATABASE_URL)
 * without re-running the pure `unit` suite.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['machines/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['api/**/*.test.ts'],
          globalSetup: ['api/testing/pglite-template.setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
