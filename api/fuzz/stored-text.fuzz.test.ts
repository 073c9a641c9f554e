/**
 * Text of any script (and hostile strings) saved in a dossier's steps and typed into an order,
 * then read back everywhere it is shown: the dossier, the buyer's list, the dossier PDF, the
 * invoice in PDF and XML, the back office and its filter. Every answer must be a success or
 * a problem document, never a 5xx, and nothing may reach the error reporter
 * (api/testing/fuzz-app.ts). Run by `npm test` and `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { fuzzApp, seed, totalRuns } from '../testing/fuzz-app.ts';
import { buyer, type Credential } from '../testing/fuzz-requests.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { corrupt, encodeComponent, hostileString, typedString } from './arbitraries.ts';

describe(`stored text fuzzing: any script reads back, no 5xx (${databaseKind})`, () => {
  let t: TestApp;
  const { target, reported, check } = fuzzApp(
    async (overrides) => (t = await createTestApp(overrides)),
  );
  const { known } = target;

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
});
