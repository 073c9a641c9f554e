import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { fillDossierToIdentity } from '../testing/dossier-steps.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const buyer = 'televersements.simultanes@moliere.fr';

describe(`concurrent writes to one dossier (${databaseKind})`, () => {
  let t: TestApp;
  let auth: { Authorization: string };
  let dossierId: string;
  const reported: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      reportError: (error) => reported.push((error as Error).stack ?? String(error)),
    });
    const res = await t.call('POST', '/v1/orders', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    dossierId = ((await res.json()) as OrderResponse).dossiers[0]?.id ?? '';
    auth = await sessionFor(t.db, buyer);
    await fillDossierToIdentity(t, dossierId, auth);
  });
  afterAll(() => t?.destroy());

  // PGlite has one connection: its transactions never overlap, so only Postgres can deadlock.
  it.skipIf(databaseKind === 'pglite')(
    'answers 20 simultaneous uploads with 2xx or 4xx, never a deadlock (5xx), losing no update',
    async () => {
      const png = new Uint8Array(
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
          .png()
          .toBuffer(),
      );
      const pdf = new TextEncoder().encode(
        '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      );
      const before = await t.db
        .selectFrom('dossiers')
        .select('version')
        .where('id', '=', dossierId)
        .executeTakeFirstOrThrow();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const form = new FormData();
          const bytes = i % 2 === 0 ? png : pdf;
          form.set(
            'file',
            new File([bytes as Uint8Array<ArrayBuffer>], i % 2 === 0 ? 'cni.png' : 'cni.pdf'),
          );
          return t.request(`/v1/dossiers/${dossierId}/documents`, {
            method: 'POST',
            headers: auth,
            body: form,
          });
        }),
      );
      const statuses = await Promise.all(
        responses.map(async (res) => {
          const text = await res.text();
          return { status: res.status, text };
        }),
      );
      const serverErrors = statuses.filter((s) => s.status >= 500);
      expect(serverErrors, JSON.stringify(serverErrors.slice(0, 3))).toEqual([]);
      expect(statuses.every((s) => s.status >= 200 && s.status < 500)).toBe(true);
      expect(reported).toEqual([]);
      // Each accepted upload is one document and one version: the writes queued, none was lost.
      const created = statuses.filter((s) => s.status === 201).length;
      expect(created).toBeGreaterThan(0);
      const after = await t.db
        .selectFrom('dossiers')
        .select('version')
        .where('id', '=', dossierId)
        .executeTakeFirstOrThrow();
      const documents = await t.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('dossier_id', '=', dossierId)
        .executeTakeFirstOrThrow();
      expect(Number(documents.n)).toBe(created);
      expect(after.version).toBe(before.version + created);
    },
    120_000,
  );
});
