import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DossierResponse, FieldError, OrderResponse } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const buyer = 'jb.poquelin@moliere.fr';

type Body = DossierResponse & { errors?: FieldError[]; currentVersion?: number; detail?: string };

describe(`dossier completion API (${databaseKind})`, () => {
  let t: TestApp;
  let auth: { Authorization: string };
  let dossierId: string;

  const get = async (id = dossierId, headers = auth) => {
    const res = await t.call('GET', `/v1/dossiers/${id}`, undefined, headers);
    return { res, body: (await res.json()) as Body };
  };
  const send = async (
    event: object,
    version: number | null,
    headers: Record<string, string> = auth,
  ) => {
    const res = await t.call('POST', `/v1/dossiers/${dossierId}/events`, event, {
      ...headers,
      ...(version === null ? {} : { 'If-Match': `"${version}"` }),
    });
    return { res, body: (await res.json()) as Body };
  };
  const save = async (step: string, data: object) => {
    const { body: current } = await get();
    const { res, body } = await send({ type: 'dossier.save', step, data }, current.version);
    expect(res.status, JSON.stringify(body)).toBe(200);
    return body;
  };
  const upload = async (bytes: Uint8Array, name: string, type = 'application/octet-stream') => {
    const form = new FormData();
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
    const res = await t.request(`/v1/dossiers/${dossierId}/documents`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    return { res, body: (await res.json()) as Body };
  };
  const jpeg = async () =>
    new Uint8Array(
      await sharp({ create: { width: 40, height: 25, channels: 3, background: '#36c' } })
        .jpeg()
        .withExif({ IFD0: { Make: 'PhoneCam' } })
        .toBuffer(),
    );
  const lastSmsCode = async () => {
    const sms = await t.db
      .selectFrom('outbox')
      .select(['text_body', 'recipient'])
      .where('channel', '=', 'sms')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    return { code: /\b(\d{6})\b/.exec(sms.text_body)?.[1] ?? '', to: sms.recipient };
  };
  const requestCode = async () => {
    const { body } = await get();
    return t.call('POST', `/v1/dossiers/${dossierId}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${body.version}"`,
    });
  };
  const confirm = async (code: string) => {
    const { body } = await get();
    const res = await t.call(
      'POST',
      `/v1/dossiers/${dossierId}/signature`,
      { code },
      { ...auth, 'If-Match': `"${body.version}"` },
    );
    return { res, body: (await res.json()) as Body };
  };
  async function completeUpToSignature(
    identity: 'online' | 'face_to_face',
    delivery: 'mail' | 'post_office',
    beneficiaire: object = beneficiaireData,
  ) {
    await save('organisation', organisationData);
    await save('mandataire', mandataireData);
    await save('beneficiaire', beneficiaire);
    await save('delivery', { recipient: 'beneficiaire', mode: delivery });
    await save('identity', { method: identity });
    if (identity === 'online')
      expect((await upload(await jpeg(), 'cni.jpg', 'image/jpeg')).res.status).toBe(201);
  }

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    const res = await t.call('POST', '/v1/orders', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    dossierId = ((await res.json()) as OrderResponse).dossiers[0]!.id;
    auth = await sessionFor(t.db, buyer);
  });

  it('shows the new dossier to its owner only, with its version and what it accepts', async () => {
    const { res, body } = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(body).toMatchObject({
      id: dossierId,
      status: 'to_complete',
      statusLabel: 'Demande à compléter',
      step: 'organisation',
      version: 1,
      editable: true,
    });
    expect(body.accepts).toContain('dossier.save');
    expect(body.accepts).not.toContain('certificate.issued');
    expect((body.data.prefill as { organisation: { siret: string } }).organisation.siret).toBe(
      '81234567600017',
    );
    expect((await t.call('GET', `/v1/dossiers/${dossierId}`)).status).toBe(401);
    const stranger = await sessionFor(t.db, 'stranger@example.org');
    expect((await get(dossierId, stranger)).res.status).toBe(404);
    expect((await get('00000000-0000-0000-0000-000000000000')).res.status).toBe(404);
    expect((await get('not-a-uuid')).res.status).toBe(404);
  });

  it('requires If-Match (428), refuses a stale version (409) and changes nothing', async () => {
    const event = { type: 'dossier.save', step: 'organisation', data: organisationData };
    expect((await send(event, null)).res.status).toBe(428);
    await save('organisation', organisationData);
    const stale = await send({ type: 'dossier.save', step: 'mandataire', data: mandataireData }, 1);
    expect(stale.res.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const { body } = await get();
    expect(body.version).toBe(2);
    expect(body.data.mandataire).toBeNull();
  });

  it('refuses invalid data and events the buyer may not send (422), nothing changed', async () => {
    const bad = await send(
      {
        type: 'dossier.save',
        step: 'mandataire',
        data: { ...mandataireData, mobile: '01 02 03 04 05' },
      },
      1,
    );
    expect(bad.res.status).toBe(422);
    const operatorEvent = await send({ type: 'identity.verified' }, 1);
    expect(operatorEvent.res.status).toBe(422);
    expect(operatorEvent.body.errors?.[0]?.field).toBe('type');
    const unknown = await send({ type: 'certificate.teleport' }, 1);
    expect(unknown.res.status).toBe(422);
    expect((await get()).body.version).toBe(1);
  });

  it('walks every step, signs with the SMS code, and becomes read-only', async () => {
    // The bénéficiaire is the mandataire: one signature (two signers: dossier-signers.test.ts).
    await completeUpToSignature('online', 'mail', { sameAsMandataire: true });
    const signing = await save('signature', { method: 'online' });
    expect(signing.status).toBe('to_sign');
    expect(signing.statusLabel).toBe('À signer');
    const sent = await requestCode();
    expect(sent.status, await sent.clone().text()).toBe(200);
    const { code, to } = await lastSmsCode();
    expect(to).toBe('+33612345678');
    expect(code).toMatch(/^\d{6}$/);
    const codes = await t.db.selectFrom('signature_codes').select('code_hash').execute();
    expect(codes.every((c) => !c.code_hash.includes(code))).toBe(true);
    const signed = await confirm(code);
    expect(signed.res.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.status).toBe('in_review');
    expect(signed.body.editable).toBe(false);
    const again = await send({ type: 'dossier.goTo', step: 'organisation' }, signed.body.version);
    expect(again.res.status).toBe(422);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['event', 'from_state', 'to_state', 'actor_type'])
      .where('entity_id', '=', dossierId)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.event)).toContain('signature.signedOnline');
    expect(audit.at(-1)).toMatchObject({
      from_state: 'to_sign',
      to_state: 'in_review',
      actor_type: 'system',
    });
  });

  it('locks the code after 5 wrong attempts', async () => {
    await completeUpToSignature('online', 'mail');
    await save('signature', { method: 'online' });
    expect((await requestCode()).status).toBe(200);
    const { code } = await lastSmsCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { res, body } = await confirm(wrong);
      expect(res.status).toBe(422);
      expect(body.errors?.[0]?.message).toMatch(attempt < 5 ? /Il vous reste/ : /Trop d’essais/);
    }
    const { res, body } = await confirm(code);
    expect(res.status).toBe(422);
    expect(body.errors?.[0]?.message).toMatch(/Trop d’essais/);
    expect((await get()).body.status).toBe('to_sign');
  });

  it('voids a code when the dossier is edited after it was sent', async () => {
    await completeUpToSignature('online', 'mail');
    await save('signature', { method: 'online' });
    await requestCode();
    const { code } = await lastSmsCode();
    await send({ type: 'dossier.goTo', step: 'delivery' }, (await get()).body.version);
    await save('delivery', { recipient: 'mandataire', mode: 'mail' });
    await save('identity', { method: 'online' });
    await save('signature', { method: 'online' });
    const { res, body } = await confirm(code);
    expect(res.status).toBe(422);
    expect(body.errors?.[0]?.message).toMatch(/modifié depuis l’envoi du code/);
  });

  it('refuses mail delivery with face-to-face identity, explains which field', async () => {
    await save('organisation', organisationData);
    await save('mandataire', mandataireData);
    await save('beneficiaire', { sameAsMandataire: true });
    await save('delivery', { recipient: 'mandataire', mode: 'mail' });
    const { body: current } = await get();
    const { res, body } = await send(
      { type: 'dossier.save', step: 'identity', data: { method: 'face_to_face' } },
      current.version,
    );
    expect(res.status).toBe(422);
    expect(body.errors?.[0]?.field).toBe('identity.method');
  });

  describe('identity document upload', () => {
    beforeEach(async () => {
      await save('organisation', organisationData);
      await save('mandataire', mandataireData);
      await save('beneficiaire', beneficiaireData);
      await save('delivery', { recipient: 'beneficiaire', mode: 'mail' });
      await save('identity', { method: 'online' });
    });

    it('accepts a JPEG, strips its EXIF, and serves it only to the owner as an attachment', async () => {
      const original = await jpeg();
      const { res, body } = await upload(original, 'carte.jpg', 'image/jpeg');
      expect(res.status).toBe(201);
      expect(body.documents).toHaveLength(1);
      const documentId = body.documents[0]!.id;
      const download = await t.call(
        'GET',
        `/v1/dossiers/${dossierId}/documents/${documentId}`,
        undefined,
        auth,
      );
      expect(download.status).toBe(200);
      expect(download.headers.get('Content-Type')).toBe('image/jpeg');
      expect(download.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(download.headers.get('Content-Disposition')).toMatch(/^attachment;/);
      const bytes = new Uint8Array(await download.arrayBuffer());
      expect(new TextDecoder('latin1').decode(bytes)).not.toContain('PhoneCam');
      const stranger = await sessionFor(t.db, 'stranger@example.org');
      expect(
        (
          await t.call(
            'GET',
            `/v1/dossiers/${dossierId}/documents/${documentId}`,
            undefined,
            stranger,
          )
        ).status,
      ).toBe(404);
    });

    it('accepts a PDF renamed .jpg as a PDF, because it is one', async () => {
      const pdf = await PDFDocument.create();
      pdf.addPage();
      const { res, body } = await upload(await pdf.save(), 'scan.jpg', 'image/jpeg');
      expect(res.status).toBe(201);
      expect(body.documents[0]?.contentType).toBe('application/pdf');
    });

    it('refuses an HTML file named .png (415) and a fake image (422)', async () => {
      const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
      const { res } = await upload(html, 'cni.png', 'image/png');
      expect(res.status).toBe(415);
      const fake = new Uint8Array([
        0xff,
        0xd8,
        0xff,
        0xe0,
        0,
        16,
        ...new TextEncoder().encode('no image here'),
      ]);
      expect((await upload(fake, 'cni.jpg')).res.status).toBe(422);
      expect((await get()).body.documents).toHaveLength(0);
    });

    it('refuses 11 MB (413) and an empty form (422)', async () => {
      const big = new Uint8Array(11 * 1024 * 1024);
      big.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
      expect((await upload(big, 'big.pdf', 'application/pdf')).res.status).toBe(413);
      const res = await t.request(`/v1/dossiers/${dossierId}/documents`, {
        method: 'POST',
        headers: auth,
        body: new FormData(),
      });
      expect(res.status).toBe(422);
      expect(
        (await t.db.selectFrom('documents').selectAll().execute()).filter(
          (d) => d.dossier_id === dossierId,
        ),
      ).toEqual([]);
    });
  });

  it('signs by hand: the PDF to print, then awaiting the paper dossier', async () => {
    await completeUpToSignature('face_to_face', 'post_office');
    await save('signature', { method: 'handwritten' });
    const pdf = await t.call('GET', `/v1/dossiers/${dossierId}/pdf`, undefined, auth);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(pdf.headers.get('Content-Disposition')).toMatch(
      /attachment; filename="dossier-BD\d{11}-1\.pdf"/,
    );
    const document = await PDFDocument.load(await pdf.arrayBuffer());
    expect(document.getTitle()).toMatch(/BD\d{11}/);
    const { body } = await send({ type: 'signature.choosePaper' }, (await get()).body.version);
    expect(body.status).toBe('awaiting_paper');
    expect(body.statusLabel).toBe('En attente du dossier papier');
  });

  describe.runIf(databaseKind === 'postgres')('concurrency on real Postgres', () => {
    it('two clients posting with the same version: one wins, the other gets 409, nothing lost', async () => {
      const { body: current } = await get();
      const [a, b] = await Promise.all([
        send(
          { type: 'dossier.save', step: 'organisation', data: organisationData },
          current.version,
        ),
        send(
          {
            type: 'dossier.save',
            step: 'organisation',
            data: { ...organisationData, name: 'MOLIERE CIE' },
          },
          current.version,
        ),
      ]);
      expect([a.res.status, b.res.status].sort()).toEqual([200, 409]);
      const winner = a.res.status === 200 ? 'MOLIERE COMPAGNIE' : 'MOLIERE CIE';
      const { body } = await get();
      expect(body.version).toBe(current.version + 1);
      expect((body.data.organisation as { name: string }).name).toBe(winner);
    });
  });
});
