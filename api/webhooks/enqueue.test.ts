import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initialDossierContext } from '../../machines/dossier/context.ts';
import { createPartner } from '../services/partners.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import {
  certificateIssuedData,
  certificateShippedData,
  enqueueWebhookEvent,
  type OrderPlacedData,
} from './enqueue.ts';

const orderPlaced: OrderPlacedData = {
  orderId: '3b0c8a4e-5f1d-4a7b-9c2e-1d2f3a4b5c6d',
  reference: '1764000001',
  totals: { ht: 13_800, vat: 2_760, ttc: 16_560 },
  paymentMethod: 'transfer',
  certificates: 2,
  renewalOf: null,
};

describe(`enqueueWebhookEvent (${databaseKind})`, () => {
  let testDb: TestDatabase;
  let withEndpoint: string;
  let liveWithEndpoint: string;
  let withoutEndpoint: string;
  let slug = 0;

  const partner = async (mode: 'test' | 'live', webhookUrl: string | null) =>
    (
      await createPartner(testDb.db, {
        slug: `enqueue-${mode}-${++slug}`,
        name: 'Partner',
        mode,
        allowedOrigins: [],
        webhookUrl,
      })
    ).partner.id;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    withEndpoint = await partner('test', 'https://partner.example/hooks');
    liveWithEndpoint = await partner('live', 'https://live.example/hooks');
    withoutEndpoint = await partner('test', null);
  });
  afterAll(() => testDb?.destroy());
  beforeEach(async () => {
    await testDb.db.deleteFrom('outbox').execute();
  });

  const webhookRows = () =>
    testDb.db
      .selectFrom('outbox')
      .selectAll()
      .where('channel', '=', 'webhook')
      .orderBy('created_at')
      .execute();

  it('queues the exact body to POST, with the outbox id as event id', async () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    const eventId = await testDb.db.transaction().execute((trx) =>
      enqueueWebhookEvent(trx, {
        partnerId: withEndpoint,
        type: 'order.placed',
        data: orderPlaced,
        now,
      }),
    );
    const [row, ...others] = await webhookRows();
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      channel: 'webhook',
      recipient: withEndpoint,
      subject: 'order.placed',
      html_body: null,
      sent_at: null,
      failed_at: null,
      attempts: 0,
    });
    expect(eventId).toBe(`evt_${row?.id}`);
    expect(row?.text_body).toBe(
      JSON.stringify({
        id: eventId,
        type: 'order.placed',
        created: '2026-12-01T10:00:00.000Z',
        livemode: false,
        data: orderPlaced,
      }),
    );
    expect(row?.text_body.startsWith(`{"id":"evt_`)).toBe(true);
  });

  it('sets livemode from the partner, several events per transaction', async () => {
    const now = new Date();
    await testDb.db.transaction().execute(async (trx) => {
      for (const to of ['to_sign', 'in_review', 'issued'] as const) {
        await enqueueWebhookEvent(trx, {
          partnerId: liveWithEndpoint,
          type: 'dossier.status_changed',
          data: { dossierId: 'd1', orderReference: '1764000001', from: 'to_complete', to },
          now,
        });
      }
    });
    const rows = await webhookRows();
    expect(rows.map((r) => JSON.parse(r.text_body).data.to).sort()).toEqual([
      'in_review',
      'issued',
      'to_sign',
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(rows.every((r) => JSON.parse(r.text_body).livemode === true)).toBe(true);
  });

  it('queues nothing without a partner, without an endpoint, or for a disabled partner', async () => {
    const now = new Date();
    const disabled = await partner('test', 'https://disabled.example/hooks');
    await testDb.db
      .updateTable('partners')
      .set({ disabled_at: now })
      .where('id', '=', disabled)
      .execute();
    for (const partnerId of [null, withoutEndpoint, disabled, crypto.randomUUID()]) {
      expect(
        await enqueueWebhookEvent(testDb.db, {
          partnerId,
          type: 'order.placed',
          data: orderPlaced,
          now,
        }),
      ).toBeNull();
    }
    expect(await webhookRows()).toEqual([]);
  });

  it('queues nothing when the caller’s transaction rolls back', async () => {
    await expect(
      testDb.db.transaction().execute(async (trx) => {
        await enqueueWebhookEvent(trx, {
          partnerId: withEndpoint,
          type: 'order.placed',
          data: orderPlaced,
          now: new Date(),
        });
        expect(await trx.selectFrom('outbox').select('id').execute()).toHaveLength(1);
        throw new Error('order placement failed');
      }),
    ).rejects.toThrow('order placement failed');
    expect(await webhookRows()).toEqual([]);
  });

  it('builds certificate payloads from the dossier context', () => {
    const context = {
      ...initialDossierContext({
        orderReference: '1764000042',
        productCode: 'OPE-AES-CAP-1A',
        validityYears: 3,
        express: true,
        paymentMethod: 'cheque',
        paid: true,
      }),
      certificate: {
        serialNumber: '4F2A19',
        notBefore: '2026-12-02T09:00:00.000Z',
        notAfter: '2029-12-02T09:00:00.000Z',
      },
      shipment: {
        mode: 'mail' as const,
        carrier: 'Chronopost',
        trackingNumber: 'XY123456789FR',
        at: '2026-12-03T16:00:00.000Z',
      },
    };
    expect(certificateIssuedData('d42', context)).toEqual({
      dossierId: 'd42',
      orderReference: '1764000042',
      serialNumber: '4F2A19',
      notBefore: '2026-12-02T09:00:00.000Z',
      notAfter: '2029-12-02T09:00:00.000Z',
    });
    expect(certificateShippedData('d42', context)).toEqual({
      dossierId: 'd42',
      orderReference: '1764000042',
      mode: 'mail',
      carrier: 'Chronopost',
      trackingNumber: 'XY123456789FR',
      shippedAt: '2026-12-03T16:00:00.000Z',
    });
    expect(
      certificateShippedData('d42', {
        ...context,
        shipment: { mode: 'post_office', at: '2026-12-04T10:00:00.000Z' },
      }),
    ).toMatchObject({ mode: 'post_office', carrier: null, trackingNumber: null });
    expect(certificateIssuedData('d42', { ...context, certificate: null })).toMatchObject({
      serialNumber: null,
      notAfter: null,
    });
  });
});
