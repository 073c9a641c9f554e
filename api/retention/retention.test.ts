/**
 * The retention job against a real database (PGlite or Postgres) and the
 * Postgres file store: a controlled clock moves past each period, and exactly
 * the due rows (and blobs) disappear, each deletion with its audit row;
 * running it again deletes nothing more; the batch limit holds.
 * In-process only (it calls the job, not the API): skipped on workerd.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createPostgresFileStore } from '../adapters/postgres-file-store.ts';
import type { FileStore } from '../ports/file-store.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { runRetention } from './retention.ts';

const DAY = 86_400_000;
const T0 = new Date('2030-01-01T12:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.skipIf(onWorkerd)(`retention job (${databaseKind})`, () => {
  let t: TestApp;
  let store: FileStore;
  let accountId: string;
  const docs: Record<string, { id: string; key: string }> = {};
  const signatureCodes: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    store = createPostgresFileStore(t.db);
    const dossier = async (
      name: string,
      status: string,
      updatedAt: Date,
      notAfter: Date | null,
    ): Promise<string> => {
      const res = await t.call('POST', '/v1/orders', orderBody({ email: `${name}@example.org` }), {
        'Idempotency-Key': crypto.randomUUID(),
      });
      expect(res.status, await res.clone().text()).toBe(201);
      const id = ((await res.json()) as OrderResponse).dossiers[0]?.id ?? '';
      await sql`update dossiers set status = ${status}, updated_at = ${updatedAt},
        data = case when ${notAfter?.toISOString() ?? null}::text is null then data
          else jsonb_set(data, '{context,certificate}', jsonb_build_object('serialNumber', 'AB12',
            'notBefore', '2020-01-01T00:00:00.000Z', 'notAfter', ${notAfter?.toISOString() ?? null}::text)) end
        where id = ${id}`.execute(t.db);
      const key = crypto.randomUUID();
      await store.put(key, { bytes: new Uint8Array([1, 2, 3, 4]), contentType: 'image/png' });
      const doc = await t.db
        .insertInto('documents')
        .values({
          dossier_id: id,
          kind: 'identity',
          content_type: 'image/png',
          size: 4,
          sha256: 'x',
          storage_key: key,
          original_name: null,
          uploaded_at: at(-400 * DAY),
          uploaded_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      docs[name] = { id: doc.id, key };
      const code = await t.db
        .insertInto('signature_codes')
        .values({
          dossier_id: id,
          code_hash: 'h',
          dossier_version: 3,
          phone: '+33612345678',
          created_at: at(-400 * DAY),
          expires_at: at(-400 * DAY + 600_000),
          used_at: at(-400 * DAY + 60_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      signatureCodes[name] = code.id;
      return id;
    };
    // refused 10 days ago: its scan goes at day 30 after closing.
    await dossier('refusedRecently', 'refused', at(-10 * DAY), null);
    await dossier('cancelledLongAgo', 'cancelled', at(-31 * DAY), null);
    // accepted: certificates expired 6 years ago (kept), 7 years and a day ago (due).
    await dossier('shippedExpired6y', 'shipped', at(-400 * DAY), at(-6 * 365 * DAY));
    await dossier('issuedExpired7y', 'issued', at(-400 * DAY), at(-(7 * 366 + 1) * DAY));
    // still being completed: never deleted by the job.
    await dossier('editing', 'to_complete', at(-5000 * DAY), null);

    // Technical rows, from a clean slate (the orders above made some).
    for (const table of [
      'idempotency_keys',
      'webhook_deliveries',
      'outbox',
      'sessions',
      'email_tokens',
      'login_attempts',
      'throttles',
    ] as const) {
      await t.db.deleteFrom(table).execute();
    }
    accountId = (
      await t.db
        .insertInto('accounts')
        .values({ email: 'retention@example.org', password_hash: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await t.db
      .insertInto('idempotency_keys')
      .values([
        {
          scope: 's',
          key: 'old',
          request_hash: 'h',
          status: 'done',
          created_at: at(-8 * DAY),
          expires_at: at(DAY),
        },
        {
          scope: 's',
          key: 'expired',
          request_hash: 'h',
          status: 'done',
          created_at: at(-DAY),
          expires_at: at(-3600_000),
        },
        {
          scope: 's',
          key: 'recent',
          request_hash: 'h',
          status: 'done',
          created_at: at(-DAY),
          expires_at: at(23 * 3600_000),
        },
      ])
      .execute();
    const outbox = (
      values: { sent_at?: Date; failed_at?: Date; created_at: Date },
      recipient: string,
    ) =>
      t.db
        .insertInto('outbox')
        .values({
          channel: 'email',
          recipient,
          subject: 's',
          text_body: 'b',
          html_body: null,
          available_at: values.created_at,
          ...values,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    await outbox({ created_at: at(-100 * DAY), sent_at: at(-91 * DAY) }, 'sent-old');
    await outbox({ created_at: at(-100 * DAY), sent_at: at(-89 * DAY) }, 'sent-recent');
    await outbox({ created_at: at(-100 * DAY), failed_at: at(-91 * DAY) }, 'failed-old');
    const pending = await outbox({ created_at: at(-200 * DAY) }, 'pending');
    await t.db
      .insertInto('webhook_deliveries')
      .values(
        [91, 10].map((days, i) => ({
          event_id: pending.id,
          partner_id: t.partner.partner.id,
          event_type: 'order.placed',
          attempt: i + 1,
          url: 'https://partner.example/hook',
          attempted_at: at(-days * DAY),
          response_status: 500,
          error: 'HTTP 500',
          duration_ms: 10,
          succeeded: false,
        })),
      )
      .execute();
    await t.db
      .insertInto('sessions')
      .values([
        {
          token_hash: 'expired',
          account_id: accountId,
          partner_id: null,
          created_at: at(-2 * DAY),
          expires_at: at(-DAY),
          revoked_at: null,
        },
        {
          token_hash: 'valid',
          account_id: accountId,
          partner_id: null,
          created_at: at(-DAY),
          expires_at: at(DAY),
          revoked_at: null,
        },
      ])
      .execute();
    await t.db
      .insertInto('login_attempts')
      .values([
        {
          id_hash: 'expired',
          account_id: accountId,
          partner_id: null,
          status: 'pending',
          created_at: at(-DAY),
          expires_at: at(-DAY + 600_000),
          approved_at: null,
        },
        {
          id_hash: 'valid',
          account_id: accountId,
          partner_id: null,
          status: 'pending',
          created_at: at(-60_000),
          expires_at: at(600_000),
          approved_at: null,
        },
      ])
      .execute();
    await t.db
      .insertInto('email_tokens')
      .values([
        {
          token_hash: 'expired',
          account_id: accountId,
          purpose: 'password_reset',
          login_attempt_hash: null,
          created_at: at(-2 * DAY),
          expires_at: at(-DAY),
          used_at: null,
        },
        {
          token_hash: 'valid',
          account_id: accountId,
          purpose: 'password_reset',
          login_attempt_hash: null,
          created_at: at(-60_000),
          expires_at: at(DAY),
          used_at: null,
        },
      ])
      .execute();
    await t.db
      .insertInto('throttles')
      .values([
        { key: 'old', window_start: at(-25 * 3600_000), count: 3 },
        { key: 'current', window_start: at(-3600_000), count: 3 },
      ])
      .execute();
    await t.db
      .insertInto('login_sources')
      .values([
        { account_id: accountId, source_hash: 'stale', last_login_at: at(-181 * DAY) },
        { account_id: accountId, source_hash: 'known', last_login_at: at(-179 * DAY) },
      ])
      .execute();
  });
  afterAll(() => t?.destroy());

  const documentsLeft = async () =>
    (await t.db.selectFrom('documents').select('id').execute()).map((d) => d.id).sort();
  const expectDocuments = async (names: string[]) => {
    expect(await documentsLeft()).toEqual(names.map((n) => docs[n]?.id).sort());
    for (const [name, doc] of Object.entries(docs)) {
      expect(await store.get(doc.key), `blob of ${name}`).toEqual(
        names.includes(name) ? expect.objectContaining({ contentType: 'image/png' }) : null,
      );
    }
  };
  const retentionAudit = () =>
    t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', 'like', 'retention.%')
      .orderBy('occurred_at')
      .execute();
  const keysOf = async <
    T extends
      | 'idempotency_keys'
      | 'outbox'
      | 'sessions'
      | 'login_attempts'
      | 'email_tokens'
      | 'throttles'
      | 'login_sources',
  >(
    table: T,
    column: string,
  ) =>
    (
      await sql<{
        k: string;
      }>`select ${sql.ref(column)} as k from ${sql.table(table)} order by 1`.execute(t.db)
    ).rows.map((r) => r.k);

  it('deletes exactly what is past its period, with its audit rows, and nothing more on a second run', async () => {
    const report = await runRetention({ db: t.db, fileStore: store, now: () => T0 });
    expect(report).toEqual({
      closedDossierScans: 1,
      expiredEvidenceScans: 1,
      signatureRecords: 1,
      idempotencyKeys: 2,
      outbox: 2,
      webhookAttempts: 1,
      sessions: 1,
      loginAttempts: 1,
      emailTokens: 1,
      partnerSessions: 0,
      partnerUserTokens: 0,
      throttles: 1,
      loginSources: 1,
      complete: true,
    });
    await expectDocuments(['refusedRecently', 'shippedExpired6y', 'editing']);
    expect(
      (await t.db.selectFrom('signature_codes').select('id').execute()).map((c) => c.id).sort(),
    ).toEqual(
      ['refusedRecently', 'cancelledLongAgo', 'shippedExpired6y', 'editing']
        .map((n) => signatureCodes[n])
        .sort(),
    );
    expect(await keysOf('idempotency_keys', 'key')).toEqual(['recent']);
    expect(await keysOf('outbox', 'recipient')).toEqual(['pending', 'sent-recent']);
    expect(
      (await t.db.selectFrom('webhook_deliveries').select('attempt').execute()).map(
        (d) => d.attempt,
      ),
    ).toEqual([2]);
    expect(await keysOf('sessions', 'token_hash')).toEqual(['valid']);
    expect(await keysOf('login_attempts', 'id_hash')).toEqual(['valid']);
    expect(await keysOf('email_tokens', 'token_hash')).toEqual(['valid']);
    expect(await keysOf('throttles', 'key')).toEqual(['current']);
    expect(await keysOf('login_sources', 'source_hash')).toEqual(['known']);

    const audit = await retentionAudit();
    const perDocument = audit.filter((a) => a.event === 'retention.document_deleted');
    expect(perDocument.map((a) => a.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          documentId: docs.cancelledLongAgo?.id,
          reason: 'dossier_closed',
          period: '30 days',
          dossierStatus: 'cancelled',
        }),
        expect.objectContaining({
          documentId: docs.issuedExpired7y?.id,
          reason: 'evidence_period_over',
          period: '7 years after expiry',
        }),
      ]),
    );
    expect(perDocument).toHaveLength(2);
    for (const row of audit) {
      expect(row.actor_type).toBe('system');
      expect(new Date(row.occurred_at).toISOString()).toBe(T0.toISOString());
    }
    expect(
      audit.filter((a) => a.event === 'retention.signature_record_deleted').map((a) => a.data),
    ).toEqual([
      expect.objectContaining({
        signatureCodeId: signatureCodes.issuedExpired7y,
        dossierVersion: 3,
      }),
    ]);
    const summaries = audit.filter((a) => a.event === 'retention.rows_deleted');
    expect(Object.fromEntries(summaries.map((a) => [a.data.table, a.data.count]))).toEqual({
      idempotency_keys: 2,
      outbox: 2,
      webhook_deliveries: 1,
      sessions: 1,
      login_attempts: 1,
      email_tokens: 1,
      throttles: 1,
      login_sources: 1,
    });

    const again = await runRetention({ db: t.db, fileStore: store, now: () => T0 });
    expect(Object.values(again).filter((v) => typeof v === 'number' && v > 0)).toEqual([]);
    expect(await retentionAudit()).toHaveLength(audit.length);
  });

  it('takes each scan when its own period ends, as the clock moves on, and never one of a dossier in progress', async () => {
    await runRetention({ db: t.db, fileStore: store, now: () => at(19 * DAY) });
    await expectDocuments(['refusedRecently', 'shippedExpired6y', 'editing']);
    const day21 = await runRetention({ db: t.db, fileStore: store, now: () => at(21 * DAY) });
    expect(day21.closedDossierScans).toBe(1);
    await expectDocuments(['shippedExpired6y', 'editing']);
    // The refused dossier's signature record is not registration evidence of a certificate: it stays.
    const later = await runRetention({ db: t.db, fileStore: store, now: () => at(366 * 2 * DAY) });
    expect(later).toMatchObject({ expiredEvidenceScans: 1, signatureRecords: 1 });
    await expectDocuments(['editing']);
    const muchLater = await runRetention({
      db: t.db,
      fileStore: store,
      now: () => at(365 * 50 * DAY),
    });
    expect(muchLater.expiredEvidenceScans + muchLater.closedDossierScans).toBe(0);
    await expectDocuments(['editing']);
  });

  it('honours the batch limit and the configured periods, and finishes on the next run', async () => {
    await t.db
      .insertInto('throttles')
      .values(
        Array.from({ length: 7 }, (_, i) => ({
          key: `burst-${i}`,
          window_start: at(-2 * 3600_000),
          count: 1,
        })),
      )
      .execute();
    const before = new Set((await retentionAudit()).map((a) => a.id));
    // With the default period (24 h), 2-hour-old windows stay; with RETENTION_THROTTLE_HOURS=1 they go.
    expect((await runRetention({ db: t.db, fileStore: store, now: () => T0 })).throttles).toBe(0);
    const first = await runRetention({
      db: t.db,
      fileStore: store,
      now: () => T0,
      periods: { throttleHours: 1 },
      batchSize: 3,
      maxBatches: 2,
    });
    expect(first.throttles).toBe(6);
    expect(first.complete).toBe(false);
    const summaries = (await retentionAudit()).filter((a) => !before.has(a.id));
    expect(summaries.map((a) => a.data.count)).toEqual([3, 3]);
    const second = await runRetention({
      db: t.db,
      fileStore: store,
      now: () => T0,
      periods: { throttleHours: 1 },
      batchSize: 3,
      maxBatches: 2,
    });
    expect(second).toMatchObject({ throttles: 1, complete: true });
    expect(await keysOf('throttles', 'key')).toEqual([]);
  });
});
