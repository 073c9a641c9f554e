import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../adapters/smtp-mailer.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { OutgoingSms, SmsSender } from '../ports/sms-sender.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import { backoffMs, DEFAULT_LEASE_MS, deliverDueMessages, type FailedMessage } from './deliver.ts';
import { enqueueEmail, enqueueSms } from './enqueue.ts';

/** A real SMTP server on loopback that keeps what it receives and can refuse on demand. */
interface TestSmtpServer {
  url: string;
  received: ReceivedEmail[];
  /** Answer the next n DATA commands with a 451 (temporary failure). */
  rejectNext: number;
  close(): Promise<void>;
}

interface ReceivedEmail {
  envelopeFrom: string | null;
  envelopeTo: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string | null;
}

async function startSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: '',
    received: [],
    rejectNext: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.rejectNext > 0) {
          state.rejectNext--;
          callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
          return;
        }
        state.received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          envelopeTo: session.envelope.rcptTo.map((a) => a.address),
          ...parseEmail(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}

// --- just enough MIME to read what nodemailer writes (mailparser is not installed) ---

function parseEmail(raw: string): Omit<ReceivedEmail, 'envelopeFrom' | 'envelopeTo'> {
  const { headers, body } = parsePart(raw);
  const parts = leafParts(headers, body);
  const text = parts.find((p) => p.type === 'text/plain')?.content ?? '';
  const html = parts.find((p) => p.type === 'text/html')?.content ?? null;
  return { headers, subject: decodeWords(headers.get('subject') ?? ''), text, html };
}

function parsePart(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(split + 4) };
}

function leafParts(
  headers: Map<string, string>,
  body: string,
): { type: string; content: string }[] {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? 'text/plain';
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1] ?? '';
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((part) => {
        const parsed = parsePart(part.replace(/^\r\n/, ''));
        return leafParts(parsed.headers, parsed.body);
      });
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding === 'quoted-printable'
        ? qpBytes(body.replace(/=\r\n/g, ''))
        : Buffer.from(body, 'latin1');
  return [{ type, content: bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '') }];
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : qpBytes(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

// ---

const seconds = (n: number) => n * 1000;
const at = (base: Date, offsetMs: number) => () => new Date(base.getTime() + offsetMs);

describe(`outbox delivery (${databaseKind})`, () => {
  let testDb: TestDatabase;
  let smtp: TestSmtpServer;
  let mailer: Mailer;

  beforeAll(async () => {
    [testDb, smtp] = await Promise.all([createTestDatabase(), startSmtpServer()]);
    mailer = createSmtpMailer(smtp.url, 'Certinomis <no-reply@certinomis.example>');
  });
  afterAll(async () => {
    await smtp?.close();
    await testDb?.destroy();
  });
  beforeEach(async () => {
    await testDb.db.deleteFrom('outbox').execute();
    smtp.received.length = 0;
    smtp.rejectNext = 0;
  });

  const row = (id: string) =>
    testDb.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('sends e-mails enqueued in a transaction over SMTP, once', async () => {
    const text = `Bonjour,\n\nVotre commande n° 1764000001 est enregistrée. ${'Détails '.repeat(12)}\n\nCordialement`;
    const [first, second] = await testDb.db.transaction().execute(async (trx) => [
      await enqueueEmail(trx, {
        to: 'marie.curie@mairie-exemple.fr',
        subject: 'Votre commande de certificat — référence 1764000001',
        text,
        html: '<p>Bonjour, <strong>commande enregistrée</strong>.</p>',
      }),
      await enqueueEmail(trx, { to: 'paul@example.org', subject: 'Plain', text: 'Only text' }),
    ]);

    expect(await deliverDueMessages({ db: testDb.db, mailer })).toEqual({ sent: 2, failed: 0 });

    expect(smtp.received).toHaveLength(2);
    const marie = smtp.received.find((m) => m.envelopeTo[0] === 'marie.curie@mairie-exemple.fr');
    expect(marie?.subject).toBe('Votre commande de certificat — référence 1764000001');
    expect(marie?.text).toBe(text);
    expect(marie?.html).toBe('<p>Bonjour, <strong>commande enregistrée</strong>.</p>');
    expect(marie?.headers.get('message-id')).toBe(`<${first}@certinomis-order>`);
    expect(marie?.headers.get('from')).toContain('no-reply@certinomis.example');
    expect(marie?.envelopeFrom).toBe('no-reply@certinomis.example');
    expect(marie?.headers.get('to')).toBe('marie.curie@mairie-exemple.fr');
    const paul = smtp.received.find((m) => m.envelopeTo[0] === 'paul@example.org');
    expect(paul).toMatchObject({ subject: 'Plain', text: 'Only text', html: null });
    expect(paul?.headers.get('message-id')).toBe(`<${second}@certinomis-order>`);

    for (const id of [first, second]) {
      const sent = await row(id);
      expect(sent.sent_at).toBeInstanceOf(Date);
      expect(sent.attempts).toBe(0);
      expect(sent.last_error).toBeNull();
    }

    expect(await deliverDueMessages({ db: testDb.db, mailer })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('enqueues nothing when the transaction rolls back', async () => {
    await expect(
      testDb.db.transaction().execute(async (trx) => {
        await enqueueEmail(trx, { to: 'a@example.org', subject: 'S', text: 'T' });
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await testDb.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
  });

  it('honours availableAt and the batch size, oldest first', async () => {
    for (let i = 0; i < 3; i++) {
      await enqueueEmail(testDb.db, { to: `n${i}@example.org`, subject: 'S', text: 'T' });
    }
    const now = justAfterNow();
    await enqueueEmail(testDb.db, {
      to: 'later@example.org',
      subject: 'S',
      text: 'T',
      availableAt: new Date(now.getTime() + seconds(3600)),
    });
    const run = () => deliverDueMessages({ db: testDb.db, mailer, batchSize: 2, now: at(now, 1) });
    expect(await run()).toEqual({ sent: 2, failed: 0 });
    expect(await run()).toEqual({ sent: 1, failed: 0 });
    expect(await run()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual([
      'n0@example.org',
      'n1@example.org',
      'n2@example.org',
    ]);
  });

  it('retries a refused message after an exponential backoff with jitter', async () => {
    const id = await enqueueEmail(testDb.db, { to: 'retry@example.org', subject: 'S', text: 'T' });
    const t0 = justAfterNow();
    smtp.rejectNext = 1;
    const errors: FailedMessage[] = [];
    expect(
      await deliverDueMessages({
        db: testDb.db,
        mailer,
        now: () => t0,
        onSendError: (_, message) => errors.push(message),
      }),
    ).toEqual({ sent: 0, failed: 1 });

    const failed = await row(id);
    expect(failed.sent_at).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toMatch(/451|try later/);
    const delay = failed.available_at.getTime() - t0.getTime();
    expect(delay).toBeGreaterThanOrEqual(seconds(24));
    expect(delay).toBeLessThanOrEqual(seconds(36));
    expect(errors).toEqual([
      { id, channel: 'email', recipient: 'retry@example.org', attempts: 1, gaveUp: false },
    ]);

    expect(await deliverDueMessages({ db: testDb.db, mailer, now: at(t0, seconds(20)) })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await deliverDueMessages({ db: testDb.db, mailer, now: at(t0, seconds(37)) })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual(['retry@example.org']);
    const sent = await row(id);
    expect(sent.sent_at?.getTime()).toBe(t0.getTime() + seconds(37));
    expect(sent.attempts).toBe(1);
  });

  it('stops retrying after maxAttempts', async () => {
    const id = await enqueueEmail(testDb.db, { to: 'never@example.org', subject: 'S', text: 'T' });
    smtp.rejectNext = 100;
    const t0 = justAfterNow();
    const errors: FailedMessage[] = [];
    const results = [];
    for (let pass = 0; pass < 5; pass++) {
      results.push(
        await deliverDueMessages({
          db: testDb.db,
          mailer,
          maxAttempts: 3,
          now: at(t0, seconds(2 * 3600 * pass)),
          onSendError: (_, message) => errors.push(message),
        }),
      );
    }
    expect(results.map((r) => r.failed)).toEqual([1, 1, 1, 0, 0]);
    expect(errors.map((e) => [e.attempts, e.gaveUp])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const given = await row(id);
    expect(given.attempts).toBe(3);
    expect(given.sent_at).toBeNull();
    expect(smtp.received).toEqual([]);
  });

  it("claims again a crashed worker's rows once their lease has expired", async () => {
    const id = await enqueueEmail(testDb.db, { to: 'crash@example.org', subject: 'S', text: 'T' });
    const t0 = justAfterNow();
    // A worker that claims the row, then hangs in send() (as if it died there).
    let called!: () => void;
    const sendCalled = new Promise<void>((resolve) => {
      called = resolve;
    });
    let finishSend!: () => void;
    const hung: Mailer = {
      send: () =>
        new Promise<void>((resolve) => {
          finishSend = resolve;
          called();
        }),
    };
    const crashed = deliverDueMessages({ db: testDb.db, mailer: hung, now: () => t0 });
    await sendCalled;

    const claimed = await row(id);
    expect(claimed.available_at.getTime()).toBe(t0.getTime() + DEFAULT_LEASE_MS);
    expect(claimed.sent_at).toBeNull();
    expect(claimed.attempts).toBe(0);

    expect(
      await deliverDueMessages({ db: testDb.db, mailer, now: at(t0, DEFAULT_LEASE_MS - 1) }),
    ).toEqual({ sent: 0, failed: 0 });
    const recovery = at(t0, DEFAULT_LEASE_MS + seconds(1));
    expect(await deliverDueMessages({ db: testDb.db, mailer, now: recovery })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual(['crash@example.org']);

    // The first worker finally returns: it does not overwrite the recorded sending.
    finishSend();
    expect(await crashed).toEqual({ sent: 1, failed: 0 });
    expect((await row(id)).sent_at?.getTime()).toBe(recovery().getTime());
  });

  it('sends SMS through the SMS sender, leaves them pending without one, never touches webhooks', async () => {
    const smsId = await enqueueSms(testDb.db, { to: '+33612345678', text: 'Code : 123456' });
    const emailId = await enqueueEmail(testDb.db, { to: 'a@example.org', subject: 'S', text: 'T' });
    const { id: webhookId } = await testDb.db
      .insertInto('outbox')
      .values({
        channel: 'webhook',
        recipient: 'https://partner.example/hook',
        text_body: '',
        payload: JSON.stringify({ event: 'order.placed' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [smsBefore, webhookBefore] = await Promise.all([row(smsId), row(webhookId)]);
    const later = at(new Date(), seconds(1));

    expect(await deliverDueMessages({ db: testDb.db, mailer, now: later })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect((await row(emailId)).sent_at).toBeInstanceOf(Date);
    expect(await row(smsId)).toEqual(smsBefore);

    const texts: OutgoingSms[] = [];
    const sms: SmsSender = {
      async send(message) {
        texts.push(message);
      },
    };
    expect(await deliverDueMessages({ db: testDb.db, mailer, sms, now: later })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(texts).toEqual([{ id: smsId, to: '+33612345678', text: 'Code : 123456' }]);
    expect((await row(smsId)).sent_at).toBeInstanceOf(Date);
    expect(await row(webhookId)).toEqual(webhookBefore);
    expect(smtp.received).toHaveLength(1);
  });

  it('computes the backoff: 30 s doubling per attempt, capped at 1 h, ±20 % jitter', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 7, 8, 12, 50].map((n) => backoffMs(n, middle))).toEqual([
      30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
    expect(backoffMs(1, () => 0)).toBe(24_000);
    expect(backoffMs(1, () => 0.999_999)).toBe(36_000);
    expect(backoffMs(20, () => 0.999_999)).toBe(4_319_999);
  });

  describe.runIf(databaseKind === 'postgres')('with concurrent workers', () => {
    it('sends each of 20 due rows exactly once with two deliveries running at once', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        ids.push(
          await enqueueEmail(testDb.db, { to: `c${i}@example.org`, subject: `#${i}`, text: 'T' }),
        );
      }
      const worker = async () => {
        let sent = 0;
        for (;;) {
          const result = await deliverDueMessages({ db: testDb.db, mailer, batchSize: 3 });
          if (result.sent + result.failed === 0) return sent;
          sent += result.sent;
        }
      };
      const counts = await Promise.all([worker(), worker()]);
      expect(counts[0] + counts[1]).toBe(20);

      const messageIds = smtp.received.map((m) => m.headers.get('message-id'));
      expect(messageIds).toHaveLength(20);
      expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<${id}@certinomis-order>`)));
      const unsent = await testDb.db
        .selectFrom('outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .execute();
      expect(unsent).toEqual([]);
    });
  });
});

/**
 * A JS instant strictly after rows just written: Postgres stores microseconds,
 * a JS Date only milliseconds, so `new Date()` can fall before a row written in
 * the same millisecond and find it "not yet due".
 */
function justAfterNow(): Date {
  return new Date(Date.now() + 1);
}
