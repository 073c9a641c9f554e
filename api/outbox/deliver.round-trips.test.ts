import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogEvent } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { pgliteDialect } from '../db/pglite.ts';
import type { Mailer, OutgoingEmail } from '../ports/mailer.ts';
import { deliverDueMessages } from './deliver.ts';
import { enqueueEmail } from './enqueue.ts';

/**
 * Round trips of an e-mail pass (issue 21): the claim, then the sent messages' `sent_at`
 * together, whatever the batch's size; a refused message costs its own statement (its
 * attempt, its error, its retry time). Counted on the statements Kysely sends.
 */
describe('an e-mail delivery pass: round trips', () => {
  let db: Kysely<Database>;
  const statements: string[] = [];

  beforeAll(async () => {
    const template = inject('pgliteTemplate');
    const client = await PGlite.create(
      template ? { loadDataDir: new Blob([await readFile(template)]) } : {},
    );
    db = new Kysely<Database>({
      dialect: pgliteDialect(client),
      log: (event: LogEvent) => {
        if (event.level === 'query') statements.push(event.query.sql);
      },
    });
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  it('claims the batch and writes its sent_at in one statement each, refusals apart', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await enqueueEmail(db, { to: `buyer${i}@example.org`, subject: 'S', text: 'T' }));
    }
    const sent: OutgoingEmail[] = [];
    const mailer: Mailer = {
      async send(message) {
        if (message.to === 'buyer3@example.org') throw new Error('451 mailbox busy');
        sent.push(message);
      },
    };
    statements.length = 0;
    // A second later: the rows just enqueued are due.
    const result = await deliverDueMessages({ db, mailer, now: () => new Date(Date.now() + 1000) });
    expect(result).toEqual({ sent: 4, failed: 1 });
    const verbs = statements.map((s) => s.trim().split(/\s+/)[0]?.toLowerCase());
    expect(verbs, statements.join('\n---\n')).toEqual(['with', 'update', 'update']);

    const rows = await db
      .selectFrom('outbox')
      .select(['id', 'recipient', 'sent_at', 'attempts', 'last_error'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) {
      if (row.recipient === 'buyer3@example.org') {
        expect(row).toMatchObject({
          sent_at: null,
          attempts: 1,
          last_error: 'Error: 451 mailbox busy',
        });
      } else {
        expect(row.sent_at).toBeInstanceOf(Date);
      }
    }
    expect(sent.map((m) => m.id).sort()).toEqual(
      rows
        .filter((r) => r.sent_at)
        .map((r) => r.id)
        .sort(),
    );
  });
});
