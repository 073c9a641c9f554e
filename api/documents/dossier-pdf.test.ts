import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { atSignature } from '../../machines/dossier/test-snapshots.ts';
import { renderDossierPdf } from './dossier-pdf.ts';

/** The text drawn on the pages (pdf-lib writes Helvetica text as `<hex> Tj`, WinAnsi bytes). */
async function drawnText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
      lines.push(Buffer.from(hex ?? '', 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}

const render = (sameAsMandataire: boolean) =>
  renderDossierPdf({
    dossierId: 'd1',
    position: 1,
    quantity: 1,
    productLabel: 'Certificat Décideur - 3 ans',
    orderDate: new Date('2025-01-06T09:00:00Z'),
    context: atSignature({ identity: 'face_to_face', delivery: 'post_office', sameAsMandataire })
      .context,
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
  });

  it('has the mandataire’s block alone when the bénéficiaire is the mandataire', async () => {
    const text = await drawnText(await render(true));
    expect(text).toContain('Signature du mandataire');
    expect(text).not.toContain('Signature du bénéficiaire');
  });
});
