import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { atSignature } from '../../machines/dossier/test-snapshots.ts';
import { renderDossierPdf } from './dossier-pdf.ts';

// WinAnsi is Latin-1 but for 0x80–0x9F: map back the punctuation the texts use (’ — – … “ ” €).
const winAnsiExtras: Record<number, string> = {
  128: '€',
  133: '…',
  146: '’',
  147: '“',
  148: '”',
  150: '–',
  151: '—',
};
const winAnsi = {
  decode: (bytes: Uint8Array) =>
    [...bytes].map((b) => winAnsiExtras[b] ?? String.fromCharCode(b)).join(''),
};

/** The text drawn on the pages (pdf-lib writes Helvetica text as `<hex> Tj`, WinAnsi bytes). */
async function drawnText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
      lines.push(winAnsi.decode(Buffer.from(hex ?? '', 'hex')));
    }
  }
  return lines.join('\n');
}

const render = (
  sameAsMandataire: boolean,
  options: {
    locale?: 'fr' | 'en';
    sellerName?: string;
    identity?: 'online' | 'face_to_face';
  } = {},
) =>
  renderDossierPdf({
    dossierId: 'd1',
    position: 1,
    quantity: 1,
    productLabel: 'Certificat Décideur - 3 ans',
    orderDate: new Date('2025-01-06T09:00:00Z'),
    context: atSignature({
      identity: options.identity ?? 'face_to_face',
      delivery: 'post_office',
      sameAsMandataire,
    }).context,
    locale: options.locale ?? 'fr',
    sellerName: options.sellerName ?? 'CERTINOMIS',
    postTo: { name: 'CERTINOMIS', address: '1 rue X', postalCode: '75001', city: 'Paris' },
    generatedAt: new Date('2025-01-06T09:30:00Z'),
  });

describe('the dossier PDF to sign by hand', () => {
  it('has a signature block for each signer when the bénéficiaire is another person', async () => {
    const text = await drawnText(await render(false));
    expect(text).toContain('Signature du mandataire');
    expect(text).toContain('Signature du bénéficiaire');
    expect(text).toMatch(/Signature du mandataire\nJean-Baptiste POQUELIN/);
    expect(text).toMatch(/Signature du bénéficiaire\nArmande BEJART/);
    expect(text).toContain('Cachet de l');
    expect(text).toContain('CERTINOMIS — Dossier de demande de certificat');
    expect(text).not.toContain('Autorité de certification');
  });

  it('has the mandataire’s block alone when the bénéficiaire is the mandataire', async () => {
    const text = await drawnText(await render(true));
    expect(text).toContain('Signature du mandataire');
    expect(text).not.toContain('Signature du bénéficiaire');
  });

  it('is in English for an English-speaking reseller’s buyer, in the reseller’s name', async () => {
    const bytes = await render(false, { locale: 'en', sellerName: 'Signatures & Co' });
    const text = await drawnText(bytes);
    expect(text).toContain('Signatures & Co — Certificate application');
    expect(text).toContain('Certification authority: CERTINOMIS');
    expect(text).toContain('1. Organisation');
    expect(text).toContain('2. Authorising officer (mandataire)');
    expect(text).toContain('Signature of the holder');
    expect(text).toContain('Legal name:');
    expect(text).toContain('January 2025');
    expect(text).not.toMatch(/Dossier de demande|Raison sociale|Signature du|Envoyez/);
    expect((await PDFDocument.load(bytes)).getAuthor()).toBe('Signatures & Co');
  });

  it('asks for a copy of the ID only when none was uploaded online', async () => {
    const uploaded = await drawnText(await render(false, { locale: 'en', identity: 'online' }));
    expect(uploaded).not.toContain('copy of the holder’s identity document');
    expect(uploaded).toContain('The identity document uploaded online is enough');
    const onPaper = await drawnText(await render(false, { locale: 'en' }));
    expect(onPaper).toContain('copy of the holder’s identity document');
    const french = await drawnText(await render(false, { identity: 'online' }));
    expect(french).not.toContain('avec la copie de la pièce d’identité');
    expect(french).toContain('Envoyez ce dossier daté et signé à :');
  });
});
