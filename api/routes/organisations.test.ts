import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse, Problem } from '../../machines/contract.ts';
import { CompanyRegistryUnavailableError } from '../ports/company-registry.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`GET /v1/organisations/{siret} (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const get = async (siret: string, headers: Record<string, string> = {}) => {
    const res = await t.call(
      'GET',
      `/v1/organisations/${encodeURIComponent(siret)}`,
      undefined,
      headers,
    );
    return { res, body: (await res.json()) as OrganisationResponse & Problem };
  };

  it.each([
    ['21750999100014', 'COMMUNE DE MOLIERE-SUR-SEINE', true, true, true],
    ['21130999200017', 'COMMUNE DE SCAPIN', true, true, false],
    ['81234567600017', 'MOLIERE COMPAGNIE', false, true, true],
    ['52345678800018', 'THEATRE DU PALAIS ROYAL', false, true, false],
    ['48765432900019', 'ANCIENNE TROUPE DU MARAIS', false, false, true],
    ['35600000010000', 'LA POSTE - AGENCE DE DEMONSTRATION', false, true, true],
  ])(
    '%s → %s (public %s, active %s, first certificate %s)',
    async (siret, name, pub, active, first) => {
      const { res, body } = await get(siret);
      expect(res.status).toBe(200);
      expect(body).toMatchObject({
        siret,
        valid: true,
        name,
        publicAdministration: pub,
        active,
        firstCertificate: first,
      });
    },
  );

  it('accepts a SIRET typed with spaces', async () => {
    const { res, body } = await get('812 345 676 00017');
    expect(res.status).toBe(200);
    expect(body.siret).toBe('81234567600017');
  });

  it.each(['12345678900001', '81234567600018'])(
    '%s: bad checksum → 422 on field siret',
    async (siret) => {
      const { res, body } = await get(siret);
      expect(res.status).toBe(422);
      expect(body.errors).toEqual([{ field: 'siret', message: expect.stringMatching(/SIRET/) }]);
    },
  );

  it.each(['1234', '8123456760001A', '812345676000170'])('%s: malformed → 422', async (siret) => {
    expect((await get(siret)).res.status).toBe(422);
  });

  it('valid but unregistered → 404 problem', async () => {
    const { res, body } = await get('81234567600033');
    expect(res.status).toBe(404);
    expect(body.type).toMatch(/organisation-not-found$/);
    expect(body.detail).toContain('81234567600033');
  });

  it('is no longer a first certificate once we issued one to the same SIREN', async () => {
    const { db } = t;
    const order = await db
      .insertInto('orders')
      .values({
        reference: 'BD00000000018',
        status: 'placed',
        product_code: 'OPE-AES-CAP-1A',
        quantity: 1,
        usb_reader: true,
        express: false,
        email: 'x@example.org',
        locale: 'fr',
        customer: '{}',
        billing: null,
        siret: '81234567600025',
        siren: '812345676',
        organisation_name: 'MOLIERE COMPAGNIE - ETABLISSEMENT DE LYON',
        public_administration: false,
        first_certificate: true,
        total_ht: 13000,
        total_vat: 2600,
        total_ttc: 15600,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const dossier = await db
      .insertInto('dossiers')
      .values({ order_id: order.id, position: 1, siren: '812345676' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await get('81234567600017')).body.firstCertificate).toBe(true);
    await db
      .updateTable('dossiers')
      .set({ status: 'issued' })
      .where('id', '=', dossier.id)
      .execute();
    expect((await get('81234567600017')).body.firstCertificate).toBe(false);
    await db.deleteFrom('orders').where('id', '=', order.id).execute();
  });

  // Skipped on workerd: the failing registry is an object in this process, and the
  // worker builds its own (seeded) registry; the 503 mapping is route code shared by both.
  it.skipIf(onWorkerd)(
    'answers 503 with Retry-After when the registry is unavailable',
    async () => {
      const down = await createTestApp({
        companyRegistry: {
          findBySiret: async () => {
            throw new CompanyRegistryUnavailableError('rate limited', 7);
          },
        },
      });
      const res = await down.call('GET', '/v1/organisations/81234567600017');
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('7');
      await down.destroy();
    },
  );
});
