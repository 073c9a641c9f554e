import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { Signer } from '../../machines/contract.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { requiredSigners, signerPerson } from '../../machines/dossier/signers.ts';
import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { Person } from '../../machines/schemas/dossier.ts';
import { defaultBranding } from '../../machines/schemas/partner.ts';
import { dossierPdfTexts } from './dossier-pdf-texts.ts';
import { drawableText } from './pdf-text.ts';

export interface DossierPdfInput {
  dossierId: string;
  position: number;
  quantity: number;
  productLabel: string;
  orderDate: Date;
  context: DossierContext;
  /** The buyer's language (the order's, as its e-mails). */
  locale: Locale;
  /** The seller the buyer knows: a white-label reseller's display name, else CERTINOMIS. */
  sellerName: string;
  /** Where to post the signed dossier (the seller's address). */
  postTo: { name: string; address: string; postalCode: string; city: string };
  generatedAt: Date;
}

const margin = 50;
/** The one date formatting of the document: its language, the organisation's calendar. */
const formatDate = (d: Date, input: Pick<DossierPdfInput, 'locale' | 'context'>) =>
  formatInZone(d, input.locale, dossierTimeZone(input.context), 'longDay');

/**
 * The dossier to print, sign by hand and post: every entered field, the
 * order reference, a signature box per signer (the bénéficiaire signs too when another
 * person than the mandataire) and the postal address, in the buyer's language, in the name of
 * the seller they know (CERTINOMIS named as the certification authority). pdf-lib (pure JS)
 * so it is generated alike on Node and Workers; the standard Helvetica font
 * covers French (WinAnsi).
 */
export async function renderDossierPdf(input: DossierPdfInput): Promise<Uint8Array> {
  const t = dossierPdfTexts[input.locale];
  const pdf = await PDFDocument.create();
  pdf.setTitle(t.title(input.context.orderReference));
  pdf.setAuthor(input.sellerName);
  pdf.setSubject(input.productLabel);
  pdf.setCreationDate(input.generatedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595.28, 841.89]);
  let y = page.getHeight() - margin;

  const ensure = (height: number) => {
    if (y - height < margin) {
      page = pdf.addPage([595.28, 841.89]);
      y = page.getHeight() - margin;
    }
  };
  const text = (value: string, font: PDFFont, size: number, x = margin) => {
    for (const line of wrap(value, font, size, page.getWidth() - x - margin)) {
      ensure(size + 4);
      page.drawText(line, { x, y: y - size, size, font, color: rgb(0.12, 0.16, 0.2) });
      y -= size + 4;
    }
  };
  const heading = (value: string) => {
    y -= 8;
    ensure(30);
    text(value, bold, 12);
    page.drawLine({
      start: { x: margin, y: y + 1 },
      end: { x: page.getWidth() - margin, y: y + 1 },
      thickness: 0.5,
      color: rgb(0.6, 0.65, 0.7),
    });
    y -= 4;
  };
  const field = (label: string, value: string | null | undefined) => {
    ensure(16);
    page.drawText(drawableText(bold, `${label}${t.sep}`), {
      x: margin,
      y: y - 10,
      size: 10,
      font: bold,
    });
    const start = y;
    for (const line of wrap(value?.trim() || '—', regular, 10, page.getWidth() - margin - 200)) {
      ensure(14);
      page.drawText(line, { x: 200, y: y - 10, size: 10, font: regular });
      y -= 14;
    }
    if (y === start) y -= 14;
  };
  const person = (p: Person | null) => {
    if (!p) return field(t.person, null);
    field(t.civilityLabel, t.civility[p.civility === 'MME' ? 'MME' : 'MR']);
    field(t.firstName, p.firstName);
    field(t.lastName, p.lastName);
    field(t.function, p.function);
    field(t.email, p.email);
    field(t.mobile, p.mobile);
  };

  const { context } = input;
  text(t.heading(input.sellerName), bold, 16);
  // A reseller sells CERTINOMIS's certificates: the issuer is named as the law requires.
  if (input.sellerName !== defaultBranding.displayName) text(t.authority, regular, 9);
  text(
    t.order(input.productLabel, context.orderReference, formatDate(input.orderDate, input)),
    regular,
    11,
  );
  text(t.position(input.position, input.quantity, input.dossierId), regular, 9);

  heading(t.organisation);
  const org = context.organisation;
  field(t.legalName, org?.name);
  field('SIRET', org?.siret);
  field(t.address, org ? `${org.address}, ${org.postalCode} ${org.city}` : null);
  heading(t.mandataire);
  text(t.mandataireExplained, regular, 9);
  person(context.mandataire);
  heading(t.beneficiaire);
  const beneficiaire = context.beneficiaire;
  if (beneficiaire?.sameAsMandataire) text(t.beneficiaireIsMandataire, regular, 10);
  else person(beneficiaire && !beneficiaire.sameAsMandataire ? beneficiaire.person : null);
  text(t.namesAsOnId, regular, 9);
  heading(t.delivery);
  field(t.deliveredTo, context.delivery ? t.recipient[context.delivery.recipient] : null);
  field(t.deliveryMode, context.delivery ? t.modes[context.delivery.mode] : null);
  heading(t.identity);
  field(t.method, context.identity ? t.identityMethods[context.identity.method] : null);
  heading(t.signature);
  text(t.certify, regular, 10);
  field(t.madeAt, ' ');
  field(t.on, ' ');
  // A box per signer (the mandataire, and the bénéficiaire when another person), then the stamp.
  const box = (x: number, width: number, title: string, name: string | null) => {
    page.drawRectangle({
      x,
      y: y - 90,
      width,
      height: 90,
      borderColor: rgb(0.2, 0.2, 0.2),
      borderWidth: 1,
    });
    page.drawText(drawableText(bold, title), { x: x + 6, y: y - 14, size: 9, font: bold });
    if (name) {
      const line = wrap(name, regular, 9, width - 12)[0] ?? '';
      page.drawText(line, { x: x + 6, y: y - 26, size: 9, font: regular });
    }
  };
  const signers = requiredSigners(context);
  const nameOf = (signer: Signer) => {
    const p = signerPerson(context, signer);
    return p ? `${p.firstName} ${p.lastName}` : null;
  };
  ensure(110);
  y -= 6;
  if (signers.length > 1) {
    box(margin, 240, t.signatureOf.mandataire, nameOf('mandataire'));
    box(margin + 255, 240, t.signatureOf.beneficiaire, nameOf('beneficiaire'));
    y -= 104;
    ensure(104);
    box(margin, 240, t.stamp, null);
  } else {
    box(margin, 260, t.signatureOf.mandataire, nameOf('mandataire'));
    box(margin + 275, 220, t.stamp, null);
  }
  y -= 104;
  heading(t.sending);
  // The ID already uploaded online is not asked for again on paper.
  text(t.sendTo(!context.documentUploaded), regular, 10);
  for (const line of [
    input.postTo.name,
    input.postTo.address,
    `${input.postTo.postalCode} ${input.postTo.city}`,
  ]) {
    text(line, bold, 11, margin + 20);
  }
  if (context.documentUploaded) text(t.idProvided, regular, 10);
  text(t.recall(context.orderReference), regular, 10);
  drawFooter(pdf.getPages(), regular, input);
  return pdf.save();
}

function drawFooter(pages: PDFPage[], font: PDFFont, input: DossierPdfInput) {
  pages.forEach((page, index) => {
    page.drawText(
      drawableText(
        font,
        dossierPdfTexts[input.locale].footer(
          input.context.orderReference,
          index + 1,
          pages.length,
          formatDate(input.generatedAt, input),
        ),
      ),
      { x: margin, y: 24, size: 8, font, color: rgb(0.4, 0.45, 0.5) },
    );
  });
}

/** Greedy word wrap to `width` points, of the text as the font can draw it (`drawableText`). */
function wrap(value: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.split('\n').map((text) => drawableText(font, text))) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}
