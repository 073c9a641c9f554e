import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const workerdRequested = process.argv.some(
  (arg, i, all) =>
    /^--project=workerd$/.test(arg) || (arg === 'workerd' && all[i - 1] === '--project'),
);

/**
 * The API test files that drive the app through `createTestApp` (its `call`
 * and `request` are the transport the `workerd` project switches to HTTP),
 * plus the worker's own tests. The others test modules in-process and would
 * only repeat the Postgres leg.
 */
const overHttp = readdirSync('api', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `api/${file.replaceAll('\\', '/')}`)
  .filter(
    (file) =>
      file === 'api/worker.test.ts' || readFileSync(file, 'utf8').includes('createTestApp('),
  );

/**
 * Node-side tests. Separate projects so that `npm test` can run the
 * database-backed `api` suite twice (PGlite, then real Postgres through
 * TEST_DATABASE_URL) and its HTTP tests a third time against workerd
 * (`workerd`) without re-running the pure `unit` suite.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['machines/**/*.test.ts', 'scripts/**/*.test.ts', 'examples/**/*.test.ts'],
          environment: 'node',
          // Property tests (fast-check, bounded numRuns) take 1–2 s each on an idle machine and
          // several times that while tsc or another suite runs beside them: the limit is there to
          // catch a hang, not to time the machine.
          testTimeout: 60_000,
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
      // The same API tests over HTTP against api/worker.ts in workerd (wrangler dev), on
      // the Postgres server of TEST_DATABASE_URL. Only when asked for (`--project workerd`),
      // so that a bare `vitest run` does not start wrangler. See README "Cloudflare Workers".
      ...(workerdRequested
        ? [
            {
              test: {
                name: 'workerd',
                include: overHttp,
                globalSetup: ['api/testing/workerd.setup.ts'],
                environment: 'node' as const,
                testTimeout: 60_000,
                hookTimeout: 90_000,
              },
            },
          ]
        : []),
    ],
  },
});
