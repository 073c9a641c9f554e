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
import { describe, expect, it } from 'vitest';
import { fuzzApp, seed, totalRuns } from '../testing/fuzz-app.ts';
import { fuzzRequests, type Route } from '../testing/fuzz-requests.ts';
import { createTestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`route fuzzing: no 5xx, only problem documents (${databaseKind})`, () => {
  const { target, reported, answered, check } = fuzzApp((overrides) => createTestApp(overrides));
  const { requestArb } = fuzzRequests(target);

  it('takes its routes from the app, /dev included', () => {
    const paths = target.routes.map((r) => `${r.method} ${r.path}`);
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
    expect(target.routes.length).toBeGreaterThan(30);
  });

  const property = (
    name: string,
    share: number,
    pick: (routes: Route[]) => Route[],
    options: { plausibleOnly?: boolean; minRuns?: number } = {},
  ) =>
    it(name, async () => {
      reported.length = 0; // a failure is told by the property that found it, not by the next ones
      await fc.assert(fc.asyncProperty(requestArb(pick, options), check), {
        numRuns: Math.max(options.minRuns ?? 20, Math.round(totalRuns * share)),
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

  // The routes the next test expects past authentication, plausibly only: sampled among all the
  // others, one of them could get no plausible request at all in a short run (workerd's 400).
  const authenticated = [
    'GET /v1/dossiers/:id',
    'POST /v1/dossiers/:id/events',
    'GET /v1/admin/dossiers',
    'POST /v1/orders',
  ];
  property(
    'the authenticated routes, with their credential most of the time',
    0.05,
    (all) => all.filter((r) => authenticated.includes(`${r.method} ${r.path}`)),
    { plausibleOnly: true, minRuns: 60 },
  );

  it('reached the handlers: successes, and refusals past authentication', () => {
    if (process.env.FUZZ_STATS) {
      for (const [route, counts] of [...answered].sort())
        console.log(route, JSON.stringify(Object.fromEntries(counts)));
    }
    const statuses = (route: string) => [...(answered.get(route)?.keys() ?? [])];
    // Authenticated routes answered with more than 401s: the sessions worked.
    for (const route of authenticated) {
      expect(
        statuses(route).some((s) => s !== 401 && s !== 403),
        route,
      ).toBe(true);
    }
    const all = [...answered.values()].flatMap((counts) => [...counts.keys()]);
    expect(all).toEqual(expect.arrayContaining([200, 400, 404, 422]));
  });
});
