import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { Signer } from '../../machines/contract.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { requiredSigners, signerPerson } from '../../machines/dossier/signers.ts';
import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Person } from '../../machines/schemas/dossier.ts';
import { drawableText } from './pdf-text.ts';

export interface DossierPdfInput {
  dossierId: string;
  position: number;
  quantity: number;
  productLabel: string;
  orderDate: Date;
  context: DossierContext;
  /** Where to post the signed dossier (the seller's address). */
  postTo: { name: string; address: string; postalCode: string; city: string };
  generatedAt: Date;
}

const margin = 50;
const civility = (c: string) => (c === 'MME' ? 'Madame' : 'Monsieur');
/** A date as the organisation's calendar has it ("1 décembre 2026"). */
const dateFr = (d: Date, context: DossierContext) =>
  formatInZone(d, 'fr', dossierTimeZone(context), 'longDay');

/**
 * The dossier to print, sign by hand and post: every entered field, the
 * order reference, a signature box per signer (the bénéficiaire signs too when another
 * person than the mandataire) and the postal address. pdf-lib (pure JS)
 * so it is generated alike on Node and Workers; the standard Helvetica font
 * covers French (WinAnsi).
 */
export async function renderDossierPdf(input: DossierPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Dossier de demande de certificat ${input.context.orderReference}`);
  pdf.setAuthor('CERTINOMIS');
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
    page.drawText(`${label} :`, { x: margin, y: y - 10, size: 10, font: bold });
    const start = y;
    for (const line of wrap(value?.trim() || '—', regular, 10, page.getWidth() - margin - 200)) {
      ensure(14);
      page.drawText(line, { x: 200, y: y - 10, size: 10, font: regular });
      y -= 14;
    }
    if (y === start) y -= 14;
  };
  const person = (p: Person | null) => {
    if (!p) return field('Personne', null);
    field('Civilité', civility(p.civility));
    field('Prénom', p.firstName);
    field('Nom', p.lastName);
    field('Fonction', p.function);
    field('Courriel', p.email);
    field('Téléphone mobile', p.mobile);
  };

  const { context } = input;
  text('CERTINOMIS — Dossier de demande de certificat', bold, 16);
  text(
    `${input.productLabel} — commande ${context.orderReference} du ${dateFr(input.orderDate, context)}`,
    regular,
    11,
  );
  text(
    `Certificat ${input.position} sur ${input.quantity} — dossier ${input.dossierId}`,
    regular,
    9,
  );

  heading('1. Organisme');
  const org = context.organisation;
  field('Raison sociale', org?.name);
  field('SIRET', org?.siret);
  field('Adresse', org ? `${org.address}, ${org.postalCode} ${org.city}` : null);
  heading('2. Mandataire de certification');
  text(
    'Le mandataire est la personne qui autorise la demande de certificat et sa révocation.',
    regular,
    9,
  );
  person(context.mandataire);
  heading('3. Bénéficiaire du certificat');
  const beneficiaire = context.beneficiaire;
  if (beneficiaire?.sameAsMandataire) text('Le bénéficiaire est le mandataire.', regular, 10);
  else person(beneficiaire && !beneficiaire.sameAsMandataire ? beneficiaire.person : null);
  text('Nom et prénoms exactement comme sur la pièce d’identité.', regular, 9);
  heading('4. Remise du certificat');
  field(
    'Remis à',
    context.delivery
      ? context.delivery.recipient === 'mandataire'
        ? 'Le mandataire'
        : 'Le bénéficiaire'
      : null,
  );
  field(
    'Mode de remise',
    context.delivery
      ? context.delivery.mode === 'mail'
        ? 'Par courrier'
        : 'En bureau de poste'
      : null,
  );
  heading('5. Vérification de l’identité du bénéficiaire');
  field(
    'Méthode',
    context.identity
      ? context.identity.method === 'online'
        ? 'En ligne (pièce d’identité numérisée)'
        : 'En face à face dans un bureau de poste'
      : null,
  );
  heading('6. Signature');
  text(
    'Je certifie l’exactitude des informations ci-dessus et demande la délivrance du certificat.',
    regular,
    10,
  );
  field('Fait à', ' ');
  field('Le', ' ');
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
    page.drawText(title, { x: x + 6, y: y - 14, size: 9, font: bold });
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
    box(margin, 240, 'Signature du mandataire', nameOf('mandataire'));
    box(margin + 255, 240, 'Signature du bénéficiaire', nameOf('beneficiaire'));
    y -= 104;
    ensure(104);
    box(margin, 240, 'Cachet de l’organisme', null);
  } else {
    box(margin, 260, 'Signature du mandataire', nameOf('mandataire'));
    box(margin + 275, 220, 'Cachet de l’organisme', null);
  }
  y -= 104;
  heading('Envoi du dossier signé');
  text(
    'Envoyez ce dossier daté et signé, avec la copie de la pièce d’identité du bénéficiaire, à :',
    regular,
    10,
  );
  for (const line of [
    input.postTo.name,
    input.postTo.address,
    `${input.postTo.postalCode} ${input.postTo.city}`,
  ]) {
    text(line, bold, 11, margin + 20);
  }
  text(`Rappelez la référence ${context.orderReference} sur l’enveloppe.`, regular, 10);
  drawFooter(pdf.getPages(), regular, input);
  return pdf.save();
}

function drawFooter(pages: PDFPage[], font: PDFFont, input: DossierPdfInput) {
  pages.forEach((page, index) => {
    page.drawText(
      `${input.context.orderReference} — page ${index + 1}/${pages.length} — édité le ${dateFr(input.generatedAt, input.context)}`,
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
