/**
 * A white-label reseller's English-speaking buyer who signs by hand: the dossier's status
 * e-mails take the reseller's colours and name with a footer in English (CERTINOMIS named only
 * as the certification authority), and the paper dossier is in English, in the reseller's name.
 */
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createPartner } from '../services/partners.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const resellerKey = 'pk_live_paper_reseller';
const buyer = 'paper.buyer@attestia.example';

/** Every text drawn in the PDF (pdf-lib writes `<hex> Tj`, WinAnsi; ’ is 0x92). */
async function drawnText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
      lines.push(
        Buffer.from(hex ?? '', 'hex')
          .toString('latin1')
          .replaceAll('\x92', '’'),
      );
    }
  }
  return lines.join('\n');
}

describe(`a white-label reseller's paper dossier and its e-mails (${databaseKind})`, () => {
  let t: TestApp;
  let dossierId: string;
  let reference: string;
  let auth: Record<string, string>;

  const save = async (step: string, data: object) => {
    const current = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, auth);
    const { version } = (await current.json()) as { version: number };
    const res = await t.call(
      'POST',
      `/v1/dossiers/${dossierId}/events`,
      { type: 'dossier.save', step, data },
      { ...auth, 'If-Match': `"${version}"` },
    );
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { partner } = await createPartner(t.db, {
      slug: 'attestia-paper',
      name: 'Attestia',
      mode: 'live',
      publishableKey: resellerKey,
      allowedOrigins: ['https://certificats.attestia.example'],
      clientSpaceUrl: 'https://certificats.attestia.example/espace',
      branding: {
        displayName: 'Attestia',
        logoUrl: null,
        colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
        font: null,
        defaultLocale: 'en',
      },
    });
    const res = await t.call('POST', '/v1/orders?locale=en', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
      'X-Partner-Key': resellerKey,
    });
    expect(res.status).toBe(201);
    const placed = (await res.json()) as OrderResponse;
    dossierId = placed.dossiers[0]!.id;
    reference = placed.reference;
    // A login on the reseller's page: its session, its key on every request.
    auth = {
      ...(await sessionFor(t.db, buyer, 'customer', { partnerId: partner.id })),
      'X-Partner-Key': resellerKey,
    };
    await save('organisation', organisationData);
    await save('mandataire', mandataireData);
    await save('beneficiaire', beneficiaireData);
    await save('delivery', { recipient: 'beneficiaire', mode: 'post_office' });
    await save('identity', { method: 'face_to_face' });
  });
  afterAll(() => t.destroy());

  it('e-mails the status change in the reseller’s colours, with an English footer', async () => {
    const mail = await t.db
      .selectFrom('outbox')
      .select(['subject', 'html_body'])
      .where('recipient', '=', buyer)
      .where('subject', 'like', 'Dossier %')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.html_body).toContain('lang="en"');
    expect(mail.html_body).toContain('border-top:4px solid #0f766e');
    expect(mail.html_body).toContain('background:#0f766e;color:#ffffff');
    expect(mail.html_body).toContain(
      'Attestia — qualified eIDAS electronic signature certificates issued by CERTINOMIS, certification authority',
    );
    expect(mail.html_body?.match(/CERTINOMIS/g)).toHaveLength(1);
  });

  it('serves the paper dossier in English, in the reseller’s name', async () => {
    const res = await t.call('GET', `/v1/dossiers/${dossierId}/pdf`, undefined, auth);
    expect(res.status).toBe(200);
    const bytes = await res.arrayBuffer();
    expect((await PDFDocument.load(bytes)).getAuthor()).toBe('Attestia');
    const text = await drawnText(bytes);
    expect(text).toContain('Certificate application');
    expect(text).toContain('Certification authority: CERTINOMIS');
    expect(text).toContain('Signature of the holder');
    expect(text).not.toContain('Dossier de demande');
  });

  it('e-mails the cancellation in the reseller’s colours, with an English footer', async () => {
    const operator = {
      ...(await sessionFor(t.db, 'operateur@certinomis.fr', 'operator')),
      'X-Partner-Key': null,
    };
    const res = await t.call(
      'POST',
      `/v1/admin/orders/${reference}/cancellation`,
      { reason: 'Ordered twice' },
      operator,
    );
    expect(res.status).toBe(200);
    const mail = await t.db
      .selectFrom('outbox')
      .select(['subject', 'html_body'])
      .where('recipient', '=', buyer)
      .where('subject', 'like', 'Order %')
      .where('subject', 'like', '%cancelled%')
      .executeTakeFirstOrThrow();
    expect(mail.html_body).toContain('border-top:4px solid #0f766e');
    expect(mail.html_body).toContain('background:#0f766e;color:#ffffff');
    expect(mail.html_body).toContain('Attestia — qualified eIDAS');
    expect(mail.html_body?.match(/CERTINOMIS/g)).toHaveLength(1);
  });
});
