import type { Kysely, Transaction } from 'kysely';
import { ISSUED_STATUSES } from '../../machines/contract.ts';
import { stampDossierEvent } from '../../machines/dossier/events.ts';
import { type Locale, type MessageKey, translate } from '../../machines/messages/index.ts';
import type { CancellationResponse } from '../../machines/schemas/cancellation.ts';
import type { Database } from '../db/database.ts';
import { emailBrandOf } from '../emails/brand.ts';
import { orderCancelledEmail } from '../emails/order-cancelled.ts';
import { notFound, ProblemError, validationProblem } from '../http/problem.ts';
import { type CreditNoteDocument, issueCreditNote } from '../invoices/credit-note.ts';
import type { InvoiceDocument } from '../invoices/invoice.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue.ts';
import { type Actor, applyEventInTransaction } from './dossiers.ts';

export type CancellationResult = CancellationResponse;

/**
 * Statuses whose certificate exists or existed: cancelling is refused (an issued certificate is
 * revoked instead; a revoked one was sold and used, so it gets no credit note either).
 */
const ISSUED = new Set<string>([...ISSUED_STATUSES, 'revoked']);
const CLOSED = new Set(['cancelled', 'refused']);

/**
 * Cancels certificates of an order before issuance, in the caller's transaction: each chosen
 * dossier (`dossierIds`; null: every one still open) receives `order.cancelled` through the
 * dossier machine (audited, status e-mail, `dossier.status_changed`); a certificate already
 * issued or a dossier already closed refuses the whole cancellation with 409 naming it. When
 * the order has an invoice, a credit note credits the cancelled certificates' share (all that
 * is left when nothing of the order remains); a payment already received becomes a refund to
 * pay back (up to what was paid). The buyer gets one e-mail, the partner `order.cancelled`.
 */
export async function cancelInTransaction(
  trx: Transaction<Database>,
  deps: { now: () => Date; clientSpaceUrl: string },
  input: {
    reference: string;
    dossierIds: readonly string[] | null;
    reason: string;
    actor: Actor;
    locale: Locale;
    /** For one dossier sent through its events route: its `If-Match` version. */
    expectedVersion?: number | null;
  },
): Promise<CancellationResult> {
  const now = deps.now();
  const { locale } = input;
  const order = await trx
    .selectFrom('orders')
    .innerJoin('payments', 'payments.order_id', 'orders.id')
    .leftJoin('partners', 'partners.id', 'orders.partner_id')
    .select([
      'orders.id',
      'orders.reference',
      'orders.email',
      'orders.locale',
      'orders.quantity',
      'orders.livemode',
      'orders.partner_id',
      'partners.client_space_url',
      'partners.branding',
      'payments.method',
      'payments.status as payment_status',
      'payments.amount_cents',
    ])
    .where('orders.reference', '=', input.reference.toUpperCase())
    // The payment row serialises cancellations with payments being recorded.
    .forUpdate('payments')
    .executeTakeFirst();
  if (!order) throw notFound(`/v1/admin/orders/${input.reference}`);
  const dossiers = await trx
    .selectFrom('dossiers')
    .select(['id', 'status'])
    .where('order_id', '=', order.id)
    .orderBy('position')
    .execute();
  const issue = (field: string, key: MessageKey) => ({ field, message: translate(locale, key) });
  if (input.dossierIds) {
    const known = new Set(dossiers.map((d) => d.id));
    const strangers = input.dossierIds.flatMap((id, i) =>
      known.has(id) ? [] : [issue(`dossierIds.${i}`, 'validation.cancel_not_in_order')],
    );
    if (strangers.length > 0) throw validationProblem(strangers);
  }
  const chosen = input.dossierIds ? new Set(input.dossierIds) : null;
  const targets = dossiers.filter((d) => (chosen ? chosen.has(d.id) : !CLOSED.has(d.status)));
  const refused = targets.flatMap((d) =>
    ISSUED.has(d.status)
      ? [issue(`dossiers.${d.id}`, 'validation.cancel_after_issue')]
      : CLOSED.has(d.status)
        ? [issue(`dossiers.${d.id}`, 'validation.cancel_already_cancelled')]
        : [],
  );
  if (refused.length > 0 || targets.length === 0) {
    throw new ProblemError(
      409,
      'not-cancellable',
      'problem.not_cancellable.title',
      'problem.not_cancellable.detail',
      {},
      refused.length > 0 ? refused : [issue('dossierIds', 'validation.cancel_already_cancelled')],
    );
  }
  const active = dossiers.filter((d) => !CLOSED.has(d.status)).length;
  const clientSpaceUrl = order.client_space_url ?? deps.clientSpaceUrl;
  const reason = input.reason.trim();
  const event = stampDossierEvent({ type: 'order.cancelled', reason }, now.toISOString());
  for (const dossier of targets) {
    // The machine is the authority: it refuses what it does not accept (422, with why).
    await applyEventInTransaction(
      trx,
      dossier.id,
      input.actor,
      event,
      locale,
      targets.length === 1 ? (input.expectedVersion ?? null) : null,
      now,
      { clientSpaceUrl: deps.clientSpaceUrl },
    );
  }
  const dossierIds = targets.map((d) => d.id);

  const invoice = await trx
    .selectFrom('invoices')
    .select(['id', 'document'])
    .where('order_id', '=', order.id)
    .executeTakeFirst();
  let creditNote: { id: string; document: CreditNoteDocument } | null = null;
  let refund: CancellationResult['refund'] = null;
  if (invoice) {
    const previous = await trx
      .selectFrom('credit_notes')
      .select(['id', 'document'])
      .where('order_id', '=', order.id)
      .orderBy('sequence')
      .execute();
    const paid = order.payment_status === 'received';
    creditNote = await issueCreditNote(trx, {
      orderId: order.id,
      invoiceId: invoice.id,
      invoice: invoice.document as InvoiceDocument,
      previous: previous.map((p) => p.document as CreditNoteDocument),
      dossierIds,
      active,
      reason: reason,
      issuedAt: now,
      livemode: order.livemode,
      refund: paid,
    });
    if (paid) {
      const refunded = await trx
        .selectFrom('refunds')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_cents'), eb.lit(0)).as('total'))
        .where('order_id', '=', order.id)
        .executeTakeFirstOrThrow();
      const amount = Math.min(
        creditNote.document.totals.grandTotal,
        order.amount_cents - Number(refunded.total),
      );
      if (amount > 0) {
        const row = await trx
          .insertInto('refunds')
          .values({
            order_id: order.id,
            credit_note_id: creditNote.id,
            amount_cents: amount,
            method: order.method,
            created_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        refund = { id: row.id, amount, method: order.method };
      }
    }
  }
  const wholeOrder = active === targets.length;
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: now,
      actor_type: 'operator',
      actor_id: input.actor.id,
      entity_type: 'order',
      entity_id: order.id,
      event: 'order.cancelled',
      from_state: null,
      to_state: wholeOrder ? 'cancelled' : null,
      data: JSON.stringify({
        reason: reason,
        dossierIds,
        creditNote: creditNote?.document.number ?? null,
        refund: refund ? { amount: refund.amount, method: refund.method } : null,
      }),
    })
    .execute();
  await enqueueEmail(trx, {
    to: order.email,
    ...orderCancelledEmail({
      reference: order.reference,
      certificates: targets.length,
      quantity: order.quantity,
      reason: reason,
      creditNote: creditNote && {
        number: creditNote.document.number,
        grandTotal: creditNote.document.totals.grandTotal,
        invoiceNumber: creditNote.document.precedingInvoice.number,
      },
      refund,
      clientSpaceUrl,
      locale: order.locale,
      brand: emailBrandOf(order.partner_id ? order : null),
    }),
  });
  await enqueueWebhookEvent(trx, {
    partnerId: order.partner_id,
    type: 'order.cancelled',
    data: {
      orderId: order.id,
      reference: order.reference,
      reason: reason,
      dossierIds,
      wholeOrder,
      creditNote: creditNote && {
        number: creditNote.document.number,
        invoiceNumber: creditNote.document.precedingInvoice.number,
        totals: {
          ht: creditNote.document.totals.taxBasisTotal,
          vat: creditNote.document.totals.taxTotal,
          ttc: creditNote.document.totals.grandTotal,
        },
      },
      refund: refund && { amount: refund.amount, method: refund.method },
    },
    now,
  });
  return {
    reference: order.reference,
    dossierIds,
    creditNote: creditNote && {
      number: creditNote.document.number,
      grandTotal: creditNote.document.totals.grandTotal,
    },
    refund,
  };
}

/** `cancelInTransaction` in its own transaction. */
export function cancelOrder(
  deps: { db: Kysely<Database>; now: () => Date; clientSpaceUrl: string },
  input: Parameters<typeof cancelInTransaction>[2],
): Promise<CancellationResult> {
  return deps.db.transaction().execute((trx) => cancelInTransaction(trx, deps, input));
}

/**
 * An operator records that a refund was paid back (its transfer or cheque reference):
 * done once, audited on the order.
 */
export async function recordRefund(
  deps: { db: Kysely<Database>; now: () => Date },
  refundId: string,
  input: { reference: string },
  actor: Actor,
  locale: Locale,
): Promise<{ id: string; amount: number; refundedAt: string }> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const refund = await trx
      .selectFrom('refunds')
      .select(['id', 'order_id', 'amount_cents', 'refunded_at'])
      .where('id', '=', refundId)
      .forUpdate()
      .executeTakeFirst();
    if (!refund) throw notFound(`/v1/admin/refunds/${refundId}`);
    if (refund.refunded_at) {
      throw validationProblem([
        { field: 'refund', message: translate(locale, 'validation.refund_already_recorded') },
      ]);
    }
    await trx
      .updateTable('refunds')
      .set({ refunded_at: now, refunded_by: actor.id, refund_reference: input.reference })
      .where('id', '=', refund.id)
      .execute();
    await trx
      .insertInto('audit_events')
      .values({
        occurred_at: now,
        actor_type: 'operator',
        actor_id: actor.id,
        entity_type: 'order',
        entity_id: refund.order_id,
        event: 'refund.recorded',
        from_state: 'to_refund',
        to_state: 'refunded',
        data: JSON.stringify({ refundId: refund.id, amount: refund.amount_cents, ...input }),
      })
      .execute();
    return { id: refund.id, amount: refund.amount_cents, refundedAt: now.toISOString() };
  });
}
