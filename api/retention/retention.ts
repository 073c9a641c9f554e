import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { FileStore } from '../ports/file-store.ts';
import { issuedStatuses } from '../services/organisation-facts.ts';
import { defaultRetentionPeriods, type RetentionPeriods } from './periods.ts';

export const DEFAULT_RETENTION_BATCH_SIZE = 500;
/** Batches per table and run: a backlog is worked off over several hourly runs, never in one long one. */
export const DEFAULT_RETENTION_MAX_BATCHES = 20;

const DAY_MS = 24 * 60 * 60_000;

export interface RetentionOptions {
  db: Kysely<Database>;
  /** The backend of identity scans (raw or sealed: only `delete` is used). */
  fileStore: FileStore;
  /** The clock; tests move it past each period. */
  now: () => Date;
  periods?: Partial<RetentionPeriods>;
  /** Rows per table per batch (default 500). */
  batchSize?: number;
  /** Batches per table per run (default 20). */
  maxBatches?: number;
}

/** Rows deleted by one run, per kind. */
export interface RetentionReport {
  /** Identity scans of refused or cancelled dossiers. */
  closedDossierScans: number;
  /** Identity scans at the end of the registration evidence period. */
  expiredEvidenceScans: number;
  /** SMS signature records (phone, code hash, dossier version) at the end of the evidence period. */
  signatureRecords: number;
  idempotencyKeys: number;
  outbox: number;
  webhookAttempts: number;
  sessions: number;
  loginAttempts: number;
  emailTokens: number;
  /** Partner portal sessions past their expiry (revoked or not). */
  partnerSessions: number;
  /** Partner users' e-mailed invitation and login links past their expiry (used or not). */
  partnerUserTokens: number;
  throttles: number;
  loginSources: number;
  /** False when a table still had due rows after `maxBatches` batches (the next run goes on). */
  complete: boolean;
}

type EvidenceReason = 'dossier_closed' | 'evidence_period_over';

interface DueDocument {
  id: string;
  dossier_id: string;
  storage_key: string;
  kind: string;
  uploaded_at: Date;
  status: string;
}

/**
 * The retention job (DOMAIN.md, retention): deletes what is past its period,
 * batch by batch, and audits every deletion —
 *
 * - identity scans of refused or cancelled dossiers, `closedDossierScansDays`
 *   after the dossier closed (its last change: a closed dossier never changes);
 * - registration evidence — identity scans and the SMS signature records —
 *   `evidenceYearsAfterExpiry` after the certificate's `notAfter`;
 * - idempotency keys past their expiry or older than `idempotencyKeyDays`;
 *   outbox rows sent or given up more than `outboxDays` ago (their webhook
 *   attempts go with them); webhook attempts older than `webhookAttemptDays`;
 *   expired sessions, login attempts and e-mailed tokens (the partner portal's
 *   sessions and links too); throttle counters
 *   whose window started more than `throttleHours` ago; known login networks with no login
 *   for `loginSourceDays`.
 *
 * An evidence object's blob is deleted from the FileStore first, then its
 * `documents` row with one `audit_events` row (what, why, when) in one
 * transaction: a crash in between leaves a row whose blob is gone, which the
 * next run deletes again (a FileStore delete of a missing key is a no-op).
 * Technical rows go in batches, each with one summary audit row in its
 * transaction. Idempotent: a second run finds nothing more. Web-standard
 * only: runs on Node (hourly timer) and on Workers (hourly Cron Trigger).
 */
export async function runRetention(options: RetentionOptions): Promise<RetentionReport> {
  const { db, fileStore } = options;
  const periods = { ...defaultRetentionPeriods, ...options.periods };
  const batchSize = options.batchSize ?? DEFAULT_RETENTION_BATCH_SIZE;
  const maxBatches = options.maxBatches ?? DEFAULT_RETENTION_MAX_BATCHES;
  const now = options.now();
  const runId = crypto.randomUUID();
  let complete = true;

  const closedBefore = new Date(now.getTime() - periods.closedDossierScansDays * DAY_MS);
  const expiredBefore = new Date(now);
  expiredBefore.setUTCFullYear(expiredBefore.getUTCFullYear() - periods.evidenceYearsAfterExpiry);
  const notAfter = sql<string>`dossiers.data #>> '{context,certificate,notAfter}'`;

  /** Repeats `batch` (which returns how many rows it removed) while batches come back full. */
  const loop = async (batch: () => Promise<number>): Promise<number> => {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const removed = await batch();
      total += removed;
      if (removed < batchSize) return total;
    }
    complete = false;
    return total;
  };

  const deleteDocuments = async (
    documents: DueDocument[],
    reason: EvidenceReason,
    period: string,
  ): Promise<number> => {
    let removed = 0;
    for (const document of documents) {
      await fileStore.delete(document.storage_key);
      const deleted = await db.transaction().execute(async (trx) => {
        const row = await trx
          .deleteFrom('documents')
          .where('id', '=', document.id)
          .returning('id')
          .executeTakeFirst();
        if (!row) return false; // deleted meanwhile (another run): audited there
        await audit(trx, now, 'dossier', document.dossier_id, 'retention.document_deleted', {
          documentId: document.id,
          kind: document.kind,
          uploadedAt: new Date(document.uploaded_at).toISOString(),
          dossierStatus: document.status,
          reason,
          period,
          runId,
        });
        return true;
      });
      if (deleted) removed++;
    }
    return removed;
  };

  const closedDossierScans = await loop(async () => {
    const due = await db
      .selectFrom('documents')
      .innerJoin('dossiers', 'dossiers.id', 'documents.dossier_id')
      .select([
        'documents.id',
        'documents.dossier_id',
        'documents.storage_key',
        'documents.kind',
        'documents.uploaded_at',
        'dossiers.status',
      ])
      .where('dossiers.status', 'in', ['refused', 'cancelled'])
      .where('dossiers.updated_at', '<=', closedBefore)
      .orderBy('documents.id')
      .limit(batchSize)
      .execute();
    return deleteDocuments(due, 'dossier_closed', `${periods.closedDossierScansDays} days`);
  });

  const issued = issuedStatuses;
  const evidencePeriod = `${periods.evidenceYearsAfterExpiry} years after expiry`;
  const expiredEvidenceScans = await loop(async () => {
    const due = await db
      .selectFrom('documents')
      .innerJoin('dossiers', 'dossiers.id', 'documents.dossier_id')
      .select([
        'documents.id',
        'documents.dossier_id',
        'documents.storage_key',
        'documents.kind',
        'documents.uploaded_at',
        'dossiers.status',
      ])
      .where('dossiers.status', 'in', issued)
      .where(notAfter, '<=', expiredBefore.toISOString())
      .orderBy('documents.id')
      .limit(batchSize)
      .execute();
    return deleteDocuments(due, 'evidence_period_over', evidencePeriod);
  });

  const signatureRecords = await loop(async () =>
    db.transaction().execute(async (trx) => {
      const deleted = await trx
        .deleteFrom('signature_codes')
        .where(
          'id',
          'in',
          trx
            .selectFrom('signature_codes')
            .innerJoin('dossiers', 'dossiers.id', 'signature_codes.dossier_id')
            .select('signature_codes.id')
            .where('dossiers.status', 'in', issued)
            .where(notAfter, '<=', expiredBefore.toISOString())
            .limit(batchSize),
        )
        .returning(['id', 'dossier_id', 'dossier_version', 'used_at'])
        .execute();
      for (const record of deleted) {
        await audit(trx, now, 'dossier', record.dossier_id, 'retention.signature_record_deleted', {
          signatureCodeId: record.id,
          dossierVersion: record.dossier_version,
          usedAt: record.used_at ? new Date(record.used_at).toISOString() : null,
          reason: 'evidence_period_over',
          period: evidencePeriod,
          runId,
        });
      }
      return deleted.length;
    }),
  );

  /** Deletes up to `batchSize` rows of `table` matching `where`, with one summary audit row. */
  const purge = (table: string, where: ReturnType<typeof sql>, why: string) =>
    loop(async () =>
      db.transaction().execute(async (trx) => {
        const result = await sql<{ n: string | number }>`
          with gone as (
            delete from ${sql.table(table)}
            where ctid = any(array(select ctid from ${sql.table(table)} where ${where} limit ${batchSize}))
            returning 1
          )
          select count(*) as n from gone`.execute(trx);
        const removed = Number(result.rows[0]?.n ?? 0);
        if (removed > 0) {
          await audit(trx, now, 'retention', runId, 'retention.rows_deleted', {
            table,
            count: removed,
            reason: why,
            at: now.toISOString(),
          });
        }
        return removed;
      }),
    );

  const ago = (ms: number) => new Date(now.getTime() - ms);
  const idempotencyKeys = await purge(
    'idempotency_keys',
    sql`expires_at <= ${now} or created_at <= ${ago(periods.idempotencyKeyDays * DAY_MS)}`,
    `expired, or older than ${periods.idempotencyKeyDays} days`,
  );
  const outboxBefore = ago(periods.outboxDays * DAY_MS);
  const outbox = await purge(
    'outbox',
    sql`sent_at <= ${outboxBefore} or failed_at <= ${outboxBefore}`,
    `sent or given up more than ${periods.outboxDays} days ago`,
  );
  const webhookAttempts = await purge(
    'webhook_deliveries',
    sql`attempted_at <= ${ago(periods.webhookAttemptDays * DAY_MS)}`,
    `older than ${periods.webhookAttemptDays} days`,
  );
  const sessions = await purge('sessions', sql`expires_at <= ${now}`, 'expired');
  // E-mailed tokens first: a login token goes with its login attempt (foreign key, cascade).
  const emailTokens = await purge('email_tokens', sql`expires_at <= ${now}`, 'expired');
  const loginAttempts = await purge('login_attempts', sql`expires_at <= ${now}`, 'expired');
  const partnerSessions = await purge('partner_sessions', sql`expires_at <= ${now}`, 'expired');
  const partnerUserTokens = await purge(
    'partner_user_tokens',
    sql`expires_at <= ${now}`,
    'expired',
  );
  const throttles = await purge(
    'throttles',
    sql`window_start <= ${ago(periods.throttleHours * 60 * 60_000)}`,
    `window started more than ${periods.throttleHours} hours ago`,
  );
  const loginSources = await purge(
    'login_sources',
    sql`last_login_at <= ${ago(periods.loginSourceDays * DAY_MS)}`,
    `no login from it for ${periods.loginSourceDays} days`,
  );

  return {
    closedDossierScans,
    expiredEvidenceScans,
    signatureRecords,
    idempotencyKeys,
    outbox,
    webhookAttempts,
    sessions,
    loginAttempts,
    emailTokens,
    partnerSessions,
    partnerUserTokens,
    throttles,
    loginSources,
    complete,
  };
}

async function audit(
  trx: Transaction<Database>,
  occurredAt: Date,
  entityType: string,
  entityId: string,
  event: string,
  data: Record<string, unknown>,
): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: occurredAt,
      actor_type: 'system',
      actor_id: null,
      entity_type: entityType,
      entity_id: entityId,
      event,
      from_state: null,
      to_state: null,
      data: JSON.stringify(data),
    })
    .execute();
}
