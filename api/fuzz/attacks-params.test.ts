/**
 * The malformed requests a tester found answered 500 (issue 13), replayed as the attacks they
 * were, in the address: ids that are no UUID, percent escapes, numbers and cursors. Each must
 * now be a 4xx `application/problem+json` naming the parameter, report no unexpected error,
 * and leave the database as it was (api/testing/malformed-input.ts). Text in bodies:
 * attacks-text.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type Attack, malformedInput } from '../testing/malformed-input.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const cursorOf = (values: unknown[]) =>
  btoa(JSON.stringify(values)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

describe(`malformed parameters are a 4xx problem that changes nothing (${databaseKind})`, () => {
  let t: TestApp;
  const input = malformedInput(async (overrides) => (t = await createTestApp(overrides)));
  const { expectRefused, reported } = input;

  describe('ids of 36 hex digits and dashes that are no UUID: 404 naming the parameter', () => {
    const ids = ['-'.repeat(36), 'f'.repeat(36), '0123456789abcdef-0123456789abcdef--'];
    const attacks = (id: string): Attack[] => [
      { name: 'dossier', method: 'GET', path: `/v1/dossiers/${id}`, status: 404, field: 'id' },
      {
        name: 'event',
        method: 'POST',
        path: `/v1/dossiers/${id}/events`,
        body: { type: 'dossier.goTo', step: 'organisation' },
        headers: { 'If-Match': '"6"' },
        status: 404,
        field: 'id',
      },
      {
        name: 'signature code',
        method: 'POST',
        path: `/v1/dossiers/${id}/signature/code`,
        headers: { 'If-Match': '"6"' },
        status: 404,
        field: 'id',
      },
      {
        name: 'signature',
        method: 'POST',
        path: `/v1/dossiers/${id}/signature`,
        body: { code: '123456' },
        headers: { 'If-Match': '"6"' },
        status: 404,
        field: 'id',
      },
      {
        name: 'upload',
        method: 'POST',
        path: `/v1/dossiers/${id}/documents`,
        raw: uploadForm(),
        status: 404,
        field: 'id',
      },
      { name: 'pdf', method: 'GET', path: `/v1/dossiers/${id}/pdf`, status: 404, field: 'id' },
      {
        name: 'document of a malformed dossier',
        method: 'GET',
        path: `/v1/dossiers/${id}/documents/${crypto.randomUUID()}`,
        status: 404,
        field: 'id',
      },
      {
        name: 'admin dossier',
        method: 'GET',
        path: `/v1/admin/dossiers/${id}`,
        as: 'operator',
        status: 404,
        field: 'id',
      },
      {
        name: 'admin event',
        method: 'POST',
        path: `/v1/admin/dossiers/${id}/events`,
        body: { type: 'paper.received' },
        headers: { 'If-Match': '"6"' },
        as: 'operator',
        status: 404,
        field: 'id',
      },
    ];
    for (const id of ids) {
      it.each(attacks(id).map((a) => [a.name, a] as const))(`${id}: %s`, async (_name, attack) =>
        expectRefused(attack),
      );
    }

    it.each(ids)('a document id %s of a real dossier', async (id) =>
      expectRefused({
        name: 'document',
        method: 'GET',
        path: `/v1/dossiers/${input.dossierId}/documents/${id}`,
        status: 404,
        field: 'documentId',
      }),
    );
  });

  describe('percent-decoding done once', () => {
    it('reads /v1/organisations/%25 as the literal "%": not a SIRET (422)', async () =>
      expectRefused({
        name: '%25',
        method: 'GET',
        path: '/v1/organisations/%25',
        status: 422,
        field: 'siret',
      }));

    it.each([
      '/v1/organisations/%',
      '/v1/organisations/%ff',
      '/v1/organisations/%zz',
      '/v1/dossiers/%e0%a4',
      '/v1/me/dossiers?cursor=%',
      '/v1/admin/dossiers?organisation=%ff',
      '/dev/outbox?to=%c3',
    ])('answers %s (a malformed escape) with a 400 problem', async (path) =>
      expectRefused({
        name: path,
        method: 'GET',
        path,
        as: path.startsWith('/v1/admin') ? 'operator' : 'buyer',
        status: 400,
      }),
    );
  });

  describe('numbers are bounded', () => {
    it.each([
      ['offset', '1e20'],
      ['offset', '100000000000000000000'],
      ['offset', '-1'],
      ['limit', '1e20'],
      ['limit', '0x10'],
      ['limit', '100000'],
    ])('admin queue %s=%s', async (field, value) =>
      expectRefused({
        name: `${field}=${value}`,
        method: 'GET',
        path: `/v1/admin/dossiers?${field}=${value}`,
        as: 'operator',
        status: 422,
        field,
      }),
    );

    it.each(['1e20', '1e2', '101', '0'])('my dossiers limit=%s', async (value) =>
      expectRefused({
        name: value,
        method: 'GET',
        path: `/v1/me/dossiers?limit=${value}`,
        status: 422,
        field: 'limit',
      }),
    );
  });

  describe('cursors are validated after decoding', () => {
    const someUuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    it.each([
      ['an impossible date', ['2026-02-30T10:00:00.000000Z', someUuid, 1]],
      ['a position of 1e300', ['2026-11-26T10:00:00.000000Z', someUuid, 1e300]],
      ['a negative position', ['2026-11-26T10:00:00.000000Z', someUuid, -1]],
      ['36 dashes as order id', ['2026-11-26T10:00:00.000000Z', '-'.repeat(36), 1]],
      ['a year 0', ['0000-01-01T00:00:00.000000Z', someUuid, 1]],
      ['an extra value', ['2026-11-26T10:00:00.000000Z', someUuid, 1, 'x']],
    ])('my dossiers: %s', async (name, values) =>
      expectRefused({
        name,
        method: 'GET',
        path: `/v1/me/dossiers?cursor=${cursorOf(values)}`,
        status: 422,
        field: 'cursor',
      }),
    );

    it.each([
      ['an impossible date', ['2026-02-30T10:00:00.000000Z', someUuid]],
      ['an hour 24', ['2026-11-26T24:00:00.000000Z', someUuid]],
      ['36 hex digits as id', ['2026-11-26T10:00:00.000000Z', 'a'.repeat(36)]],
    ])('partner webhook deliveries: %s', async (name, values) =>
      expectRefused({
        name,
        method: 'GET',
        path: `/v1/partner/webhooks/deliveries?cursor=${cursorOf(values)}`,
        as: 'partner-secret',
        status: 422,
        field: 'cursor',
      }),
    );

    it.each([
      ['from', '2026-02-30'],
      ['to', '2026-02-30'],
      ['to', '0000-01-01'],
    ])('admin queue %s=%s', async (field, value) =>
      expectRefused({
        name: `${field}=${value}`,
        method: 'GET',
        path: `/v1/admin/dossiers?${field}=${value}`,
        as: 'operator',
        status: 422,
        field,
      }),
    );

    it('still pages with the cursors the API itself gives, to the last day of the calendar', async () => {
      const res = await t.call(
        'GET',
        '/v1/admin/dossiers?from=0001-01-01&to=9999-12-31',
        undefined,
        { ...input.operatorAuth, 'X-Partner-Key': null },
      );
      expect(res.status).toBe(200);
      const dossiers = await t.db
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(Number(dossiers.n));
      const page = await t.call('GET', '/v1/me/dossiers?limit=1', undefined, input.buyerAuth);
      expect(page.status).toBe(200);
      expect(reported).toEqual([]);
    });
  });
});

function uploadForm(): FormData {
  const form = new FormData();
  form.set('file', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'x.pdf'));
  return form;
}
