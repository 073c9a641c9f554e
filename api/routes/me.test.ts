import { sql } from 'kysely';
/**
 * The client space dashboard (routes/me.ts): a buyer’s dossiers and certificates, behind a
 * bearer token, paged and filtered. Fixture: api/testing/client-space.ts.
 */
import { describe, expect, it } from 'vitest';
import type { DossierRow, Page } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { bearer, buyer, clientSpace } from '../testing/client-space.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`client space dashboard (${databaseKind})`, () => {
  let t: TestApp;
  const { advance, order, registerAndVerify, logIn } = clientSpace(
    async (overrides) => (t = await createTestApp(overrides)),
  );

  describe('dashboard', () => {
    it('shows a buyer only the dossiers of orders placed with their e-mail', async () => {
      await order(buyer, 2);
      await order('armande@moliere.fr', 1);
      await registerAndVerify();
      await registerAndVerify('armande@moliere.fr');
      const mine = (await (
        await t.call('GET', '/v1/me/dossiers', undefined, bearer(await logIn()))
      ).json()) as Page<DossierRow>;
      const hers = (await (
        await t.call('GET', '/v1/me/dossiers', undefined, bearer(await logIn('armande@moliere.fr')))
      ).json()) as Page<DossierRow>;
      expect(mine.items).toHaveLength(2);
      expect(hers.items).toHaveLength(1);
      expect(mine.items.map((d) => d.id)).not.toContain(hers.items[0]?.id);
    });

    it('pages with a cursor and filters by status', async () => {
      await order(buyer, 3);
      advance(60_000);
      await order(buyer, 2);
      await registerAndVerify();
      const token = await logIn();
      const first = (await (
        await t.call('GET', '/v1/me/dossiers?limit=2', undefined, bearer(token))
      ).json()) as Page<DossierRow>;
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const seen = [...first.items];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = (await (
          await t.call('GET', `/v1/me/dossiers?limit=2&cursor=${cursor}`, undefined, bearer(token))
        ).json()) as Page<DossierRow>;
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen.map((d) => d.id)).size).toBe(5);
      expect((seen[0]?.orderDate ?? '') > (seen[4]?.orderDate ?? '')).toBe(true);

      await t.db
        .updateTable('dossiers')
        .set({ status: 'to_sign' })
        .where('id', '=', seen[0]!.id)
        .execute();
      const toSign = (await (
        await t.call('GET', '/v1/me/dossiers?status=to_sign', undefined, bearer(token))
      ).json()) as Page<DossierRow>;
      expect(toSign.items.map((d) => [d.id, d.statusLabel])).toEqual([[seen[0]!.id, 'À signer']]);
      expect(
        (await t.call('GET', '/v1/me/dossiers?status=bogus', undefined, bearer(token))).status,
      ).toBe(422);
      expect(
        (await t.call('GET', '/v1/me/dossiers?cursor=garbage', undefined, bearer(token))).status,
      ).toBe(422);
    });

    it("tells an order's dossiers apart and lists only those under way with open=true", async () => {
      await order(buyer, 2);
      await registerAndVerify();
      const token = await logIn();
      const list = async (query = '') =>
        (await (
          await t.call('GET', `/v1/me/dossiers${query}`, undefined, bearer(token))
        ).json()) as Page<DossierRow>;
      const [one, two] = (await list()).items;
      expect([one?.position, one?.quantity, two?.position, two?.quantity]).toEqual([1, 2, 2, 2]);
      expect(one?.beneficiary).toBeNull();
      expect(one?.timeZone).toBe('Europe/Paris');
      // The buyer named the bénéficiaire of n° 2; n° 1 was shipped.
      const steps: [string, object][] = [
        ['organisation', organisationData],
        ['mandataire', mandataireData],
        ['beneficiaire', beneficiaireData],
      ];
      for (const [step, data] of steps) {
        const { version } = (await (
          await t.call('GET', `/v1/dossiers/${two!.id}`, undefined, bearer(token))
        ).json()) as { version: number };
        const saved = await t.call(
          'POST',
          `/v1/dossiers/${two!.id}/events`,
          { type: 'dossier.save', step, data },
          { ...bearer(token), 'If-Match': `"${version}"` },
        );
        expect(saved.status).toBe(200);
      }
      await t.db
        .updateTable('dossiers')
        .set({ status: 'shipped' })
        .where('id', '=', one!.id)
        .execute();
      expect((await list()).items.find((d) => d.id === two!.id)?.beneficiary).toBe(
        'Armande BEJART',
      );
      // The time zone follows the organisation the buyer gave, else the order's (its prefill).
      await t.db
        .updateTable('dossiers')
        .set({
          data: sql`jsonb_set(data, '{context,prefill,organisation,postalCode}', '"97400"')`,
        })
        .where('id', '=', one!.id)
        .execute();
      const listed = (await list()).items;
      expect(listed.find((d) => d.id === one!.id)?.timeZone).toBe('Indian/Reunion');
      expect(listed.find((d) => d.id === two!.id)?.timeZone).toBe('Europe/Paris');
      expect((await list('?open=true')).items.map((d) => d.id)).toEqual([two!.id]);
      expect((await list('?open=false')).items).toHaveLength(2);
      expect(
        (await t.call('GET', '/v1/me/dossiers?open=yes', undefined, bearer(token))).status,
      ).toBe(422);
    });

    it('needs a valid bearer token (401 problem)', async () => {
      const res = await t.call('GET', '/v1/me/dossiers');
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect(
        (await t.call('GET', '/v1/me/dossiers', undefined, bearer('x'.repeat(43)))).status,
      ).toBe(401);
    });

    it('says PAS DE DONNÉES in data terms: no issued certificate yet', async () => {
      await order();
      await registerAndVerify();
      const res = await t.call('GET', '/v1/me/certificates', undefined, bearer(await logIn()));
      expect(await res.json()).toEqual({ items: [], nextCursor: null });
    });
  });
});
