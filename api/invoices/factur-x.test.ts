import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ciiValues, expectCiiSums } from '../testing/cii-sums.ts';
import { invoiceToCii } from './cii.ts';
import { creditedLines, creditNoteDocument } from './credit-note.ts';
import { readFacturXml, renderFacturX } from './factur-x.ts';
import type { InvoiceDocument } from './invoice.ts';

const party = {
  address: '1 rue de la Paix',
  postalCode: '75002',
  city: 'Paris',
  country: 'FR',
  vatNumber: 'FR00123456789',
};
/** Three certificates with readers and Express: 3 × 14 400 + 3 × 2 900 + 3 × 1 995 (cents HT). */
const invoice: InvoiceDocument = {
  number: 'FA2026-000042',
  issueDate: '2026-11-30',
  dueDate: '2026-11-30',
  currency: 'EUR',
  orderReference: 'BD1764000042',
  seller: { ...party, name: 'CERTINOMIS', legalId: '433998903' },
  buyer: { ...party, name: 'Molière & Cie', legalId: '81234567600017' },
  lines: [
    {
      id: '1',
      code: 'OPE-AES-CAP-1A',
      label: 'Certificat',
      quantity: 3,
      unitPrice: 14_400,
      netAmount: 43_200,
      vatRate: 20,
    },
    {
      id: '2',
      code: 'USB',
      label: 'Lecteur',
      quantity: 3,
      unitPrice: 2_900,
      netAmount: 8_700,
      vatRate: 20,
    },
    {
      id: '3',
      code: 'EXP',
      label: 'Express',
      quantity: 3,
      unitPrice: 1_995,
      netAmount: 5_985,
      vatRate: 20,
    },
  ],
  vatBreakdown: [{ rate: 20, taxableAmount: 57_885, taxAmount: 11_577 }],
  totals: {
    lineTotal: 57_885,
    taxBasisTotal: 57_885,
    taxTotal: 11_577,
    grandTotal: 69_462,
    duePayable: 69_462,
  },
  paymentMeans: 'transfer',
  paymentTerms: 'Virement à la commande.',
  iban: 'FR7630006000011234567890189',
  chorus: null,
};

describe('Factur-X', () => {
  it('carries the invoice’s CII XML as an associated file, with PDF/A-3 and Factur-X metadata', async () => {
    const bytes = await renderFacturX(invoice);
    const xml = await readFacturXml(bytes);
    expect(xml).toBe(invoiceToCii(invoice));
    expect(ciiValues(xml ?? '', 'TypeCode')[0]).toBe('380');
    expect(expectCiiSums(xml ?? '').grand).toBe(69_462);

    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Facture FA2026-000042');
    const af = pdf.catalog.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict);
    expect(af.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Alternative'));
    const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode((metadata as PDFRawStream).contents);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    // The same document always gives the same file.
    expect(Buffer.from(await renderFacturX(invoice)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a PDF without the XML has none to read', async () => {
    const plain = await (await PDFDocument.create()).save();
    expect(await readFacturXml(plain)).toBeNull();
  });
});

describe('credit note lines', () => {
  it('credits each cancelled certificate’s share, and all that is left with the last', () => {
    const first = creditedLines(invoice, [], 1, 3);
    expect(first.map((l) => [l.quantity, l.netAmount])).toEqual([
      [1, 14_400],
      [1, 2_900],
      [1, 1_995],
    ]);
    const note = creditNoteDocument({
      number: 'AV2026-000001',
      issuedAt: new Date('2026-12-01T10:00:00Z'),
      invoice,
      lines: first,
      reason: 'Agent parti',
      certificates: 1,
      refund: true,
    });
    // 19 295 × 20 % = 3 859: BR-CO-17 on the credit note's own base.
    expect(note.totals).toEqual({
      lineTotal: 19_295,
      taxBasisTotal: 19_295,
      taxTotal: 3_859,
      grandTotal: 23_154,
      duePayable: 23_154,
    });
    expect(note.iban).toBeNull();
    expect(note.precedingInvoice).toEqual({ number: 'FA2026-000042', issueDate: '2026-11-30' });
    const xml = invoiceToCii(note);
    expect(ciiValues(xml, 'TypeCode')[0]).toBe('381');
    expectCiiSums(xml);

    const rest = creditedLines(invoice, [note], 2, 2);
    expect(rest.map((l) => l.quantity)).toEqual([2, 2, 2]);
    const total = [...first, ...rest].reduce((sum, l) => sum + l.netAmount, 0);
    expect(total).toBe(invoice.totals.lineTotal);
    expect(() => creditedLines(invoice, [], 3, 2)).toThrow(RangeError);
  });
});
