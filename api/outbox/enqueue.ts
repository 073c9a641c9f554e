import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NewEmail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Do not send before this instant (default: as soon as the transaction commits). */
  availableAt?: Date;
}

export interface NewSms {
  to: string;
  text: string;
  /** Do not send before this instant (default: as soon as the transaction commits). */
  availableAt?: Date;
}

/**
 * Queue an e-mail. Call it with the `trx` of the state change that causes the
 * message: both commit or neither does, and the outbox worker delivers it
 * afterwards, at least once. Returns the outbox row id.
 */
export async function enqueueEmail(db: Executor, email: NewEmail): Promise<string> {
  if (!email.to.trim()) throw new Error('enqueueEmail: empty recipient');
  return insert(db, {
    channel: 'email',
    recipient: email.to,
    subject: email.subject,
    text_body: email.text,
    html_body: email.html ?? null,
    availableAt: email.availableAt,
  });
}

/**
 * The outbox row of an e-mail, for a caller that writes it within a larger
 * statement of the causing transaction (same row as `enqueueEmail`).
 */
export function emailOutboxRow(email: NewEmail) {
  if (!email.to.trim()) throw new Error('emailOutboxRow: empty recipient');
  return {
    channel: 'email' as const,
    recipient: email.to,
    subject: email.subject,
    text_body: email.text,
    html_body: email.html ?? null,
    created_at: sql<Date>`clock_timestamp()`,
    ...(email.availableAt ? { available_at: email.availableAt } : {}),
  };
}

/** Queue a text message, in the caller's transaction like `enqueueEmail`. Returns the row id. */
export async function enqueueSms(db: Executor, sms: NewSms): Promise<string> {
  if (!sms.to.trim()) throw new Error('enqueueSms: empty recipient');
  return insert(db, {
    channel: 'sms',
    recipient: sms.to,
    subject: null,
    text_body: sms.text,
    html_body: null,
    availableAt: sms.availableAt,
  });
}

async function insert(
  db: Executor,
  row: {
    channel: 'email' | 'sms';
    recipient: string;
    subject: string | null;
    text_body: string;
    html_body: string | null;
    availableAt: Date | undefined;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('outbox')
    .values({
      channel: row.channel,
      recipient: row.recipient,
      subject: row.subject,
      text_body: row.text_body,
      html_body: row.html_body,
      // clock_timestamp(), not the column default now(): now() is the transaction's
      // start, so several messages of one transaction would tie in `/dev/outbox` order.
      created_at: sql<Date>`clock_timestamp()`,
      ...(row.availableAt ? { available_at: row.availableAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
