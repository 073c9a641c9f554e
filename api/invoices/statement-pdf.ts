import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { PartnerStatement } from '../../machines/contract.ts';
import { drawableText } from '../documents/pdf-text.ts';

const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const money = (cents: number) => eur.format(cents / 100).replace(/[\u202f\u00a0]/g, ' ');
const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** A reseller's monthly sales statement as a PDF (pdf-lib: the same on Node and Workers). */
export async function renderStatementPdf(statement: PartnerStatement): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [year, month] = statement.month.split('-');
  const title = `Relevé des ventes — ${monthNames[Number(month) - 1]} ${year}`;
  pdf.setTitle(`${title} — ${statement.partner.name}`);
  pdf.setAuthor('CERTINOMIS');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.12, 0.16, 0.2);
  let page: PDFPage = pdf.addPage([595.28, 841.89]);
  let y = 790;
  const text = (value: string, x: number, size = 9, font: PDFFont = regular) => {
    page.drawText(drawableText(font, value), { x, y, size, font, color: ink });
  };
  const right = (raw: string, xRight: number, size = 9, font: PDFFont = regular) => {
    const value = drawableText(font, raw);
    page.drawText(value, {
      x: xRight - font.widthOfTextAtSize(value, size),
      y,
      size,
      font,
      color: ink,
    });
  };
  const line = () => {
    y -= 13;
    if (y < 60) {
      page = pdf.addPage([595.28, 841.89]);
      y = 790;
    }
  };

  text(title, 50, 14, bold);
  line();
  line();
  text(`${statement.partner.name} (${statement.partner.slug})`, 50, 10);
  right(statement.livemode ? 'Production' : 'Mode test', 545, 10);
  line();
  line();
  text('Commandes', 50, 11, bold);
  line();
  text('Référence', 50, 9, bold);
  text('Date', 130, 9, bold);
  text('Organisation', 195, 9, bold);
  text('Produit', 345, 9, bold);
  right('Qté', 440, 9, bold);
  right('HT', 490, 9, bold);
  right('TTC', 545, 9, bold);
  line();
  for (const order of statement.orders) {
    text(order.reference, 50);
    text(order.createdAt.slice(0, 10).split('-').reverse().join('/'), 130);
    text(order.organisation.slice(0, 30), 195);
    text(order.productCode, 345);
    right(String(order.quantity), 440);
    right(money(order.totals.ht), 490);
    right(money(order.totals.ttc), 545);
    line();
  }
  if (statement.orders.length === 0) {
    text('Aucune vente ce mois-ci.', 50);
    line();
  }
  line();
  text('Totaux par produit', 50, 11, bold);
  line();
  for (const product of statement.byProduct) {
    text(product.productCode, 50);
    right(`${product.orders} commande(s), ${product.quantity} certificat(s)`, 380);
    right(money(product.ht), 490);
    right(money(product.ttc), 545);
    line();
  }
  line();
  text('Total du mois', 50, 10, bold);
  right(`HT ${money(statement.totals.ht)}`, 400, 10, bold);
  right(`TTC ${money(statement.totals.ttc)}`, 545, 10, bold);
  return pdf.save();
}
