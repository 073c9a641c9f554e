import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database, OutboxChannel } from '../db/database.ts';
import { problemResponse, validationProblem } from '../http/problem.ts';

export interface DevDeps {
  db: Kysely<Database>;
}

/** One outbox message as `GET /dev/outbox` shows it. */
export interface DevOutboxMessage {
  id: string;
  channel: OutboxChannel;
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
  createdAt: string;
  sentAt: string | null;
}

const channels: readonly OutboxChannel[] = ['email', 'sms', 'webhook'];
const LIMIT = 200;

/**
 * Development and demo helpers, mounted by the app under `/dev` in demo mode
 * only (never in production: it shows every message, links included).
 *
 * `GET /outbox`: the latest 200 outbox messages, newest first, optionally
 * filtered by `?to=` (recipient, case-insensitive) and `?channel=`. This is
 * where the demo's e-mails are read, since its mailer sends nothing.
 */
export function devRoutes({ db }: DevDeps) {
  return new Hono().get('/outbox', async (c) => {
    const to = c.req.query('to');
    const channel = c.req.query('channel');
    if (channel !== undefined && !channels.includes(channel as OutboxChannel)) {
      return problemResponse(
        c,
        validationProblem([
          { field: 'channel', message: `expected one of ${channels.join(', ')}` },
        ]),
      );
    }
    let query = db
      .selectFrom('outbox')
      .select([
        'id',
        'channel',
        'recipient',
        'subject',
        'text_body',
        'html_body',
        'created_at',
        'sent_at',
      ])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(LIMIT);
    if (to) query = query.where((eb) => eb(eb.fn('lower', ['recipient']), '=', to.toLowerCase()));
    if (channel) query = query.where('channel', '=', channel as OutboxChannel);
    const rows = await query.execute();
    const body: DevOutboxMessage[] = rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      to: row.recipient,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      createdAt: new Date(row.created_at).toISOString(),
      sentAt: row.sent_at === null ? null : new Date(row.sent_at).toISOString(),
    }));
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
