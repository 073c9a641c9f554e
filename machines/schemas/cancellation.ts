/**
 * Cancelling an order (or some of its certificates) before issuance, its credit notes and
 * refunds: the back office's requests and the API's answers, and the buyer's list of
 * invoices and credit notes. Amounts are integer cents.
 */
import * as v from 'valibot';
import { orderCancelledSchema } from './dossier.ts';
import { uuidSchema } from './params.ts';
import { requiredText } from './text.ts';

/** `POST /v1/admin/orders/{reference}/cancellation`: why, and which dossiers (default: all open). */
export const cancellationRequestSchema = v.object({
  ...orderCancelledSchema.entries,
  dossierIds: v.optional(
    v.pipe(
      v.array(uuidSchema, 'validation.type'),
      v.minLength(1, 'validation.required'),
      v.maxLength(100, 'validation.too_long'),
      v.check((ids) => new Set(ids).size === ids.length, 'validation.type'),
    ),
  ),
});
export type CancellationRequest = v.InferOutput<typeof cancellationRequestSchema>;

/** `POST /v1/admin/refunds/{id}`: the refund was paid back (its transfer or cheque reference). */
export const refundRecordedSchema = v.object({ reference: requiredText(80) });
export type RefundRecorded = v.InferOutput<typeof refundRecordedSchema>;

export const BILLING_DOCUMENT_KINDS = ['invoice', 'credit_note'] as const;
export type BillingDocumentKind = (typeof BILLING_DOCUMENT_KINDS)[number];

/** The answer to a cancellation. */
export interface CancellationResponse {
  reference: string;
  dossierIds: string[];
  creditNote: { number: string; grandTotal: number } | null;
  refund: { id: string; amount: number; method: 'transfer' | 'cheque' | 'mandate' } | null;
}

/** One row of `GET /v1/me/billing-documents`: an invoice or a credit note, with its files. */
export interface BillingDocument {
  kind: BillingDocumentKind;
  number: string;
  issueDate: string;
  orderReference: string;
  /** TTC, cents. */
  grandTotal: number;
  /** The invoice a credit note corrects; null for an invoice. */
  invoiceNumber: string | null;
  /** Factur-X PDF and CII XML, relative to the API. */
  pdf: string;
  xml: string;
}

/** A credit note of an order as the back office lists it, with its refund if any. */
export interface AdminCreditNote {
  number: string;
  issueDate: string;
  reason: string;
  grandTotal: number;
  dossierIds: string[];
  refund: {
    id: string;
    amount: number;
    method: 'transfer' | 'cheque' | 'mandate';
    refundedAt: string | null;
    reference: string | null;
  } | null;
}
