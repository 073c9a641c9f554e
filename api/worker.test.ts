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
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierResponse, OrderResponse } from '../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../machines/dossier/test-fixtures.ts';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { hashPassword, verifyPassword } from './security/password.ts';
import { hashToken } from './security/tokens.ts';
import { sessionFor } from './testing/sessions.ts';
import { createTestApp, onWorkerd, type TestApp } from './testing/test-app.ts';
import { databaseKind } from './testing/test-database.ts';

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
