import { type Kysely, sql, type Transaction } from 'kysely';
import type { Page, PartnerAuditAction, PartnerAuditEntry } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import type { PartnerActor } from '../http/partner-access.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * One row of the partner's audit log (audit_events, entity `partner`), in the
 * caller's transaction: written if and only if the change commits. `details`
 * names what changed, never a secret.
 */
export async function writePartnerAudit(
  trx: Executor,
  entry: {
    partnerId: string;
    actor: PartnerActor;
    action: PartnerAuditAction;
    details?: Record<string, unknown>;
    now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: entry.now,
      actor_type: 'partner',
      actor_id: entry.actor.id,
      entity_type: 'partner',
      entity_id: entry.partnerId,
      event: entry.action,
      from_state: null,
      to_state: null,
      data: JSON.stringify({
        actorType: entry.actor.type,
        email: entry.actor.email,
        ip: entry.actor.ip,
        details: entry.details ?? {},
      }),
    })
    .execute();
}

export interface AuditCursor {
  occurredAt: string;
  id: string;
}

/** The partner's audit log, newest first, in keyset pages on (occurred_at, id). */
export async function listPartnerAudit(
  db: Kysely<Database>,
  partnerId: string,
  options: { cursor: AuditCursor | null; limit: number },
): Promise<{ page: Page<PartnerAuditEntry>; last: AuditCursor | null }> {
  let query = db
    .selectFrom('audit_events')
    .select([
      'id',
      'occurred_at',
      'actor_id',
      'event',
      'data',
      sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'occurred_key',
      ),
    ])
    .where('entity_type', '=', 'partner')
    .where('entity_id', '=', partnerId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.cursor) {
    query = query.where(
      sql<boolean>`(occurred_at, id) < (${options.cursor.occurredAt}::timestamptz, ${options.cursor.id}::uuid)`,
    );
  }
  const rows = await query.execute();
  const pageRows = rows.slice(0, options.limit);
  const items = pageRows.map((row): PartnerAuditEntry => {
    const data = row.data as {
      actorType?: 'secret_key' | 'user';
      email?: string | null;
      ip?: string | null;
      details?: Record<string, unknown>;
    };
    return {
      id: row.id,
      at: row.occurred_at.toISOString(),
      action: row.event as PartnerAuditAction,
      actor: {
        type: data.actorType ?? 'secret_key',
        id: row.actor_id ?? '',
        email: data.email ?? null,
      },
      ip: data.ip ?? null,
      details: data.details ?? {},
    };
  });
  const last = pageRows.at(-1);
  return {
    page: { items, nextCursor: null },
    last:
      rows.length > options.limit && last ? { occurredAt: last.occurred_key, id: last.id } : null,
  };
}
