/**
 * The Workers entry (api/worker.ts). Run by every API leg; the parts marked
 * `skipIf(!onWorkerd)` need workerd itself (vitest project `workerd`, which
 * runs the API suite over HTTP against `wrangler dev`):
 *
 * - cross-runtime crypto: passwords hashed (PBKDF2 through Web Crypto) and
 *   tokens hashed (SHA-256) on one runtime verify on the other; webhook
 *   signatures (HMAC-SHA256) made on workerd verify on Node;
 * - identity scans go to R2 on the Worker (and downloads work);
 * - the test hooks (`X-Test-*`) are honoured only with TEST_HOOKS=1;
 * - the Cron Trigger drains e-mails, SMS and webhooks (`wrangler dev --test-scheduled`),
 *   and a request that queued a message has it sent right after the response.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierResponse, OrderResponse } from '../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../machines/dossier/test-fixtures.ts';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { startWorkerd, type Workerd } from '../scripts/workerd.ts';
import { enqueueEmail, enqueueSms } from './outbox/enqueue.ts';
import { developmentKeyEntry } from './security/encryption.ts';
import { hashPassword, verifyPassword } from './security/password.ts';
import { hashToken } from './security/tokens.ts';
import { createPartner } from './services/partners.ts';
import { sessionFor } from './testing/sessions.ts';
import {
  createTestApp,
  onWorkerd,
  type TestApp,
  testPartnerKey,
  workerdUrl,
} from './testing/test-app.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './testing/test-database.ts';
import { enqueueWebhookEvent } from './webhooks/enqueue.ts';
import { SIGNATURE_HEADER, signWebhook, webhookHmac } from './webhooks/signature.ts';

const runtime = onWorkerd ? 'workerd' : `node, ${databaseKind}`;
const password = 'Tartuffe ou l’Imposteur 1664';

describe(`Workers entry (${runtime})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.destroy());

  const placeOrder = async (email: string) => {
    const res = await t.call('POST', '/v1/orders', orderBody({ email }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as OrderResponse;
  };

  describe('cross-runtime crypto (Node writes, the API verifies, and back)', () => {
    it('a password hashed on Node logs in through the API', async () => {
      const email = 'node-hash@example.org';
      const now = new Date();
      await t.db
        .insertInto('accounts')
        .values({
          email,
          password_hash: await hashPassword(password),
          email_verified_at: now,
          created_at: now,
          password_changed_at: now,
        })
        .execute();
      const ok = await t.call('POST', '/v1/auth/login', { email, password });
      expect(ok.status, await ok.clone().text()).toBe(202);
      const wrong = await t.call('POST', '/v1/auth/login', { email, password: `${password}!` });
      expect(wrong.status).toBe(401);
    });

    it('a password hashed by the API verifies on Node; its e-mailed token hashes alike', async () => {
      const email = 'api-hash@example.org';
      await placeOrder(email);
      expect((await t.call('POST', '/v1/auth/register', { email, password })).status).toBe(202);
      // The registration's work runs after the answer: wait (generously) for its e-mail.
      let mail: { text_body: string } | undefined;
      for (let tries = 0; !mail && tries < 400; tries++) {
        mail = await t.db
          .selectFrom('outbox')
          .select('text_body')
          .where('recipient', '=', email)
          .where('text_body', 'like', '%verify=%')
          .executeTakeFirst();
        if (!mail) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const token = /[?&]verify=([A-Za-z0-9_-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '';
      // Until confirmed, the password waits with the link mailed for it.
      const stored = await t.db
        .selectFrom('email_tokens')
        .innerJoin('accounts', 'accounts.id', 'email_tokens.account_id')
        .select(['email_tokens.token_hash', 'email_tokens.password_hash'])
        .where('accounts.email', '=', email)
        .where('email_tokens.purpose', '=', 'verify_email')
        .executeTakeFirstOrThrow();
      const hash = stored.password_hash ?? '';
      expect(hash).toMatch(/^pbkdf2-sha256\$100000\$[\w-]{22}\$[\w-]{43}$/);
      expect(await verifyPassword(password, hash)).toEqual({ ok: true, needsRehash: false });
      expect((await verifyPassword(`${password}!`, hash)).ok).toBe(false);
      expect(stored.token_hash).toBe(await hashToken(token));
      expect((await t.call('POST', '/v1/auth/verify-email', { token })).status).toBe(200);
    });

    it('a session token hashed on Node opens the API', async () => {
      const email = 'node-session@example.org';
      const auth = await sessionFor(t.db, email);
      const me = await t.call('GET', '/v1/me', undefined, auth);
      expect(me.status).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe(email);
    });
  });

  it('keeps identity scans in R2 on workerd, in Postgres in-process; both serve them back', async () => {
    const email = 'scan@example.org';
    const order = await placeOrder(email);
    const dossierId = order.dossiers[0]?.id ?? '';
    const auth = await sessionFor(t.db, email);
    const version = async () => {
      const res = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, auth);
      return ((await res.json()) as DossierResponse).version;
    };
    for (const [step, data] of [
      ['organisation', organisationData],
      ['mandataire', mandataireData],
      ['beneficiaire', beneficiaireData],
      ['delivery', { recipient: 'beneficiaire', mode: 'mail' }],
      ['identity', { method: 'online' }],
    ] as const) {
      const res = await t.call(
        'POST',
        `/v1/dossiers/${dossierId}/events`,
        { type: 'dossier.save', step, data },
        { ...auth, 'If-Match': `"${await version()}"` },
      );
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const png = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
        .png()
        .toBuffer(),
    );
    const form = new FormData();
    form.set('file', new File([png], 'cni.png', { type: 'image/png' }));
    const upload = await t.request(`/v1/dossiers/${dossierId}/documents`, {
      method: 'POST',
      headers: { ...auth, 'If-Match': `"${await version()}"` },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const documentId = ((await upload.json()) as DossierResponse).documents[0]?.id ?? '';
    const { storage_key } = await t.db
      .selectFrom('documents')
      .select('storage_key')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    const blobs = await t.db
      .selectFrom('document_blobs')
      .select('key')
      .where('key', '=', storage_key)
      .execute();
    expect(blobs).toHaveLength(onWorkerd ? 0 : 1);
    const download = await t.call(
      'GET',
      `/v1/dossiers/${dossierId}/documents/${documentId}`,
      undefined,
      auth,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('Content-Type')).toBe('image/png');
    const served = new Uint8Array(await download.arrayBuffer());
    expect(served.length).toBeGreaterThan(0);
    expect((await sharp(served).metadata()).width).toBe(8);
  });
});

describe('wrangler.toml', () => {
  const toml = readFileSync('wrangler.toml', 'utf8');
  const settings = toml
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.includes('='));

  it('holds no secret and never TEST_HOOKS: those are Workers secrets or test-only --var', () => {
    const keys = settings.map((line) => line.split('=')[0]?.trim());
    for (const forbidden of [
      'TEST_HOOKS',
      'DATABASE_URL',
      'MAIL_API_TOKEN',
      'SMS_TOKEN',
      'ENCRYPTION_KEYS',
    ]) {
      expect(keys, forbidden).not.toContain(forbidden);
    }
    expect(settings.join('\n')).not.toMatch(/postgres(ql)?:\/\/|whsec_|sk_(live|test)_/);
  });

  it('binds R2 for identity scans and runs the outbox from a Cron Trigger', () => {
    expect(toml).toMatch(/\[\[r2_buckets\]\]\s*\nbinding = "ID_SCANS"/);
    expect(toml).toMatch(/crons = \["\*\/1 \* \* \* \*", "0 \* \* \* \*"\]/);
  });
});

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
