import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../examples/verify-webhook.ts';
import { undiciWebhookPoster } from '../adapters/undici-webhook-poster.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { createPartner } from '../services/partners.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import {
  deliverDueWebhooks,
  type FailedWebhookAttempt,
  WEBHOOK_RETRY_WINDOW_MS,
  webhookBackoffMs,
} from './deliver.ts';
import { enqueueWebhookEvent } from './enqueue.ts';
import { fetchPoster } from './fetch-poster.ts';

interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP endpoint on loopback: answers the n-th request (from 1) with `answer(n)`. */
async function startReceiver(answer: (n: number) => number | 'hang' = () => 200) {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const status = answer(requests.length);
      if (status === 'hang') return;
      res.writeHead(status, {
        'Content-Type': 'text/plain',
        ...(status === 302 ? { Location: 'http://127.0.0.1:1/elsewhere' } : {}),
      });
      res.end(status < 300 ? 'ok' : `receiver says no\n(${status})`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/certinomis`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const minutes = (n: number) => n * 60_000;
const noJitter = () => 0.5;

describe(`deliverDueWebhooks (${databaseKind})`, () => {
  let testDb: TestDatabase;
  const receivers: Receiver[] = [];
  let slug = 0;

  const receiver = async (answer?: (n: number) => number | 'hang') => {
    const r = await startReceiver(answer);
    receivers.push(r);
    return r;
  };
  const partner = async (webhookUrl: string | null) =>
    createPartner(testDb.db, {
      slug: `deliver-${++slug}`,
      name: `Partner ${slug}`,
      mode: 'test',
      allowedOrigins: [],
      webhookUrl,
    });
  const placed = (partnerId: string, reference = '1764000001') =>
    enqueueWebhookEvent(testDb.db, {
      partnerId,
      type: 'order.placed',
      data: {
        orderId: crypto.randomUUID(),
        reference,
        totals: { ht: 6_900, vat: 1_380, ttc: 8_280 },
        paymentMethod: 'mandate',
        certificates: 1,
        renewalOf: null,
      },
      now: new Date(),
    }) as Promise<string>;
  const outboxRow = (eventId: string) =>
    testDb.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', eventId.slice(4))
      .executeTakeFirstOrThrow();
  const attempts = (eventId: string) =>
    testDb.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('event_id', '=', eventId.slice(4))
      .orderBy('attempt')
      .execute();

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb?.destroy());
  beforeEach(async () => {
    await testDb.db.deleteFrom('webhook_deliveries').execute();
    await testDb.db.deleteFrom('outbox').execute();
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });

  it('backs off 1 min × 2^(n−1), capped at 6 h, with ±20 % jitter', () => {
    expect([1, 2, 3, 4, 9, 10, 30].map((n) => webhookBackoffMs(n, noJitter))).toEqual([
      minutes(1),
      minutes(2),
      minutes(4),
      minutes(8),
      minutes(256),
      minutes(360),
      minutes(360),
    ]);
    expect(webhookBackoffMs(1, () => 0)).toBe(48_000);
    expect(webhookBackoffMs(1, () => 0.999999)).toBe(72_000);
  });

  it('retries a failing receiver and delivers the signed event exactly once more', async () => {
    const endpoint = await receiver((n) => (n <= 2 ? 500 : 200));
    const { partner: p, webhookSecret } = await partner(endpoint.url);
    const eventId = await placed(p.id);
    const stored = await outboxRow(eventId);
    const t0 = new Date(Date.now() + 1);
    let now = t0;
    const deliver = () => deliverDueWebhooks({ db: testDb.db, now: () => now, random: noJitter });

    expect(await deliver()).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect(endpoint.requests).toHaveLength(1);
    expect((await outboxRow(eventId)).available_at).toEqual(new Date(t0.getTime() + minutes(1)));

    now = new Date(t0.getTime() + minutes(1) - 1);
    expect(await deliver()).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    now = new Date(t0.getTime() + minutes(1));
    expect(await deliver()).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    now = new Date(t0.getTime() + minutes(3));
    expect(await deliver()).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(endpoint.requests).toHaveLength(3);

    // Never again after the success.
    now = new Date(t0.getTime() + minutes(60 * 24 * 10));
    expect(await deliver()).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(endpoint.requests).toHaveLength(3);

    const attemptTimes = [
      t0,
      new Date(t0.getTime() + minutes(1)),
      new Date(t0.getTime() + minutes(3)),
    ];
    for (const [i, request] of endpoint.requests.entries()) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/hooks/certinomis');
      expect(request.body).toBe(stored.text_body);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['user-agent']).toBe('certinomis-order-webhooks/1');
      expect(request.headers['certinomis-event-id']).toBe(eventId);
      expect(request.headers['certinomis-event-type']).toBe('order.placed');
      const signature = String(request.headers['certinomis-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      const event = await verifyWebhook(request.body, signature, webhookSecret ?? '', {
        now: attemptTimes[i] as Date,
      });
      expect(event).toMatchObject({ id: eventId, type: 'order.placed', livemode: false });
    }

    const log = await attempts(eventId);
    expect(
      log.map(({ attempt, response_status, succeeded, url, partner_id, event_type }) => ({
        attempt,
        response_status,
        succeeded,
        url,
        partner_id,
        event_type,
      })),
    ).toEqual(
      [500, 500, 200].map((status, i) => ({
        attempt: i + 1,
        response_status: status,
        succeeded: status === 200,
        url: endpoint.url,
        partner_id: p.id,
        event_type: 'order.placed',
      })),
    );
    expect(log.map((a) => a.attempted_at)).toEqual(attemptTimes);
    // Only the status: the endpoint's body is never kept (it would be shown to the partner).
    expect(log[0]?.error).toBe('HTTP 500');
    expect(log[2]?.error).toBeNull();
    expect(log.every((a) => a.duration_ms >= 0 && a.duration_ms < 10_000)).toBe(true);
    const delivered = await outboxRow(eventId);
    expect(delivered.sent_at).toEqual(attemptTimes[2]);
    expect(delivered.attempts).toBe(3);
    expect(delivered.failed_at).toBeNull();
  });

  it('gives up when the next retry would come more than 3 days after the event', async () => {
    const endpoint = await receiver(() => 503);
    const { partner: p } = await partner(endpoint.url);
    const eventId = await placed(p.id);
    const { created_at: createdAt } = await outboxRow(eventId);
    const failures: FailedWebhookAttempt[] = [];
    let now = new Date(Date.now() + 1);
    let result = { sent: 0, failed: 0, gaveUp: 0 };
    for (let pass = 0; pass < 40 && result.gaveUp === 0; pass++) {
      result = await deliverDueWebhooks({
        db: testDb.db,
        now: () => now,
        random: noJitter,
        onAttemptFailed: (failure) => failures.push(failure),
      });
      const row = await outboxRow(eventId);
      if (!row.failed_at) {
        expect(row.available_at.getTime()).toBeLessThanOrEqual(
          createdAt.getTime() + WEBHOOK_RETRY_WINDOW_MS,
        );
        now = row.available_at;
      }
    }
    // 1, 2, 4 … 256 min (8 h 31 min in all), then every 6 h: 20 attempts within 3 days.
    expect(result).toEqual({ sent: 0, failed: 0, gaveUp: 1 });
    expect(endpoint.requests).toHaveLength(20);
    const row = await outboxRow(eventId);
    expect(row.failed_at).toEqual(now);
    expect(row.sent_at).toBeNull();
    expect(row.attempts).toBe(20);
    expect(row.last_error).toContain('HTTP 503');
    expect(now.getTime() - createdAt.getTime()).toBeLessThan(WEBHOOK_RETRY_WINDOW_MS);
    expect(now.getTime() + minutes(360) - createdAt.getTime()).toBeGreaterThan(
      WEBHOOK_RETRY_WINDOW_MS,
    );
    expect((await attempts(eventId)).map((a) => a.attempt)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(failures.map((f) => f.gaveUp)).toEqual([...Array(19).fill(false), true]);
    expect(failures.at(-1)).toMatchObject({
      eventId,
      partnerId: p.id,
      attempt: 20,
      responseStatus: 503,
    });

    // Failed for good: never claimed again.
    now = new Date(now.getTime() + minutes(60 * 24));
    expect(await deliverDueWebhooks({ db: testDb.db, now: () => now })).toEqual({
      sent: 0,
      failed: 0,
      gaveUp: 0,
    });
    expect(endpoint.requests).toHaveLength(20);
  });

  // Node's entry posts with undici, Workers (and the default) with fetch: both count alike.
  it.each([
    ['fetch', fetchPoster()],
    ['undici', undiciWebhookPoster],
  ])('counts timeouts, refused connections and redirects as failures (%s)', async (_, post) => {
    const hanging = await receiver(() => 'hang');
    const redirecting = await receiver(() => 302);
    const closed = await startReceiver();
    await closed.close();
    const events = [
      await placed((await partner(hanging.url)).partner.id),
      await placed((await partner(redirecting.url)).partner.id),
      await placed((await partner(closed.url)).partner.id),
    ];
    const now = new Date(Date.now() + 1);
    expect(
      await deliverDueWebhooks({ db: testDb.db, now: () => now, timeoutMs: 300, post }),
    ).toEqual({
      sent: 0,
      failed: 3,
      gaveUp: 0,
    });
    const [timedOut, redirected, refused] = await Promise.all(
      events.map(async (id) => (await attempts(id))[0]),
    );
    expect(timedOut).toMatchObject({ response_status: null, succeeded: false });
    expect(timedOut?.error).toBe('timeout after 300 ms');
    expect(timedOut?.duration_ms).toBeGreaterThanOrEqual(250);
    expect(redirected).toMatchObject({ response_status: 302, succeeded: false });
    expect(redirected?.error).toMatch(/^HTTP 302/);
    expect(redirecting.requests).toHaveLength(1);
    expect(refused).toMatchObject({ response_status: null, succeeded: false });
    expect(refused?.error).toMatch(/ECONNREFUSED|fetch failed/);
    for (const id of events) expect((await outboxRow(id)).attempts).toBe(1);
  });

  it('posts to the partner’s current endpoint, and marks events failed once it has none', async () => {
    const before = await receiver();
    const after = await receiver();
    const moving = await partner(before.url);
    const removed = await partner(before.url);
    const movingEvent = await placed(moving.partner.id);
    const removedEvent = await placed(removed.partner.id);
    await testDb.db
      .updateTable('partners')
      .set({ webhook_url: after.url })
      .where('id', '=', moving.partner.id)
      .execute();
    await testDb.db
      .updateTable('partners')
      .set({ webhook_url: null, webhook_secret: null })
      .where('id', '=', removed.partner.id)
      .execute();

    const failures: FailedWebhookAttempt[] = [];
    const now = new Date(Date.now() + 1);
    expect(
      await deliverDueWebhooks({
        db: testDb.db,
        now: () => now,
        onAttemptFailed: (f) => failures.push(f),
      }),
    ).toEqual({ sent: 1, failed: 0, gaveUp: 1 });
    expect(before.requests).toHaveLength(0);
    expect(after.requests.map((r) => r.headers['certinomis-event-id'])).toEqual([movingEvent]);
    const gone = await outboxRow(removedEvent);
    expect(gone.failed_at).toEqual(now);
    expect(gone.last_error).toBe('the partner has no webhook endpoint');
    expect(await attempts(removedEvent)).toEqual([]);
    expect(failures).toEqual([
      {
        eventId: removedEvent,
        partnerId: removed.partner.id,
        type: 'order.placed',
        attempt: 0,
        responseStatus: null,
        error: 'the partner has no webhook endpoint',
        gaveUp: true,
      },
    ]);
  });

  it('delivers each partner its own events, oldest first, in batches, leaving e-mails alone', async () => {
    const a = await receiver();
    const b = await receiver();
    const partnerA = await partner(a.url);
    const partnerB = await partner(b.url);
    const emailId = await enqueueEmail(testDb.db, { to: 'x@example.org', subject: 'S', text: 'T' });
    // A few ms apart: PGlite's clock ticks in milliseconds, and oldest first needs distinct times.
    const later = async (partnerId: string, reference: string) => {
      await new Promise((resolve) => setTimeout(resolve, 3));
      return placed(partnerId, reference);
    };
    const aEvents = [
      await later(partnerA.partner.id, 'A1'),
      await later(partnerA.partner.id, 'A2'),
    ];
    const bEvents = [
      await later(partnerB.partner.id, 'B1'),
      await later(partnerB.partner.id, 'B2'),
      await later(partnerB.partner.id, 'B3'),
    ];
    const now = new Date(Date.now() + 1);
    const run = () => deliverDueWebhooks({ db: testDb.db, now: () => now, batchSize: 3 });
    expect(await run()).toEqual({ sent: 3, failed: 0, gaveUp: 0 });
    expect(await run()).toEqual({ sent: 2, failed: 0, gaveUp: 0 });
    expect(await run()).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(a.requests.map((r) => r.headers['certinomis-event-id'])).toEqual(aEvents);
    expect(b.requests.map((r) => r.headers['certinomis-event-id'])).toEqual(bEvents);
    expect(
      await verifyWebhook(
        a.requests[0]?.body ?? '',
        String(a.requests[0]?.headers['certinomis-signature']),
        partnerB.webhookSecret ?? '',
        { now },
      ).catch((e: Error) => e.message),
    ).toMatch(/No v1= signature matches/);
    const email = await testDb.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', emailId)
      .executeTakeFirstOrThrow();
    expect(email.sent_at).toBeNull();
    expect(email.attempts).toBe(0);
  });

  it('uses an injected poster', async () => {
    const { partner: p } = await partner('https://partner.invalid/hooks');
    const eventId = await placed(p.id);
    const seen: Request[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return new Response(null, { status: 204 });
    };
    const now = new Date(Date.now() + 1);
    const post = fetchPoster(fakeFetch);
    expect(await deliverDueWebhooks({ db: testDb.db, now: () => now, post })).toEqual({
      sent: 1,
      failed: 0,
      gaveUp: 0,
    });
    expect(seen.map((r) => [r.method, r.url, r.headers.get('certinomis-event-id')])).toEqual([
      ['POST', 'https://partner.invalid/hooks', eventId],
    ]);
  });

  describe.runIf(databaseKind === 'postgres')('with concurrent workers', () => {
    it('never posts one event from two workers at once (skip locked)', async () => {
      const endpoint = await receiver();
      const partners = [await partner(endpoint.url), await partner(endpoint.url)];
      const events: string[] = [];
      for (let i = 0; i < 12; i++) {
        events.push(await placed(partners[i % 2]!.partner.id, `C${i}`));
      }
      const now = new Date(Date.now() + 1);
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          deliverDueWebhooks({ db: testDb.db, now: () => now, batchSize: 4 }),
        ),
      );
      const again = await deliverDueWebhooks({ db: testDb.db, now: () => now, batchSize: 12 });
      expect(results.reduce((n, r) => n + r.sent, 0) + again.sent).toBe(12);
      const ids = endpoint.requests.map((r) => String(r.headers['certinomis-event-id']));
      expect(ids.sort()).toEqual([...events].sort());
    });
  });
});
