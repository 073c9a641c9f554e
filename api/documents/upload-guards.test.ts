import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DossierResponse, FieldError, OrderResponse } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createMetadataStrippingSanitizer } from '../adapters/metadata-stripping-sanitizer.ts';
import type { ImageSanitizer } from '../ports/image-sanitizer.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { jpeg, jpegClaiming, pngClaiming } from './image-fixtures.ts';
import { maxUploadBodyBytes } from './limits.ts';

type Body = DossierResponse & { errors?: FieldError[]; type?: string };

const buyer = 'scan.guard@moliere.fr';

describe(`identity upload: refused before decoding or keeping (${databaseKind})`, () => {
  let t: TestApp;
  let auth: { Authorization: string };
  let dossierId: string;
  /** The sanitizer the route was given, recording each call (in-process only). */
  const sanitized: string[] = [];
  const recording: ImageSanitizer = {
    reencodes: false,
    async sanitize(bytes, contentType) {
      sanitized.push(contentType);
      return createMetadataStrippingSanitizer().sanitize(bytes, contentType);
    },
  };

  const dossierVersion = async () => {
    const res = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, auth);
    return ((await res.json()) as Body).version;
  };
  const save = async (step: string, data: object) => {
    const res = await t.call(
      'POST',
      `/v1/dossiers/${dossierId}/events`,
      { type: 'dossier.save', step, data },
      { ...auth, 'If-Match': `"${await dossierVersion()}"` },
    );
    expect(res.status).toBe(200);
  };
  const upload = async (bytes: Uint8Array, name: string, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
    const res = await t.request(`/v1/dossiers/${dossierId}/documents`, {
      method: 'POST',
      headers: { ...auth, ...headers },
      body: form,
    });
    return { res, body: (await res.json()) as Body };
  };
  const storedDocuments = () =>
    t.db.selectFrom('documents').selectAll().where('dossier_id', '=', dossierId).execute();
  const expectRefusedAsFile = async (
    result: { res: Response; body: Body },
    message: RegExp,
  ): Promise<void> => {
    expect(result.res.status).toBe(422);
    expect(result.body.errors).toEqual([
      { field: 'file', message: expect.stringMatching(message) },
    ]);
    expect(await storedDocuments()).toEqual([]);
  };

  beforeAll(async () => {
    t = await createTestApp({ imageSanitizer: recording });
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    sanitized.length = 0;
    const res = await t.call('POST', '/v1/orders', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    dossierId = ((await res.json()) as OrderResponse).dossiers[0]!.id;
    auth = await sessionFor(t.db, buyer);
    await save('organisation', organisationData);
    await save('mandataire', mandataireData);
    await save('beneficiaire', beneficiaireData);
    await save('delivery', { recipient: 'beneficiaire', mode: 'mail' });
    await save('identity', { method: 'online' });
  });

  describe('pixel bombs', () => {
    it('refuses a PNG whose header claims 20000×20000 (400 Mpx in a few hundred bytes)', async () => {
      const bomb = pngClaiming(20_000, 20_000);
      expect(bomb.length).toBeLessThan(4096);
      await expectRefusedAsFile(await upload(bomb, 'cni.png'), /40 millions de pixels/);
      // The sanitizer (sharp on Node) never saw it. In-process only: it is this process's.
      if (!onWorkerd) expect(sanitized).toEqual([]);
    });

    it('refuses a JPEG whose frame header claims 20000×20000, in English when asked', async () => {
      const bomb = await jpegClaiming(20_000, 20_000);
      const result = await upload(bomb, 'cni.jpg', { 'Accept-Language': 'en' });
      await expectRefusedAsFile(result, /exceeds 40 megapixels/);
      if (!onWorkerd) expect(sanitized).toEqual([]);
    });

    it('accepts a photo-sized JPEG (4000×3000, 12 Mpx) and hands it to the sanitizer', async () => {
      const { res, body } = await upload(await jpeg(4000, 3000), 'cni.jpg');
      expect(res.status).toBe(201);
      expect(body.documents).toHaveLength(1);
      if (!onWorkerd) expect(sanitized).toEqual(['image/jpeg']);
      expect(await storedDocuments()).toHaveLength(1);
    });
  });

  describe('PDFs that act', () => {
    const plain = async () => {
      const pdf = await PDFDocument.create();
      pdf.addPage([595, 842]);
      return pdf;
    };

    it('refuses JavaScript run at opening (/OpenAction)', async () => {
      const pdf = await plain();
      pdf.catalog.set(
        PDFName.of('OpenAction'),
        pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.launchURL("https://x")') }),
      );
      await expectRefusedAsFile(await upload(await pdf.save(), 'cni.pdf'), /JavaScript/);
    });

    it('refuses a link that launches a program (/Launch)', async () => {
      const pdf = await plain();
      const link = pdf.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 595, 842],
        A: { S: 'Launch', F: PDFString.of('cmd.exe') },
      });
      pdf.getPage(0).node.set(PDFName.of('Annots'), pdf.context.obj([link]));
      await expectRefusedAsFile(await upload(await pdf.save(), 'cni.pdf'), /actions automatiques/);
    });

    it('refuses an embedded file', async () => {
      const pdf = await plain();
      await pdf.attach(new TextEncoder().encode('MZ…'), 'scan.exe', {
        mimeType: 'application/octet-stream',
      });
      await expectRefusedAsFile(await upload(await pdf.save(), 'cni.pdf'), /fichiers joints/);
    });

    it('refuses a PDF that does not parse as unreadable (422), never a 500', async () => {
      const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages');
      await expectRefusedAsFile(await upload(broken, 'cni.pdf'), /illisible/);
    });

    it('accepts a plain PDF, keeping it without what followed its end', async () => {
      const pdf = await plain();
      const trailing = new TextEncoder().encode('<script>evil()</script>');
      const bytes = new Uint8Array([...(await pdf.save()), ...trailing]);
      const { res, body } = await upload(bytes, 'cni.pdf');
      expect(res.status).toBe(201);
      const download = await t.call(
        'GET',
        `/v1/dossiers/${dossierId}/documents/${body.documents[0]!.id}`,
        undefined,
        auth,
      );
      const kept = new Uint8Array(await download.arrayBuffer());
      expect((await PDFDocument.load(kept)).getPageCount()).toBe(1);
      expect(new TextDecoder('latin1').decode(kept)).not.toContain('evil()');
      if (!onWorkerd) expect(sanitized).toEqual([]);
    });
  });

  describe('upload size', () => {
    it('refuses a file over 10 MB (413 file-too-large)', async () => {
      const big = new Uint8Array(11 * 1024 * 1024);
      big.set(new TextEncoder().encode('%PDF-1.7\n'));
      const { res, body } = await upload(big, 'big.pdf');
      expect(res.status).toBe(413);
      expect(body.type).toMatch(/file-too-large$/);
      expect(await storedDocuments()).toEqual([]);
    });

    // In-process only: the pull counter is this process's (over HTTP fetch sends the body itself).
    it.skipIf(onWorkerd)(
      'refuses an announced Content-Length over the limit without reading the body',
      async () => {
        let pulled = 0;
        const body = new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              pulled += 1;
              controller.enqueue(new Uint8Array(64 * 1024));
            },
          },
          { highWaterMark: 0 },
        );
        const res = await t.request(`/v1/dossiers/${dossierId}/documents`, {
          method: 'POST',
          headers: {
            ...auth,
            'Content-Type': 'multipart/form-data; boundary=x',
            'Content-Length': String(maxUploadBodyBytes + 1),
          },
          body,
          duplex: 'half',
        } as RequestInit);
        expect(res.status).toBe(413);
        expect(pulled).toBe(0);
      },
    );
  });
});
