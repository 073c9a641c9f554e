import type { Insertable, Updateable } from 'kysely';
import type { OutboxTable, WebhookDeliveriesTable } from '../db/database.ts';
import { Precompiled } from '../db/precompiled.ts';

/**
 * One attempt's record in `webhook_deliveries` and its outcome on the outbox row, in one
 * statement, compiled once per kind of outcome (sent, retried, given up), not built and
 * compiled by Kysely for every delivery (bench:orders' delivery profile; issue 21).
 */
export const recordAttempt = new Precompiled(
  (
    db,
    v: {
      id: string;
      delivery: Insertable<WebhookDeliveriesTable>;
      outcome: Updateable<OutboxTable>;
    },
  ) =>
    db
      .with('delivery', (q) =>
        q
          .insertInto('webhook_deliveries')
          .values(v.delivery)
          // A lease ran out and another worker made this attempt too: keep the first record.
          .onConflict((oc) => oc.columns(['event_id', 'attempt']).doNothing())
          .returning('event_id'),
      )
      .updateTable('outbox')
      .set(v.outcome)
      .where('id', '=', v.id)
      // `sent_at is null`: when another worker delivered it meanwhile, keep its outcome.
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null),
);
