import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { BillingDocument } from '../../machines/schemas/cancellation.ts';
import { orderReferenceSchema } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { type AuthEnv, partnerScopeOf, requireAccount } from '../http/auth.ts';
import { pathParam } from '../http/params.ts';
import { notFound } from '../http/problem.ts';
import { invoiceToCii } from '../invoices/cii.ts';
import type { CreditNoteDocument } from '../invoices/credit-note.ts';
import { renderFacturX } from '../invoices/factur-x.ts';
import type { InvoiceDocument } from '../invoices/invoice.ts';

/** `AV2026-000001.pdf`, `TEST-AV2026-000001.xml`. */
export const creditNoteFileSchema = v.pipe(
  v.string(),
  v.regex(/^(?:TEST-)?AV\d{4}-\d{6}\.(?:pdf|xml)$/, 'validation.type'),
);

const download = (body: BodyInit, type: string, filename: string) =>
  new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });

/**
 * `GET /v1/orders/{reference}/credit-notes/{number}.pdf` (Factur-X) and `.xml` (CII, type
 * 381): for the buyer who placed the order and for operators, like the invoice.
 */
export function creditNoteRoutes(deps: { db: Kysely<Database>; now: () => Date }) {
  const app = new Hono<AuthEnv>();
  app.use('/:reference/credit-notes/*', requireAccount(deps));

  app.get('/:reference/credit-notes/:file', async (c: Context<AuthEnv>) => {
    const reference = pathParam(c, 'reference', orderReferenceSchema);
    const file = pathParam(c, 'file', creditNoteFileSchema);
    const number = file.slice(0, -4);
    const account = c.get('account');
    let query = deps.db
      .selectFrom('credit_notes')
      .innerJoin('orders', 'orders.id', 'credit_notes.order_id')
      .select(['credit_notes.document'])
      .where('orders.reference', '=', reference)
      .where('credit_notes.number', '=', number);
    if (account.role !== 'operator') {
      query = query.where('orders.email', '=', account.email);
      const scope = partnerScopeOf(c);
      if (scope) query = query.where('orders.partner_id', '=', scope);
    }
    const row = await query.executeTakeFirst();
    if (!row) throw notFound(`/v1/orders/${reference}/credit-notes/${file}`);
    const note = row.document as CreditNoteDocument;
    return file.endsWith('.pdf')
      ? download(
          (await renderFacturX(note)) as Uint8Array<ArrayBuffer>,
          'application/pdf',
          `avoir-${note.number}.pdf`,
        )
      : download(invoiceToCii(note), 'application/xml; charset=utf-8', `avoir-${note.number}.xml`);
  });
  return app;
}

/**
 * The buyer's invoices and credit notes, newest first, each credit note beside its invoice
 * (`GET /v1/me/billing-documents`): only orders of the session's e-mail (and partner).
 */
export async function listBillingDocuments(
  db: Kysely<Database>,
  email: string,
  partnerId: string | null,
): Promise<BillingDocument[]> {
  let invoices = db
    .selectFrom('invoices')
    .innerJoin('orders', 'orders.id', 'invoices.order_id')
    .select(['invoices.id', 'invoices.document', 'orders.reference', 'orders.created_at'])
    .where('orders.email', '=', email);
  if (partnerId) invoices = invoices.where('orders.partner_id', '=', partnerId);
  const rows = await invoices.orderBy('orders.created_at', 'desc').limit(200).execute();
  if (rows.length === 0) return [];
  const notes = await db
    .selectFrom('credit_notes')
    .select(['invoice_id', 'document'])
    .where(
      'invoice_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('sequence')
    .execute();
  const path = (reference: string) => `/v1/orders/${reference}`;
  return rows.flatMap((row) => {
    const invoice = row.document as InvoiceDocument;
    return [
      {
        kind: 'invoice' as const,
        number: invoice.number,
        issueDate: invoice.issueDate,
        orderReference: row.reference,
        grandTotal: invoice.totals.grandTotal,
        invoiceNumber: null,
        pdf: `${path(row.reference)}/invoice.pdf`,
        xml: `${path(row.reference)}/invoice.xml`,
      },
      ...notes
        .filter((n) => n.invoice_id === row.id)
        .map((n) => {
          const note = n.document as CreditNoteDocument;
          return {
            kind: 'credit_note' as const,
            number: note.number,
            issueDate: note.issueDate,
            orderReference: row.reference,
            grandTotal: note.totals.grandTotal,
            invoiceNumber: note.precedingInvoice.number,
            pdf: `${path(row.reference)}/credit-notes/${note.number}.pdf`,
            xml: `${path(row.reference)}/credit-notes/${note.number}.xml`,
          };
        }),
    ];
  });
}
