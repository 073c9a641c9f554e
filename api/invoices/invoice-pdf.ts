import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { formatIban } from '../../machines/rules/bank.ts';
import { drawableText } from '../documents/pdf-text.ts';
import { type CreditNoteDocument, isCreditNote } from './credit-note.ts';
import type { InvoiceDocument } from './invoice.ts';

const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const money = (cents: number) => eur.format(cents / 100).replace(/\u202f/g, ' ');
const dateFr = (iso: string) => iso.split('-').reverse().join('/');

/** The invoice or credit note as a PDF document (pdf-lib: same output on Node and Workers). */
export async function invoicePdfDocument(
  invoice: InvoiceDocument | CreditNoteDocument,
): Promise<PDFDocument> {
  const credit = isCreditNote(invoice) ? invoice : null;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${credit ? 'Avoir' : 'Facture'} ${invoice.number}`);
  pdf.setAuthor(invoice.seller.name);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]);
  const ink = rgb(0.12, 0.16, 0.2);
  let y = 790;
  // Buyers' names and addresses may hold characters Helvetica cannot encode (see drawableText).
  const text = (value: string, x: number, size = 10, font = regular) => {
    page.drawText(drawableText(font, value), { x, y, size, font, color: ink });
  };
  const right = (raw: string, xRight: number, size = 10, font = regular) => {
    const value = drawableText(font, raw);
    page.drawText(value, {
      x: xRight - font.widthOfTextAtSize(value, size),
      y,
      size,
      font,
      color: ink,
    });
  };

  text(invoice.seller.name, 50, 14, bold);
  right(`${credit ? 'AVOIR' : 'FACTURE'} ${invoice.number}`, 545, 14, bold);
  y -= 16;
  text(`${invoice.seller.address}, ${invoice.seller.postalCode} ${invoice.seller.city}`, 50);
  right(`Date : ${dateFr(invoice.issueDate)}`, 545);
  y -= 14;
  text(`SIREN ${invoice.seller.legalId} — TVA ${invoice.seller.vatNumber ?? ''}`, 50, 9);
  right(`Commande : ${invoice.orderReference}`, 545);
  if (credit) {
    y -= 14;
    right(
      `Sur facture ${credit.precedingInvoice.number} du ${dateFr(credit.precedingInvoice.issueDate)}`,
      545,
    );
    y -= 14;
    text(`Motif : ${credit.reason}`, 50, 9);
  }
  y -= 40;
  text('Facturé à', 330, 10, bold);
  y -= 14;
  for (const line of [
    invoice.buyer.name,
    invoice.buyer.address,
    `${invoice.buyer.postalCode} ${invoice.buyer.city}`,
    `SIRET ${invoice.buyer.legalId}${invoice.buyer.vatNumber ? ` — TVA ${invoice.buyer.vatNumber}` : ''}`,
  ]) {
    text(line, 330, 10);
    y -= 14;
  }
  if (invoice.chorus) {
    text(
      `Chorus Pro — SIRET ${invoice.chorus.siret}, code service ${invoice.chorus.serviceCode}`,
      330,
      9,
    );
    y -= 12;
    text(`Numéro d’engagement ${invoice.chorus.engagementNumber}`, 330, 9);
    y -= 12;
  }
  y -= 24;
  text('Désignation', 50, 10, bold);
  right('Qté', 360, 10, bold);
  right('PU HT', 430, 10, bold);
  right('TVA', 480, 10, bold);
  right('Total HT', 545, 10, bold);
  y -= 6;
  page.drawLine({ start: { x: 50, y }, end: { x: 545, y }, thickness: 0.5, color: ink });
  y -= 14;
  for (const line of invoice.lines) {
    text(`${line.label} (${line.code})`, 50);
    right(String(line.quantity), 360);
    right(money(line.unitPrice), 430);
    right(`${line.vatRate} %`, 480);
    right(money(line.netAmount), 545);
    y -= 16;
  }
  y -= 10;
  const totals: [string, number][] = [
    ['Total HT', invoice.totals.taxBasisTotal],
    ...invoice.vatBreakdown.map(
      (b) => [`TVA ${b.rate} % sur ${money(b.taxableAmount)}`, b.taxAmount] as [string, number],
    ),
    ['Total TTC', invoice.totals.grandTotal],
    [credit ? 'Net à rembourser ou déduire' : 'Net à payer', invoice.totals.duePayable],
  ];
  for (const [label, value] of totals) {
    right(label, 450, 10, label.startsWith('Net') ? bold : regular);
    right(money(value), 545, 10, label.startsWith('Net') ? bold : regular);
    y -= 15;
  }
  y -= 20;
  text('Conditions de paiement', 50, 10, bold);
  y -= 14;
  text(invoice.paymentTerms, 50, 9);
  y -= 12;
  text(`Échéance : ${dateFr(invoice.dueDate)}`, 50, 9);
  if (invoice.iban) {
    y -= 12;
    text(
      `IBAN ${formatIban(invoice.iban)} — référence à indiquer : ${invoice.orderReference}`,
      50,
      9,
    );
  }
  y -= 12;
  text(
    'Pas d’escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
    50,
    8,
  );
  return pdf;
}

/** The invoice as a plain PDF for the buyer. */
export async function renderInvoicePdf(
  invoice: InvoiceDocument | CreditNoteDocument,
): Promise<Uint8Array> {
  return (await invoicePdfDocument(invoice)).save();
}
