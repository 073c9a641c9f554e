import type { Transaction } from 'kysely';
import { vatAmount } from '../../machines/rules/vat.ts';
import type { Database } from '../db/database.ts';
import type { InvoiceDocument, InvoiceLine } from './invoice.ts';

/**
 * A credit note (avoir, EN 16931 type 381) as issued, kept frozen in
 * `credit_notes.document`: the invoice's parties and payment fields (Chorus
 * fields included), the lines it credits, and the invoice it corrects
 * (BT-25 number, BT-26 date). Amounts positive, in cents.
 */
export interface CreditNoteDocument extends InvoiceDocument {
  kind: 'credit_note';
  precedingInvoice: { number: string; issueDate: string };
  reason: string;
  /** How many of the order's certificates this credit note cancels. */
  certificates: number;
}

/** True for a credit note's document (an invoice's has no `kind`). */
export function isCreditNote(
  document: InvoiceDocument | CreditNoteDocument,
): document is CreditNoteDocument {
  return (document as Partial<CreditNoteDocument>).kind === 'credit_note';
}

/**
 * The lines to credit when `cancelling` of the order's `active` (not yet
 * cancelled) certificates are cancelled: each invoice line's share of what
 * previous credit notes have not credited yet — all of it for the last ones,
 * so the invoice and its credit notes always net to the invoice's lines.
 */
export function creditedLines(
  invoice: InvoiceDocument,
  previous: readonly CreditNoteDocument[],
  cancelling: number,
  active: number,
): InvoiceLine[] {
  if (!Number.isSafeInteger(cancelling) || cancelling < 1 || cancelling > active) {
    throw new RangeError(`creditedLines: cannot cancel ${cancelling} of ${active}`);
  }
  const lines: InvoiceLine[] = [];
  for (const line of invoice.lines) {
    const credited = previous
      .flatMap((note) => note.lines)
      .filter((l) => l.id === line.id)
      .reduce((sum, l) => sum + l.quantity, 0);
    const remaining = line.quantity - credited;
    const units = cancelling === active ? remaining : Math.floor((remaining * cancelling) / active);
    if (units <= 0) continue;
    lines.push({ ...line, quantity: units, netAmount: units * line.unitPrice });
  }
  return lines;
}

/** VAT per rate of `lines` (highest rate first), each rounded half-up as for invoices (BR-CO-17). */
function vatBreakdownOf(lines: readonly InvoiceLine[]): InvoiceDocument['vatBreakdown'] {
  const bases = new Map<number, number>();
  for (const line of lines)
    bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + line.netAmount);
  return [...bases.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, taxableAmount]) => ({
      rate,
      taxableAmount,
      taxAmount: vatAmount(taxableAmount, Math.round(rate * 100)),
    }));
}

/** The credit note's document, before numbering (pure: tested without a database). */
export function creditNoteDocument(input: {
  number: string;
  issuedAt: Date;
  invoice: InvoiceDocument;
  lines: InvoiceLine[];
  reason: string;
  certificates: number;
  /** A payment already received is paid back (the credit note says how). */
  refund: boolean;
}): CreditNoteDocument {
  const { invoice } = input;
  const vatBreakdown = vatBreakdownOf(input.lines);
  const lineTotal = input.lines.reduce((sum, line) => sum + line.netAmount, 0);
  const taxTotal = vatBreakdown.reduce((sum, b) => sum + b.taxAmount, 0);
  const issueDate = input.issuedAt.toISOString().slice(0, 10);
  const invoiceRef = `facture ${invoice.number} du ${invoice.issueDate.split('-').reverse().join('/')}`;
  return {
    ...invoice,
    kind: 'credit_note',
    number: input.number,
    issueDate,
    dueDate: issueDate,
    lines: input.lines,
    vatBreakdown,
    totals: {
      lineTotal,
      taxBasisTotal: lineTotal,
      taxTotal,
      grandTotal: lineTotal + taxTotal,
      duePayable: lineTotal + taxTotal,
    },
    paymentTerms: input.refund
      ? `Avoir sur la ${invoiceRef} : le montant payé est remboursé (${invoice.paymentMeans === 'cheque' ? 'par virement ou chèque' : 'par virement'}).`
      : invoice.chorus
        ? `Avoir sur la ${invoiceRef}, déposé sur Chorus Pro : à déduire du montant du mandat.`
        : `Avoir sur la ${invoiceRef} : vient en déduction du montant à payer.`,
    // The seller's account is the payee of an invoice, not of a credit note.
    iban: null,
    precedingInvoice: { number: invoice.number, issueDate: invoice.issueDate },
    reason: input.reason,
    certificates: input.certificates,
  };
}

/**
 * Issues a credit note in the cancellation's transaction: the next number of
 * its own series (`credit_note_counter`, row 1 legal AV…, row 2 TEST-AV… for
 * test orders), locked by the update and rolled back with the cancellation
 * (no gaps), and the frozen row.
 */
export async function issueCreditNote(
  trx: Transaction<Database>,
  input: {
    orderId: string;
    invoiceId: string;
    invoice: InvoiceDocument;
    previous: readonly CreditNoteDocument[];
    dossierIds: readonly string[];
    /** Certificates of the order not cancelled before this one (those cancelled now included). */
    active: number;
    reason: string;
    issuedAt: Date;
    livemode: boolean;
    refund: boolean;
  },
): Promise<{ id: string; document: CreditNoteDocument }> {
  const lines = creditedLines(input.invoice, input.previous, input.dossierIds.length, input.active);
  const { last } = await trx
    .updateTable('credit_note_counter')
    .set((eb) => ({ last: eb('last', '+', 1) }))
    .where('id', '=', input.livemode ? 1 : 2)
    .returning('last')
    .executeTakeFirstOrThrow();
  const year = input.issuedAt.getUTCFullYear();
  const number = `${input.livemode ? '' : 'TEST-'}AV${year}-${String(last).padStart(6, '0')}`;
  const document = creditNoteDocument({
    number,
    issuedAt: input.issuedAt,
    invoice: input.invoice,
    lines,
    reason: input.reason,
    certificates: input.dossierIds.length,
    refund: input.refund,
  });
  const { id } = await trx
    .insertInto('credit_notes')
    .values({
      order_id: input.orderId,
      invoice_id: input.invoiceId,
      livemode: input.livemode,
      sequence: last,
      number,
      issued_at: input.issuedAt,
      reason: input.reason,
      dossier_ids: JSON.stringify(input.dossierIds),
      document: JSON.stringify(document),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, document };
}
