import { esbuildPlugin } from '@web/dev-server-esbuild';
import type { TestRunnerConfig } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createSeededCompanyRegistry } from './api/adapters/seeded-company-registry.ts';
import { createApp } from './api/app.ts';
import { migrateToLatest } from './api/db/migrate.ts';
import { createPgliteDatabase } from './api/db/pglite.ts';
import { upsertOperator } from './api/services/operators.ts';
import {
  cancellationTestOperator,
  demoOperator,
  revocationTestOperators,
  secondTestOperator,
} from './demo/demo-operator.ts';
import { seedDemoPartners, seedDemoPartnerUsers } from './demo/demo-partners.ts';
import { chromiumArgs, findChromium } from './scripts/chromium.ts';

/**
 * Component tests in real Chromium. The test server also answers `/v1/*`
 * (and `/dev/*`) with the real API on an in-memory PGlite, so components talk
 * to the real thing over real HTTP.
 */
const db = await createPgliteDatabase();
await migrateToLatest(db);
// Demo mode: `/dev/outbox` lets the client-space tests read the links the API e-mailed.
const api = createApp({ db, companyRegistry: createSeededCompanyRegistry(db), demo: true });
// The demo's operator (as `npm start` seeds it): the back-office tests log in with it.
await upsertOperator(db, demoOperator);
await upsertOperator(db, secondTestOperator);
for (const operator of Object.values(revocationTestOperators)) await upsertOperator(db, operator);
await upsertOperator(db, cancellationTestOperator);
// The demo's partners: components send `pk_test_omnikles` or `pk_test_reseller` (same origin).
await seedDemoPartners(db, { origins: [] });
// Their portal users, one per role: the partner portal's tests log in with them.
await seedDemoPartnerUsers(db);

const config: TestRunnerConfig = {
  files: ['widget/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // A test's whole budget, not a timing it asserts: on a loaded CI machine (this step runs beside
  // the API's), the portal's login (two password checks, the e-mailed link, axe) once took > 10 s.
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
      // Two test files run side by side, each in its own page: each page behaves as the focused
      // one (`:focus` styles, focus events), whichever page was opened last.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' })],
  middleware: [
    async (ctx, next) => {
      if (!ctx.path.startsWith('/v1/') && !ctx.path.startsWith('/dev/')) return next();
      const body =
        ctx.method === 'GET' || ctx.method === 'HEAD'
          ? undefined
          : await new Promise<Buffer>((resolve) => {
              const chunks: Buffer[] = [];
              ctx.req.on('data', (chunk: Buffer) => chunks.push(chunk));
              ctx.req.on('end', () => resolve(Buffer.concat(chunks)));
            });
      const headers = new Headers();
      for (const [name, value] of Object.entries(ctx.request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const response = await api.fetch(
        // The page's own host, as a reverse proxy keeps it: the element's requests are same-origin.
        new Request(new URL(ctx.url, `http://${ctx.host}`), {
          method: ctx.method,
          headers,
          body: body ? new Uint8Array(body) : undefined,
        }),
      );
      ctx.status = response.status;
      response.headers.forEach((value, name) => {
        ctx.set(name, value);
      });
      ctx.body = Buffer.from(await response.arrayBuffer());
    },
  ],
};

export default config;
