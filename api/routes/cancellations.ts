import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AdminCreditNote } from '../../machines/schemas/cancellation.ts';
import {
  cancellationRequestSchema,
  refundRecordedSchema,
} from '../../machines/schemas/cancellation.ts';
import { orderReferenceSchema, uuidSchema } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import type { AuthEnv } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { localeOf } from '../http/locale.ts';
import { pathParam } from '../http/params.ts';
import { notFound } from '../http/problem.ts';
import type { CreditNoteDocument } from '../invoices/credit-note.ts';
import { cancelOrder, recordRefund } from '../services/cancel-order.ts';
import type { Actor } from '../services/dossiers.ts';

/**
 * The back office's cancellations (mounted inside `/v1/admin`, operators only):
 * cancel an order or some of its certificates, list its credit notes and refunds,
 * record a refund paid back.
 */
export function cancellationRoutes(deps: {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
  onOutboxWrite?: () => void;
}) {
  const app = new Hono<AuthEnv>();
  const actorOf = (c: Context<AuthEnv>): Actor => {
    const account = c.get('account');
    return { kind: 'operator', id: account.id, email: account.email };
  };

  app.post('/orders/:reference/cancellation', async (c) => {
    const reference = pathParam(c, 'reference', orderReferenceSchema);
    const body = await readJson(c, cancellationRequestSchema);
    const result = await cancelOrder(deps, {
      reference,
      dossierIds: body.dossierIds ?? null,
      reason: body.reason,
      actor: actorOf(c),
      locale: localeOf(c),
    });
    deps.onOutboxWrite?.();
    return c.json(result);
  });

  app.get('/orders/:reference/credit-notes', async (c) => {
    const reference = pathParam(c, 'reference', orderReferenceSchema);
    const order = await deps.db
      .selectFrom('orders')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirst();
    if (!order) throw notFound(`/v1/admin/orders/${reference}`);
    const rows = await deps.db
      .selectFrom('credit_notes')
      .leftJoin('refunds', 'refunds.credit_note_id', 'credit_notes.id')
      .select([
        'credit_notes.document',
        'credit_notes.dossier_ids',
        'refunds.id as refund_id',
        'refunds.amount_cents',
        'refunds.method',
        'refunds.refunded_at',
        'refunds.refund_reference',
      ])
      .where('credit_notes.order_id', '=', order.id)
      .orderBy('credit_notes.sequence')
      .execute();
    c.header('Cache-Control', 'no-store');
    return c.json({
      items: rows.map((row): AdminCreditNote => {
        const note = row.document as CreditNoteDocument;
        return {
          number: note.number,
          issueDate: note.issueDate,
          reason: note.reason,
          grandTotal: note.totals.grandTotal,
          dossierIds: row.dossier_ids,
          refund:
            row.refund_id && row.amount_cents !== null && row.method !== null
              ? {
                  id: row.refund_id,
                  amount: row.amount_cents,
                  method: row.method,
                  refundedAt: row.refunded_at ? new Date(row.refunded_at).toISOString() : null,
                  reference: row.refund_reference,
                }
              : null,
        };
      }),
    });
  });

  app.post('/refunds/:id', async (c) => {
    const id = pathParam(c, 'id', uuidSchema);
    const body = await readJson(c, refundRecordedSchema);
    return c.json(await recordRefund(deps, id, body, actorOf(c), localeOf(c)));
  });
  return app;
}
