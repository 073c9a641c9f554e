import type { TestProject } from 'vitest/node';
import { startWorkerd } from '../../scripts/workerd.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the API in workerd when the suite runs over HTTP (project `workerd`). */
    workerdUrl: string;
  }
}

/**
 * Vitest global setup of the `workerd` project: the API suite over HTTP
 * against `api/worker.ts` in workerd (`wrangler dev`), on the Postgres server
 * of TEST_DATABASE_URL. Each test file still creates its own database there
 * and names it in `X-Test-Database`, which the worker honours only because it
 * gets `TEST_HOOKS=1` here (a `--var`, never in wrangler.toml).
 * WORKERD_URL: use a worker you started yourself instead.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      'The workerd project needs TEST_DATABASE_URL (a Postgres server where test databases can be created).',
    );
  }
  if (process.env.WORKERD_URL) {
    project.provide('workerdUrl', process.env.WORKERD_URL.replace(/\/$/, ''));
    return;
  }
  const started = performance.now();
  const worker = await startWorkerd({
    // The worker sees http://localhost/… as its URL, as the in-process app.request does
    // (same-origin checks, links built from the request's origin).
    args: ['--local-upstream', 'localhost'],
    vars: {
      DATABASE_URL: databaseUrl,
      TEST_HOOKS: '1',
      // As wrangler.toml: the client is CF-Connecting-IP (test-app.ts sends it).
      TRUST_PROXY: 'cloudflare',
      // What createTestApp gives the in-process app.
      CLIENT_SPACE_URL: 'http://localhost:3000/espace-client',
    },
  });
  console.log(
    `workerd (wrangler dev) ready at ${worker.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('workerdUrl', worker.url);
  return () => worker.stop();
}
