import type { Kysely } from 'kysely';
import { type Locale, translate } from '../../machines/messages/index.ts';
import { findOrderReferences } from '../../machines/rules/reference.ts';
import type { PaymentReceived } from '../../machines/schemas/dossier.ts';
import type { Database } from '../db/database.ts';
import { notFound, validationProblem } from '../http/problem.ts';
import { type Actor, applyEventInTransaction } from './dossiers.ts';

/**
 * Records an order's payment after checking it against the order: the amount
 * must be the order's total; a transfer's label must carry the order
 * reference or the buyer's own transfer reference; a cheque's number and
 * bank must be those given at ordering. Then every dossier of the order
 * learns it (`payment.received`), in one transaction with the payment row.
 */
export async function recordPayment(
  deps: { db: Kysely<Database>; now: () => Date; clientSpaceUrl: string },
  reference: string,
  payment: PaymentReceived,
  actor: Actor,
  locale: Locale,
): Promise<{ dossiers: number }> {
  const now = deps.now();
  const problem = (field: string, key: Parameters<typeof translate>[1]) =>
    validationProblem([{ field, message: translate(locale, key) }]);
  return deps.db.transaction().execute(async (trx) => {
    const order = await trx
      .selectFrom('orders')
      .innerJoin('payments', 'payments.order_id', 'orders.id')
      .select([
        'orders.id',
        'orders.reference',
        'orders.total_ttc',
        'payments.method',
        'payments.status',
        'payments.details',
      ])
      .where('orders.reference', '=', reference.toUpperCase())
      .forUpdate('payments')
      .executeTakeFirst();
    if (!order) throw notFound(`/v1/admin/orders/${reference}`);
    if (order.status === 'received')
      throw problem('payment', 'validation.payment_already_received');
    if (order.method === 'mandate') throw problem('payment', 'validation.payment_mandate');
    if (payment.amount !== order.total_ttc)
      throw problem('amount', 'validation.payment_amount_mismatch');
    if (order.method === 'transfer') {
      const label = (payment.reference ?? '').toUpperCase();
      const buyerReference = (order.details.transferReference ?? '').toUpperCase();
      const carriesOrder = findOrderReferences(label).includes(order.reference);
      const carriesBuyer = buyerReference !== '' && label.includes(buyerReference);
      if (!carriesOrder && !carriesBuyer)
        throw problem('reference', 'validation.payment_reference_mismatch');
    } else {
      if ((payment.chequeNumber ?? '') !== order.details.chequeNumber) {
        throw problem('chequeNumber', 'validation.payment_cheque_mismatch');
      }
      const normalise = (bank: string) =>
        bank.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      if (normalise(payment.bank ?? '') !== normalise(order.details.bank ?? '')) {
        throw problem('bank', 'validation.payment_bank_mismatch');
      }
    }
    await trx
      .updateTable('payments')
      .set({ status: 'received', received_at: now })
      .where('order_id', '=', order.id)
      .execute();
    const dossiers = await trx
      .selectFrom('dossiers')
      .select(['id', 'status'])
      .where('order_id', '=', order.id)
      .orderBy('position')
      .execute();
    let updated = 0;
    for (const dossier of dossiers) {
      if (dossier.status === 'cancelled' || dossier.status === 'refused') continue;
      await applyEventInTransaction(
        trx,
        dossier.id,
        actor,
        { type: 'payment.received', ...payment, at: now.toISOString() },
        locale,
        null,
        now,
        { clientSpaceUrl: deps.clientSpaceUrl },
      );
      updated++;
    }
    await trx
      .insertInto('audit_events')
      .values({
        occurred_at: now,
        actor_type: 'operator',
        actor_id: actor.id,
        entity_type: 'order',
        entity_id: order.id,
        event: 'payment.received',
        from_state: order.status,
        to_state: 'received',
        data: JSON.stringify(payment),
      })
      .execute();
    return { dossiers: updated };
  });
}
