import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../db/postgres.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Mailer, OutgoingEmail } from '../ports/mailer.ts';
import { createPartner } from '../services/partners.ts';
import { startTcpProxy } from '../testing/tcp-proxy.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue.ts';
import { enqueueEmail } from './enqueue.ts';
import { startOutboxWorker } from './worker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records sends and the highest number of sends in progress at once. */
function recordingMailer(delayMs = 0) {
  const sent: OutgoingEmail[] = [];
  let active = 0;
  let maxActive = 0;
  const mailer: Mailer = {
    async send(message) {
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(delayMs);
      active--;
      sent.push(message);
    },
  };
  return { mailer, sent, maxActive: () => maxActive };
}

describe(`outbox worker (${databaseKind})`, () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb?.destroy());
  beforeEach(async () => {
    await testDb.db.deleteFrom('webhook_deliveries').execute();
    await testDb.db.deleteFrom('outbox').execute();
  });

  const enqueue = (to: string) => enqueueEmail(testDb.db, { to, subject: 'S', text: 'T' });

  it('delivers on drainNow without waiting for the next poll, then stops', async () => {
    const { mailer, sent } = recordingMailer();
    const errors: unknown[] = [];
    const worker = startOutboxWorker({
      db: testDb.db,
      mailer,
      intervalMs: 60_000,
      onError: (e) => errors.push(e),
    });
    const id = await enqueue('now@example.org');
    await worker.drainNow();
    expect(sent.map((m) => m.id)).toEqual([id]);
    await worker.stop();

    await enqueue('after-stop@example.org');
    await worker.drainNow();
    await sleep(50);
    expect(sent).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('polls, drains more than one batch per pass, and never runs two passes at once', async () => {
    const { mailer, sent, maxActive } = recordingMailer(5);
    const worker = startOutboxWorker({
      db: testDb.db,
      mailer,
      intervalMs: 10,
      batchSize: 2,
      onError: (e) => {
        throw e;
      },
    });
    for (let i = 0; i < 7; i++) await enqueue(`p${i}@example.org`);
    await Promise.all([worker.drainNow(), worker.drainNow(), sleep(30), worker.drainNow()]);
    await worker.drainNow();
    expect(sent).toHaveLength(7);
    expect(new Set(sent.map((m) => m.to)).size).toBe(7);
    expect(maxActive()).toBe(1);

    await enqueue('polled@example.org');
    for (let i = 0; i < 100 && sent.length < 8; i++) await sleep(10);
    expect(sent.at(-1)?.to).toBe('polled@example.org');
    await worker.stop();
  });

  it('reports a failed pass to onError and keeps polling', async () => {
    const broken = await createTestDatabase();
    await broken.destroy();
    const errors: unknown[] = [];
    const worker = startOutboxWorker({
      db: broken.db,
      mailer: recordingMailer().mailer,
      intervalMs: 5,
      onError: (e) => errors.push(e),
    });
    for (let i = 0; i < 100 && errors.length < 2; i++) await sleep(10);
    await worker.stop();
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toBeInstanceOf(Error);
  });

  it('also delivers partner webhooks in each pass when asked to', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(String(req.headers['certinomis-event-id']));
      req.resume().on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { partner } = await createPartner(testDb.db, {
        slug: `worker-webhooks-${crypto.randomUUID().slice(0, 8)}`,
        name: 'Worker partner',
        mode: 'test',
        allowedOrigins: [],
        webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
      });
      const event = () =>
        enqueueWebhookEvent(testDb.db, {
          partnerId: partner.id,
          type: 'dossier.status_changed',
          data: { dossierId: 'd1', orderReference: '1764000001', from: 'to_sign', to: 'in_review' },
          now: new Date(),
        });

      // Without the option, webhook rows are left for someone else.
      const { mailer, sent } = recordingMailer();
      // A second ahead: rows stamped by the database (µs) within the same millisecond as the
      // worker's clock (ms) are due too, so the pass cannot miss them by a rounding.
      const ahead = () => new Date(Date.now() + 1_000);
      const mailOnly = startOutboxWorker({
        db: testDb.db,
        mailer,
        intervalMs: 60_000,
        now: ahead,
        onError: (e) => {
          throw e;
        },
      });
      const first = await event();
      const mailId = await enqueue('with-webhooks@example.org');
      await mailOnly.drainNow();
      await mailOnly.stop();
      expect(sent.map((m) => m.id)).toEqual([mailId]);
      expect(hits).toEqual([]);

      const errors: unknown[] = [];
      const worker = startOutboxWorker({
        db: testDb.db,
        mailer,
        intervalMs: 60_000,
        batchSize: 2,
        now: ahead,
        webhooks: {},
        onError: (e) => errors.push(e),
      });
      const more = [await event(), await event()];
      await worker.drainNow();
      expect(hits.sort()).toEqual([first, ...more].sort());
      await worker.drainNow();
      await worker.stop();
      expect(hits).toHaveLength(3);
      expect(errors).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('takes e-mails and webhooks a batch of each in turn: a backlog of e-mails never holds a webhook back', async () => {
    const hits: number[] = [];
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        hits.push(sent.length);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { mailer, sent } = recordingMailer();
    try {
      const { partner } = await createPartner(testDb.db, {
        slug: `worker-turns-${crypto.randomUUID().slice(0, 8)}`,
        name: 'Worker partner',
        mode: 'test',
        allowedOrigins: [],
        webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
      });
      // A burst: 6 e-mails (three batches of 2) queued before one webhook.
      for (let i = 0; i < 6; i++) await enqueue(`burst-${i}@example.org`);
      await enqueueWebhookEvent(testDb.db, {
        partnerId: partner.id,
        type: 'dossier.status_changed',
        data: { dossierId: 'd1', orderReference: '1764000001', from: 'to_sign', to: 'in_review' },
        now: new Date(),
      });
      const worker = startOutboxWorker({
        db: testDb.db,
        mailer,
        intervalMs: 60_000,
        batchSize: 2,
        now: () => new Date(Date.now() + 1_000),
        webhooks: {},
        onError: (e) => {
          throw e;
        },
      });
      await worker.drainNow();
      await worker.stop();
      expect(sent).toHaveLength(6);
      // The webhook left after the first batch of e-mails, not after the last.
      expect(hits).toEqual([2]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  // Cutting the database away from one pool while the suite keeps its own needs a
  // server reached over TCP; PGlite is in-process.
  it.skipIf(databaseKind !== 'postgres')(
    'keeps polling while the database is gone, then resumes where it stopped, sending nothing twice',
    async () => {
      const direct = new URL(process.env.TEST_DATABASE_URL as string);
      direct.pathname = `/${testDb.name}`;
      const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
      const db = createPostgresDatabase(proxy.urlFor(direct.toString()), {
        connectionTimeoutMillis: 1000,
        onConnectionError: () => {},
      });
      const ids = [await enqueue('a@example.org'), await enqueue('b@example.org')];
      ids.push(await enqueue('c@example.org'));
      const sends: string[] = [];
      const mailer: Mailer = {
        async send(message) {
          sends.push(message.id);
          // The database goes away right after the first message left: the pass's sent_at
          // cannot be written.
          if (sends.length === 1) await proxy.cut();
        },
      };
      const errors: unknown[] = [];
      const worker = startOutboxWorker({
        db,
        mailer,
        intervalMs: 50,
        batchSize: 10,
        onError: (e) => errors.push(e),
      });
      const waitUntil = async (what: string, done: () => boolean | Promise<boolean>) => {
        for (let i = 0; i < 600; i++) {
          if (await done()) return;
          await sleep(50);
        }
        throw new Error(`timed out waiting for ${what}`);
      };
      try {
        // Several passes fail while it is gone, and the loop goes on.
        await waitUntil('three failed passes', () => errors.length >= 3);
        expect(errors.every(isDatabaseUnavailable)).toBe(true);
        // The first pass went on sending what it had claimed (a row enqueued within the
        // claim's millisecond waits for the next one), and nothing went twice while the
        // database was gone: the failed passes claimed nothing.
        const duringOutage = [...sends];
        expect(duringOutage.length).toBeGreaterThanOrEqual(1);
        expect(new Set(duringOutage).size).toBe(duringOutage.length);
        await proxy.restore();
        const unsent = async () =>
          (await testDb.db.selectFrom('outbox').select('id').where('sent_at', 'is', null).execute())
            .length;
        await waitUntil('every message sent', async () => (await unsent()) === 0);
        // Recorded as sent once it came back, not sent again (nor after the lease).
        expect(sends.sort()).toEqual([...ids].sort());
      } finally {
        await worker.stop();
        await db.destroy().catch(() => {});
        await proxy.close();
      }
    },
  );
});
