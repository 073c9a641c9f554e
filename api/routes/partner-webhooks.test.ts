import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../examples/verify-webhook.ts';
import type { WebhookEventView } from '../../machines/contract.ts';
import { createPartner } from '../services/partners.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { deliverDueWebhooks } from '../webhooks/deliver.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue.ts';

/** A real HTTP endpoint on loopback answering the n-th request (from 1) with `status(n)`. */
async function startReceiver(status: (n: number) => number) {
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status(received.length)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const path = '/v1/partner/webhooks/deliveries';
const minutes = (n: number) => n * 60_000;

describe(`GET ${path} (${databaseKind})`, () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let partnerA: Awaited<ReturnType<typeof createPartner>>;
  let partnerB: Awaited<ReturnType<typeof createPartner>>;
  let eventA: string;
  let eventB: string;
  let t0: Date;

  const get = (query: string, secretKey: string | null, headers: Record<string, string> = {}) =>
    t.call('GET', `${path}${query}`, undefined, {
      ...(secretKey ? { Authorization: `Bearer ${secretKey}` } : {}),
      ...headers,
    });
  const items = async (response: Response) => {
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: WebhookEventView[]; nextCursor: string | null })
      .items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    receiver = await startReceiver((n) => (n <= 2 ? 500 : 200));
    partnerA = await createPartner(t.db, {
      slug: 'webhooks-route-a',
      name: 'Partner A',
      // A test partner: only those may aim webhooks at a local receiver.
      mode: 'test',
      allowedOrigins: [],
      webhookUrl: receiver.url,
    });
    partnerB = await createPartner(t.db, {
      slug: 'webhooks-route-b',
      name: 'Partner B',
      mode: 'test',
      allowedOrigins: [],
      webhookUrl: 'https://partner-b.invalid/hooks',
    });
    // As order placement will: in the transaction of the state change.
    eventA = (await t.db.transaction().execute((trx) =>
      enqueueWebhookEvent(trx, {
        partnerId: partnerA.partner.id,
        type: 'order.placed',
        data: {
          orderId: crypto.randomUUID(),
          reference: '1764000007',
          totals: { ht: 6_900, vat: 1_380, ttc: 8_280 },
          paymentMethod: 'transfer',
          certificates: 1,
          renewalOf: null,
        },
        now: new Date(),
      }),
    )) as string;
    eventB = (await enqueueWebhookEvent(t.db, {
      partnerId: partnerB.partner.id,
      type: 'dossier.status_changed',
      data: {
        dossierId: crypto.randomUUID(),
        orderReference: '1764000008',
        from: 'to_sign',
        to: 'in_review',
      },
      now: new Date(),
    })) as string;
    t0 = new Date(Date.now() + 1);
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.destroy();
  });

  it('shows a receiver failing twice then succeeding: three attempts, delivered, once', async () => {
    // Partner B's endpoint is not called here: deliver only partner A's row.
    await t.db
      .updateTable('outbox')
      .set({ available_at: new Date(t0.getTime() + minutes(60 * 24)) })
      .where('id', '=', eventB.slice(4))
      .execute();
    let now = t0;
    const deliver = () =>
      deliverDueWebhooks({ db: t.db, now: () => now, random: () => 0.5, timeoutMs: 5_000 });

    const pending = await items(await get('', partnerA.secretKey));
    expect(pending).toEqual([
      {
        id: eventA,
        type: 'order.placed',
        createdAt: expect.any(String),
        status: 'pending',
        deliveredAt: null,
        nextAttemptAt: expect.any(String),
        failedAt: null,
        lastError: null,
        attempts: [],
      },
    ]);

    const times: Date[] = [];
    for (const offset of [0, minutes(1), minutes(3)]) {
      now = new Date(t0.getTime() + offset);
      times.push(now);
      await deliver();
      if (offset === minutes(1)) {
        const [retrying] = await items(await get('', partnerA.secretKey));
        expect(retrying).toMatchObject({
          status: 'pending',
          lastError: 'HTTP 500',
          nextAttemptAt: new Date(now.getTime() + minutes(2)).toISOString(),
        });
      }
    }
    now = new Date(t0.getTime() + minutes(60 * 24 * 2));
    await deliver();

    // The receiver got the event three times, the same body, each signed for its time.
    expect(receiver.received).toHaveLength(3);
    const bodies = new Set(receiver.received.map((r) => r.body));
    expect(bodies.size).toBe(1);
    for (const [i, request] of receiver.received.entries()) {
      const event = await verifyWebhook(
        request.body,
        String(request.headers['certinomis-signature']),
        partnerA.webhookSecret ?? '',
        { now: times[i] as Date },
      );
      expect(event).toMatchObject({ id: eventA, type: 'order.placed', livemode: false });
    }

    const response = await get('', partnerA.secretKey);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const [delivered, ...others] = await items(response);
    expect(others).toEqual([]);
    expect(delivered).toEqual({
      id: eventA,
      type: 'order.placed',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      status: 'delivered',
      deliveredAt: times[2]?.toISOString(),
      nextAttemptAt: null,
      failedAt: null,
      lastError: null,
      attempts: [500, 500, 200].map((status, i) => ({
        attempt: i + 1,
        attemptedAt: times[i]?.toISOString(),
        responseStatus: status,
        error: status === 200 ? null : 'HTTP 500',
        durationMs: expect.any(Number),
        succeeded: status === 200,
        url: receiver.url,
        manual: false,
      })),
    });
  });

  it('never shows another partner’s events', async () => {
    const forB = await items(await get('', partnerB.secretKey));
    expect(forB.map((e) => e.id)).toEqual([eventB]);
    expect(forB[0]).toMatchObject({ type: 'dossier.status_changed', status: 'pending' });
    const forA = await items(await get('?limit=100', partnerA.secretKey));
    expect(forA.map((e) => e.id)).toEqual([eventA]);
    // The seeded test partner (no endpoint) has none.
    const seeded = (t as { partner?: { secretKey: string } }).partner;
    if (seeded) expect(await items(await get('', seeded.secretKey))).toEqual([]);
  });

  it('refuses a missing or invalid secret key with a 401 problem', async () => {
    for (const authorization of [
      null,
      'Bearer sk_test_not_a_real_key_000000',
      `Bearer ${partnerA.partner.publishable_key}`,
      `Basic ${btoa(`${partnerA.secretKey}:`)}`,
      partnerA.secretKey,
    ]) {
      const response = await t.call(
        'GET',
        path,
        undefined,
        authorization ? { Authorization: authorization, 'Accept-Language': 'en' } : {},
      );
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      const problem = (await response.json()) as { type: string; status: number; title: string };
      expect(problem).toMatchObject({
        status: 401,
        type: expect.stringMatching(/secret-key-required$/),
      });
      expect(problem.title).toBeTruthy();
    }
    // A disabled partner's key no longer works.
    await t.db
      .updateTable('partners')
      .set({ disabled_at: new Date() })
      .where('id', '=', partnerB.partner.id)
      .execute();
    try {
      expect((await get('', partnerB.secretKey)).status).toBe(401);
    } finally {
      await t.db
        .updateTable('partners')
        .set({ disabled_at: null })
        .where('id', '=', partnerB.partner.id)
        .execute();
    }
  });

  it('pages newest first with a keyset cursor, ties broken by id', async () => {
    const paged = await createPartner(t.db, {
      slug: 'webhooks-route-paged',
      name: 'Paged',
      mode: 'test',
      allowedOrigins: [],
      webhookUrl: 'https://paged.invalid/hooks',
    });
    const ids: string[] = [];
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 7; i++) {
        ids.push(
          (await enqueueWebhookEvent(trx, {
            partnerId: paged.partner.id,
            type: 'dossier.status_changed',
            data: {
              dossierId: `d${i}`,
              orderReference: '1764000009',
              from: 'to_complete',
              to: 'to_sign',
            },
            now: new Date(),
          })) as string,
        );
      }
    });
    const walk = async (limit: number) => {
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await get(query, paged.secretKey);
        expect(response.status).toBe(200);
        const page = (await response.json()) as {
          items: WebhookEventView[];
          nextCursor: string | null;
        };
        seen.push(...page.items.map((e) => e.id));
        sizes.push(page.items.length);
        cursor = page.nextCursor;
      } while (cursor && sizes.length < 20);
      return { seen, sizes };
    };

    // Newest first; PGlite's clock ticks in milliseconds, so equal times fall back to the id.
    const expected = async () =>
      (
        await t.db
          .selectFrom('outbox')
          .select('id')
          .where('recipient', '=', paged.partner.id)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .execute()
      ).map((row) => `evt_${row.id}`);
    const distinct = await walk(3);
    expect(distinct.sizes).toEqual([3, 3, 1]);
    expect(distinct.seen).toEqual(await expected());
    expect(new Set(distinct.seen)).toEqual(new Set(ids));
    expect((await walk(7)).sizes).toEqual([7]);

    // Same created_at down to the microsecond for some rows: the id decides, nothing lost or repeated.
    await t.db
      .updateTable('outbox')
      .set({ created_at: sql<Date>`'2026-12-01 10:00:00.123456+00'::timestamptz` })
      .where(
        'id',
        'in',
        ids.slice(1, 6).map((id) => id.slice(4)),
      )
      .execute();
    const tied = await walk(2);
    expect(tied.sizes).toEqual([2, 2, 2, 1]);
    expect(tied.seen).toEqual(await expected());
    expect(new Set(tied.seen)).toEqual(new Set(ids));
  });

  it('validates the query', async () => {
    for (const query of [
      '?limit=0',
      '?limit=101',
      '?limit=abc',
      '?limit=1.5',
      '?cursor=nope',
      '?cursor=W10',
    ]) {
      const response = await get(query, partnerA.secretKey);
      expect(response.status).toBe(422);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.length).toBeGreaterThan(0);
    }
  });
});
