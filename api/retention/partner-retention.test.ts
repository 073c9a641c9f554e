/**
 * The retention job and the partner portal: expired portal sessions and e-mailed
 * invitation/login links are deleted (each batch with its summary audit row); live
 * ones stay, so a logged-in partner user keeps working. In-process: skipped on workerd.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresFileStore } from '../adapters/postgres-file-store.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { runRetention } from './retention.ts';

const HOUR = 3_600_000;
const T0 = new Date('2031-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.skipIf(onWorkerd)(
  `retention of the partner portal's sessions and links (${databaseKind})`,
  () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
      const user = await t.db
        .insertInto('partner_users')
        .values({
          partner_id: t.partner.partner.id,
          email: 'retention-portal@partner.example',
          role: 'developer',
          password_hash: 'x',
          created_at: at(-30 * 24 * HOUR),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('partner_sessions')
        .values([
          // Expired an hour ago (12 h sessions), revoked long ago, and still valid.
          {
            token_hash: 'expired',
            user_id: user.id,
            created_at: at(-13 * HOUR),
            expires_at: at(-HOUR),
            revoked_at: null,
          },
          {
            token_hash: 'revoked-expired',
            user_id: user.id,
            created_at: at(-40 * HOUR),
            expires_at: at(-28 * HOUR),
            revoked_at: at(-39 * HOUR),
          },
          {
            token_hash: 'valid',
            user_id: user.id,
            created_at: at(-HOUR),
            expires_at: at(11 * HOUR),
            revoked_at: null,
          },
        ])
        .execute();
      await t.db
        .insertInto('partner_user_tokens')
        .values([
          {
            token_hash: 'login-expired',
            user_id: user.id,
            purpose: 'login',
            created_at: at(-HOUR),
            expires_at: at(-HOUR + 15 * 60_000),
            used_at: null,
          },
          {
            token_hash: 'invite-used-expired',
            user_id: user.id,
            purpose: 'invite',
            created_at: at(-8 * 24 * HOUR),
            expires_at: at(-24 * HOUR),
            used_at: at(-7 * 24 * HOUR),
          },
          {
            token_hash: 'invite-valid',
            user_id: user.id,
            purpose: 'invite',
            created_at: at(-HOUR),
            expires_at: at(6 * 24 * HOUR),
            used_at: null,
          },
        ])
        .execute();
    });
    afterAll(async () => {
      await t?.destroy();
    });

    const keysOf = async (table: 'partner_sessions' | 'partner_user_tokens') =>
      (await t.db.selectFrom(table).select('token_hash').orderBy('token_hash').execute()).map(
        (row) => row.token_hash,
      );

    it('deletes expired portal sessions and links, audits it, keeps the live ones, and nothing more on a second run', async () => {
      const store = createPostgresFileStore(t.db);
      const report = await runRetention({ db: t.db, fileStore: store, now: () => T0 });
      expect(report).toMatchObject({ partnerSessions: 2, partnerUserTokens: 2, complete: true });
      expect(await keysOf('partner_sessions')).toEqual(['valid']);
      expect(await keysOf('partner_user_tokens')).toEqual(['invite-valid']);

      const summaries = (
        await sql<{ data: { table: string; count: number; reason: string } | string }>`
        select data from audit_events where event = 'retention.rows_deleted'`.execute(t.db)
      ).rows.map((row) => (typeof row.data === 'string' ? JSON.parse(row.data) : row.data));
      expect(summaries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: 'partner_sessions', count: 2, reason: 'expired' }),
          expect.objectContaining({ table: 'partner_user_tokens', count: 2, reason: 'expired' }),
        ]),
      );

      const again = await runRetention({ db: t.db, fileStore: store, now: () => T0 });
      expect(again).toMatchObject({ partnerSessions: 0, partnerUserTokens: 0 });
      expect(await keysOf('partner_sessions')).toEqual(['valid']);
      // Once the live session and the invitation expire in their turn, they go too.
      const later = await runRetention({
        db: t.db,
        fileStore: store,
        now: () => at(7 * 24 * HOUR),
      });
      expect(later).toMatchObject({ partnerSessions: 1, partnerUserTokens: 1 });
      expect(await keysOf('partner_sessions')).toEqual([]);
    });
  },
);
