/**
 * Partners' webhook signing secrets encrypted at rest: the partners row holds
 * an envelope, deliveries are still signed with the secret the partner was
 * given (verified by a real receiver with the partners' sample), a clear
 * secret from before encryption is sealed on first use, a rotated master key
 * still works and, re-wrapped, works without the old key; a sealed secret
 * copied onto another partner does not open. In-process (calls the delivery
 * pass and reads the partners table directly).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../examples/verify-webhook.ts';
import { createPostgresFileStore } from '../adapters/postgres-file-store.ts';
import {
  encryptedTextKeyId,
  generateMasterKeyEntry,
  importKeyRing,
  isEncryptedText,
  type KeyRing,
  UnreadableCiphertextError,
} from '../security/encryption.ts';
import { rewrapStoredObjects } from '../security/rewrap.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import { deliverDueWebhooks } from '../webhooks/deliver.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue.ts';
import { SIGNATURE_HEADER } from '../webhooks/signature.ts';
import { type CreatedPartner, createPartner, readWebhookSecret } from './partners.ts';

async function startReceiver() {
  const received: { signature: string; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        signature: String(req.headers[SIGNATURE_HEADER.toLowerCase()] ?? ''),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe(`webhook signing secrets encrypted at rest (${databaseKind})`, () => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let k1: KeyRing;
  const k1Entry = generateMasterKeyEntry('k1');
  const k2Entry = generateMasterKeyEntry('k2');

  beforeAll(async () => {
    t = await createTestDatabase();
    receiver = await startReceiver();
    k1 = await importKeyRing(k1Entry);
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.destroy();
  });

  let n = 0;
  const partner = (keys: KeyRing) =>
    createPartner(
      t.db,
      {
        slug: `sealed-${++n}`,
        name: `Sealed ${n}`,
        mode: 'test',
        allowedOrigins: [],
        webhookUrl: receiver.url,
      },
      keys,
    );
  const storedSecret = async (id: string) =>
    (
      await t.db
        .selectFrom('partners')
        .select('webhook_secret')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).webhook_secret as string;

  /** Queues one event for `p`, delivers with `keys`, and verifies what the receiver got with the partner's secret. */
  async function deliverAndVerify(p: CreatedPartner, keys: KeyRing) {
    const before = receiver.received.length;
    const eventId = await enqueueWebhookEvent(t.db, {
      partnerId: p.partner.id,
      type: 'order.placed',
      data: {
        orderId: crypto.randomUUID(),
        reference: 'BD00000000017',
        totals: { ht: 13_000, vat: 2_600, ttc: 15_600 },
        paymentMethod: 'transfer',
        certificates: 1,
        renewalOf: null,
      },
      now: new Date(),
    });
    // A clock a second ahead: a row stamped by Postgres (µs) in this millisecond is due.
    const result = await deliverDueWebhooks({
      db: t.db,
      keys,
      timeoutMs: 10_000,
      now: () => new Date(Date.now() + 1000),
    });
    expect(result).toMatchObject({ sent: 1, failed: 0, gaveUp: 0 });
    const got = receiver.received[before];
    expect(got).toBeDefined();
    const event = await verifyWebhook(got?.body ?? '', got?.signature, p.webhookSecret as string);
    expect(event.id).toBe(eventId);
  }

  it('stores an envelope, not the secret, and signs with the secret the partner was given', async () => {
    const p = await partner(k1);
    expect(p.webhookSecret).toMatch(/^whsec_/);
    const stored = await storedSecret(p.partner.id);
    expect(isEncryptedText(stored)).toBe(true);
    expect(stored).not.toContain((p.webhookSecret as string).slice('whsec_'.length));
    expect(encryptedTextKeyId(stored)).toBe('k1');
    await deliverAndVerify(p, k1);
  });

  it('signs with a clear secret stored before encryption, and seals it on the way', async () => {
    const p = await partner(k1);
    await t.db
      .updateTable('partners')
      .set({ webhook_secret: p.webhookSecret })
      .where('id', '=', p.partner.id)
      .execute();
    await deliverAndVerify(p, k1);
    const stored = await storedSecret(p.partner.id);
    expect(isEncryptedText(stored)).toBe(true);
    expect(await readWebhookSecret(t.db, k1, { id: p.partner.id, webhook_secret: stored })).toBe(
      p.webhookSecret,
    );
  });

  it('keeps signing across a rotation, and after the re-wrap without the old key', async () => {
    const p = await partner(k1);
    const rotated = await importKeyRing(`${k2Entry},${k1Entry}`);
    await deliverAndVerify(p, rotated);
    const report = await rewrapStoredObjects({
      db: t.db,
      store: createPostgresFileStore(t.db),
      keys: rotated,
    });
    expect(report.unreadable).toBe(0);
    expect(report.rewrapped).toBeGreaterThanOrEqual(3); // this file's partners so far
    expect(encryptedTextKeyId(await storedSecret(p.partner.id))).toBe('k2');
    await deliverAndVerify(p, await importKeyRing(k2Entry));
    // Idempotent.
    const again = await rewrapStoredObjects({
      db: t.db,
      store: createPostgresFileStore(t.db),
      keys: rotated,
    });
    expect(again).toMatchObject({ rewrapped: 0, sealed: 0, unreadable: 0 });
  });

  it('refuses a sealed secret copied onto another partner', async () => {
    const a = await partner(k1);
    const b = await partner(k1);
    const copied = await storedSecret(a.partner.id);
    await expect(
      readWebhookSecret(t.db, k1, { id: b.partner.id, webhook_secret: copied }),
    ).rejects.toBeInstanceOf(UnreadableCiphertextError);
  });
});
