/**
 * Identity scans encrypted at rest, through the API: what the database holds
 * is an envelope, never the scan; downloads give the scan back; an altered
 * envelope is refused as unreadable (404, never a 500); clear scans stored
 * before encryption stay readable; a rotated master key still opens old
 * scans, and after `rewrapStoredObjects` they open without the old key.
 *
 * In-process only: these tests read and alter `document_blobs` rows, which the
 * Worker does not use (its scans are in R2) — skipped on workerd.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierResponse, OrderResponse } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { createApp } from '../app.ts';
import {
  envelopeKeyId,
  generateMasterKeyEntry,
  importKeyRing,
  isEnvelope,
  type KeyRing,
} from '../security/encryption.ts';
import { rewrapStoredObjects } from '../security/rewrap.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, onWorkerd, type TestApp, testPartnerKey } from '../testing/test-app.ts';
import { createEncryptingFileStore } from './encrypting-file-store.ts';
import { createPostgresFileStore } from './postgres-file-store.ts';

const k1 = generateMasterKeyEntry('k1');
const k2 = generateMasterKeyEntry('k2');

/** A scan with a recognisable text in its bytes (PDFs are stored as uploaded). */
async function scanPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([300, 200]);
  page.drawText(text, {
    x: 20,
    y: 100,
    size: 12,
    font: await pdf.embedFont(StandardFonts.Helvetica),
  });
  return pdf.save({ useObjectStreams: false, addDefaultPage: false });
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe.skipIf(onWorkerd)('identity scans encrypted at rest (API and document_blobs)', () => {
  let t: TestApp;
  let ring: KeyRing;
  const unreadable: string[] = [];

  beforeAll(async () => {
    ring = await importKeyRing(k1);
    t = await createTestApp({ keys: ring });
  });
  afterAll(() => t?.destroy());

  /** An app on the same database with other master keys (a restart after a rotation). */
  const appWith = (keys: KeyRing) =>
    createApp({
      db: t.db,
      companyRegistry: createSeededCompanyRegistry(t.db),
      clientSpaceUrl: 'http://localhost:3000/espace-client',
      keys,
      log: () => {}, // quiet suite
    });

  /** A dossier at its identity step, and the buyer's auth header. */
  async function dossierAtIdentity(email: string) {
    const res = await t.call('POST', '/v1/orders', orderBody({ email }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const order = (await res.json()) as OrderResponse;
    const dossierId = order.dossiers[0]?.id ?? '';
    const auth = await sessionFor(t.db, email);
    for (const [step, data] of [
      ['organisation', organisationData],
      ['mandataire', mandataireData],
      ['beneficiaire', beneficiaireData],
      ['delivery', { recipient: 'beneficiaire', mode: 'mail' }],
      ['identity', { method: 'online' }],
    ] as const) {
      const current = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, auth);
      const { version } = (await current.json()) as DossierResponse;
      const saved = await t.call(
        'POST',
        `/v1/dossiers/${dossierId}/events`,
        { type: 'dossier.save', step, data },
        { ...auth, 'If-Match': `"${version}"` },
      );
      expect(saved.status, await saved.clone().text()).toBe(200);
    }
    return { dossierId, auth };
  }

  async function upload(dossierId: string, auth: Record<string, string>, bytes: Uint8Array) {
    const form = new FormData();
    form.set(
      'file',
      new File([bytes as Uint8Array<ArrayBuffer>], 'cni.pdf', { type: 'application/pdf' }),
    );
    const res = await t.request(`/v1/dossiers/${dossierId}/documents`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const documentId = ((await res.json()) as DossierResponse).documents[0]?.id ?? '';
    const { storage_key } = await t.db
      .selectFrom('documents')
      .select('storage_key')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    return { documentId, storageKey: storage_key };
  }

  const rawBlob = async (key: string) =>
    new Uint8Array(
      (
        await t.db
          .selectFrom('document_blobs')
          .select('bytes')
          .where('key', '=', key)
          .executeTakeFirstOrThrow()
      ).bytes,
    );

  const download = (
    app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
    dossierId: string,
    documentId: string,
    auth: Record<string, string>,
  ) =>
    app.request(`/v1/dossiers/${dossierId}/documents/${documentId}`, {
      headers: { ...auth, 'X-Partner-Key': testPartnerKey },
    });

  it('stores an envelope that neither is nor contains the scan; the API serves the scan back', async () => {
    const { dossierId, auth } = await dossierAtIdentity('chiffre@example.org');
    const scan = await scanPdf('Jeanne MARTIN 1980-05-01 CNI 880692310285');
    const { documentId, storageKey } = await upload(dossierId, auth, scan);

    const stored = await rawBlob(storageKey);
    expect(isEnvelope(stored)).toBe(true);
    expect(envelopeKeyId(stored)).toBe('k1');
    expect(stored).not.toEqual(scan);
    expect(contains(stored, new TextEncoder().encode('%PDF'))).toBe(false);
    expect(contains(stored, scan.subarray(200, 232))).toBe(false);

    const res = await download(t, dossierId, documentId, auth);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(scan);
  });

  it('refuses an altered envelope as unreadable (404, no 500, nothing of it leaks)', async () => {
    const { dossierId, auth } = await dossierAtIdentity('altere@example.org');
    const scan = await scanPdf('Paul DURAND');
    const { documentId, storageKey } = await upload(dossierId, auth, scan);
    const stored = await rawBlob(storageKey);
    // The attacker flips one ciphertext byte, then swaps in another scan's envelope.
    const flipped = stored.slice();
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 0xff;
    await t.db
      .updateTable('document_blobs')
      .set({ bytes: flipped })
      .where('key', '=', storageKey)
      .execute();
    const errors: unknown[] = [];
    const app = createApp({
      db: t.db,
      companyRegistry: createSeededCompanyRegistry(t.db),
      keys: ring,
      fileStore: createPostgresFileStore(t.db),
      reportError: (error) => errors.push(error),
      log: () => {}, // quiet suite
    });
    const res = await download(app, dossierId, documentId, auth);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    expect(errors).toEqual([]);

    const other = await dossierAtIdentity('autre@example.org');
    const moved = await upload(other.dossierId, other.auth, await scanPdf('Autre'));
    await t.db
      .updateTable('document_blobs')
      .set({ bytes: await rawBlob(moved.storageKey) })
      .where('key', '=', storageKey)
      .execute();
    expect((await download(app, dossierId, documentId, auth)).status).toBe(404);
  });

  it('keeps reading clear scans stored before encryption, and tells the decorator apart from them', async () => {
    const store = createEncryptingFileStore(createPostgresFileStore(t.db), ring, {
      onUnreadable: (key) => unreadable.push(key),
    });
    const key = crypto.randomUUID();
    const clear = await scanPdf('avant chiffrement');
    await createPostgresFileStore(t.db).put(key, { bytes: clear, contentType: 'application/pdf' });
    expect((await store.get(key))?.bytes).toEqual(clear);
    expect(await store.get(crypto.randomUUID())).toBeNull();
    expect(unreadable).toEqual([]);
  });

  it('rotates: old scans open under a new current key; re-wrapped, they open without the old one', async () => {
    const { dossierId, auth } = await dossierAtIdentity('rotation@example.org');
    const scan = await scanPdf('rotation');
    const { documentId, storageKey } = await upload(dossierId, auth, scan);
    // And a clear scan from before encryption, to be sealed by the re-wrap.
    const legacyKey = crypto.randomUUID();
    const legacy = await scanPdf('legacy');
    await createPostgresFileStore(t.db).put(legacyKey, {
      bytes: legacy,
      contentType: 'application/pdf',
    });
    await t.db
      .insertInto('documents')
      .values({
        dossier_id: dossierId,
        kind: 'identity',
        content_type: 'application/pdf',
        size: legacy.length,
        sha256: 'legacy',
        storage_key: legacyKey,
        original_name: null,
        uploaded_at: new Date(),
        uploaded_by: null,
      })
      .execute();

    const rotated = await importKeyRing(`${k2},${k1}`);
    const afterRotation = appWith(rotated);
    const res = await download(afterRotation, dossierId, documentId, auth);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(scan);

    const k2Only = await importKeyRing(k2);
    // Before the re-wrap, k1 is still needed.
    expect((await download(appWith(k2Only), dossierId, documentId, auth)).status).toBe(404);

    const store = createPostgresFileStore(t.db);
    const first = await rewrapStoredObjects({ db: t.db, store, keys: rotated, batchSize: 2 });
    expect(first.unreadable).toBe(1); // the envelope altered by the test above
    expect(first.sealed).toBe(1);
    expect(first.rewrapped).toBeGreaterThanOrEqual(1);
    expect(envelopeKeyId(await rawBlob(storageKey))).toBe('k2');
    expect(envelopeKeyId(await rawBlob(legacyKey))).toBe('k2');

    const ok = await download(appWith(k2Only), dossierId, documentId, auth);
    expect(ok.status).toBe(200);
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(scan);
    const sealed = await createEncryptingFileStore(store, k2Only).get(legacyKey);
    expect(sealed?.bytes).toEqual(legacy);

    // Idempotent: a second run reads only what is not known to be under k2 (the unreadable one).
    const second = await rewrapStoredObjects({ db: t.db, store, keys: rotated });
    expect(second).toMatchObject({ rewrapped: 0, sealed: 0, unreadable: 1, complete: true });
  });
});
