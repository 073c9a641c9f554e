import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../machines/contract.ts';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { startWorkerd, type Workerd } from '../scripts/workerd.ts';
import { enqueueEmail, enqueueSms } from './outbox/enqueue.ts';
import { developmentKeyEntry } from './security/encryption.ts';
import { createPartner } from './services/partners.ts';
import {
  createTestApp,
  onWorkerd,
  type TestApp,
  testPartnerKey,
  workerdUrl,
} from './testing/test-app.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { enqueueWebhookEvent } from './webhooks/enqueue.ts';
import { SIGNATURE_HEADER, signWebhook, webhookHmac } from './webhooks/signature.ts';

describe.skipIf(!onWorkerd)('Workers entry: test hooks and Cron Triggers (workerd only)', () => {
  let t: TestApp;
  /** A second database on the same server, which a hooked request may name. */
  let other: TestDatabase;
  /** A worker bound to this file's database, without TEST_HOOKS, with a mail/SMS/webhook sink. */
  let plain: Workerd;
  const received: { path: string; headers: Headers; body: string }[] = [];
  let sinkUrl = '';
  let closeSink = () => {};

  beforeAll(async () => {
    t = await createTestApp();
    const app = new Hono().post('/:channel', async (c) => {
      received.push({ path: c.req.path, headers: c.req.raw.headers, body: await c.req.text() });
      return c.json({ ok: true }, 202);
    });
    await new Promise<void>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        sinkUrl = `http://127.0.0.1:${info.port}`;
        resolve();
      });
      closeSink = () => server.close();
    });
    other = await createTestDatabase();
    await createPartner(other.db, {
      slug: 'test-partner',
      name: 'Test partner',
      mode: 'live',
      publishableKey: testPartnerKey,
      allowedOrigins: [],
    });
    await other.db
      .insertInto('cgv_documents')
      .values({
        version: '2099-01-01',
        title: 'CGV of the other database',
        html: '<p>other</p>',
        published_at: new Date('2099-01-01T00:00:00Z'),
      })
      .execute();
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.pathname = `/${t.name}`;
    plain = await startWorkerd({
      testScheduled: true,
      vars: {
        DATABASE_URL: url.toString(),
        MAIL_API_URL: `${sinkUrl}/mail`,
        MAIL_API_TOKEN: 'mail-token',
        MAIL_FROM: 'CERTINOMIS <no-reply@example.org>',
        SMS_URL: `${sinkUrl}/sms`,
        SMS_TOKEN: 'sms-token',
        // Without TEST_HOOKS the Worker needs ENCRYPTION_KEYS; the key this file's partners were
        // sealed with in Node (createPartner's default, the development key).
        ENCRYPTION_KEYS: await developmentKeyEntry(),
      },
    });
  }, 120_000);
  afterAll(async () => {
    await plain?.stop();
    await other?.destroy();
    await t?.destroy();
    closeSink();
  });

  const waitFor = async <T>(
    find: () => T | undefined | Promise<T | undefined>,
    what: string,
  ): Promise<T> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const found = await find();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  it('honours X-Test-* with TEST_HOOKS=1 and refuses malformed values', async () => {
    const cgv = (headers: Record<string, string>) =>
      fetch(`${workerdUrl}/v1/cgv`, { headers: { 'X-Partner-Key': testPartnerKey, ...headers } });
    const there = await cgv({ 'X-Test-Database': other.name as string });
    expect(there.status).toBe(200);
    expect(((await there.json()) as { version: string }).version).toBe('2099-01-01');
    for (const name of ['', 'app', 'test_../app', `${other.name}x`, `${other.name}; drop`]) {
      const res = await cgv({ 'X-Test-Database': name });
      expect(res.status, name).toBe(400);
      await res.body?.cancel();
    }
    const badNow = await cgv({ 'X-Test-Now': 'tomorrow' });
    expect(badNow.status).toBe(400);
  });

  it('ignores every X-Test-* header without TEST_HOOKS', async () => {
    const headers = {
      'X-Partner-Key': testPartnerKey,
      'X-Test-Database': other.name as string,
      'X-Test-Now': '2030-01-01T00:00:00.000Z',
    };
    const cgv = await fetch(`${plain.url}/v1/cgv`, { headers });
    expect(cgv.status).toBe(200);
    expect(((await cgv.json()) as { version: string }).version).toBe('2026-11-26');
    const order = await fetch(`${plain.url}/v1/orders`, {
      method: 'POST',
      headers: {
        ...headers,
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify(orderBody({ email: 'plain@example.org' })),
    });
    expect(order.status, await order.clone().text()).toBe(201);
    const { createdAt } = (await order.json()) as OrderResponse;
    expect(Math.abs(new Date(createdAt).getTime() - Date.now())).toBeLessThan(5 * 60_000);
    const bad = await fetch(`${plain.url}/v1/cgv`, {
      headers: { 'X-Partner-Key': testPartnerKey, 'X-Test-Database': 'not a database' },
    });
    expect(bad.status).toBe(200);
    // Demo mode cannot be switched on from outside: /dev (the outbox, login links in it) stays absent.
    const dev = await fetch(`${plain.url}/dev/outbox`, { headers: { 'X-Test-Demo': '1' } });
    expect(dev.status).toBe(404);
    // And errors are never reported back to the caller.
    for (const res of [cgv, order, bad, dev]) {
      expect(res.headers.get('X-Test-Reported-Errors')).toBeNull();
    }
  });

  it('sends the e-mail a request queued right after the response, through the HTTP e-mail API', async () => {
    const mail = await waitFor(
      () => received.find((r) => r.path === '/mail' && r.body.includes('plain@example.org')),
      'the order confirmation',
    );
    expect(mail.headers.get('Authorization')).toBe('Bearer mail-token');
    const body = JSON.parse(mail.body) as { id: string; from: string; to: string };
    expect(body).toMatchObject({ from: 'CERTINOMIS <no-reply@example.org>' });
    expect(mail.headers.get('Idempotency-Key')).toBe(body.id);
    await waitFor(async () => {
      const row = await t.db
        .selectFrom('outbox')
        .select('sent_at')
        .where('id', '=', body.id)
        .executeTakeFirst();
      return row?.sent_at ?? undefined;
    }, 'sent_at');
  });

  it('drains e-mails, SMS and signed webhooks from the Cron Trigger', async () => {
    received.length = 0;
    const { partner, webhookSecret } = await createPartner(t.db, {
      slug: 'cron-partner',
      name: 'Cron partner',
      mode: 'test',
      publishableKey: 'pk_test_cron_partner',
      allowedOrigins: [],
      webhookUrl: `${sinkUrl}/webhook`,
    });
    const emailId = await enqueueEmail(t.db, {
      to: 'cron@example.org',
      subject: 'Rappel',
      text: 'Bonjour',
    });
    const smsId = await enqueueSms(t.db, { to: '+33612345678', text: 'Code 123456' });
    const eventId = await enqueueWebhookEvent(t.db, {
      partnerId: partner.id,
      type: 'order.placed',
      data: {
        orderId: crypto.randomUUID(),
        reference: 'BD00000000017',
        totals: { ht: 13000, vat: 2600, ttc: 15600 },
        paymentMethod: 'transfer',
        certificates: 1,
        renewalOf: null,
      },
      now: new Date(),
    });
    const cron = await fetch(`${plain.url}/__scheduled?cron=*+*+*+*+*`);
    expect(cron.status).toBe(200);
    await cron.body?.cancel();

    const mail = await waitFor(
      () => received.find((r) => r.path === '/mail' && r.body.includes('cron@example.org')),
      'the e-mail',
    );
    expect(JSON.parse(mail.body)).toMatchObject({ id: emailId, subject: 'Rappel' });
    const sms = await waitFor(() => received.find((r) => r.path === '/sms'), 'the text message');
    expect(sms.headers.get('Authorization')).toBe('Bearer sms-token');
    expect(JSON.parse(sms.body)).toMatchObject({ to: '+33612345678', reference: smsId });

    // Signed on workerd, verified on Node: the same HMAC, byte for byte.
    const webhook = await waitFor(() => received.find((r) => r.path === '/webhook'), 'the webhook');
    const signature = webhook.headers.get(SIGNATURE_HEADER) ?? '';
    const [, timestamp, mac] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
    expect(mac).toBe(await webhookHmac(webhookSecret as string, Number(timestamp), webhook.body));
    expect(signature).toBe(
      await signWebhook(webhookSecret as string, Number(timestamp), webhook.body),
    );
    expect(JSON.parse(webhook.body)).toMatchObject({ id: eventId, type: 'order.placed' });

    const ids = [emailId, smsId, (eventId as string).slice('evt_'.length)];
    await waitFor(async () => {
      const sent = await t.db
        .selectFrom('outbox')
        .select('id')
        .where('id', 'in', ids)
        .where('sent_at', 'is not', null)
        .execute();
      return sent.length === ids.length ? sent : undefined;
    }, 'sent_at on the three rows');
  });

  it('runs the retention job from the hourly Cron Trigger, audited', async () => {
    await t.db
      .insertInto('throttles')
      .values([
        {
          key: 'cron-retention-old',
          window_start: new Date(Date.now() - 3 * 86_400_000),
          count: 1,
        },
        { key: 'cron-retention-current', window_start: new Date(), count: 1 },
      ])
      .execute();
    const cron = await fetch(`${plain.url}/__scheduled?cron=0+*+*+*+*`);
    expect(cron.status).toBe(200);
    await cron.body?.cancel();
    await waitFor(async () => {
      const left = await t.db
        .selectFrom('throttles')
        .select('key')
        .where('key', 'like', 'cron-retention-%')
        .execute();
      return left.length === 1 ? left : undefined;
    }, 'the old throttle deleted');
    const audit = await t.db
      .selectFrom('audit_events')
      .select('data')
      .where('event', '=', 'retention.rows_deleted')
      .execute();
    expect(audit.map((a) => a.data)).toContainEqual(
      expect.objectContaining({ table: 'throttles' }),
    );
  });
});
