import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierResponse, OrderResponse } from '../../machines/contract.ts';
import { mandataireData, organisationData } from '../../machines/dossier/test-fixtures.ts';
import { orderBody, uniqueEmail } from '../../machines/purchase/test-orders.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

type Body = DossierResponse & { currentVersion?: number; detail?: string };

describe(`a dossier edited by the buyer and an operator at once (${databaseKind})`, () => {
  let t: TestApp;
  let operator: { Authorization: string; 'X-Partner-Key': null };

  beforeAll(async () => {
    t = await createTestApp();
    operator = {
      ...(await sessionFor(t.db, 'operateur-conflits@certinomis.fr', 'operator')),
      'X-Partner-Key': null,
    };
  });
  afterAll(() => t.destroy());

  async function newDossier() {
    const email = uniqueEmail('conflict');
    const res = await t.call('POST', '/v1/orders', orderBody({ email }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    const order = (await res.json()) as OrderResponse;
    const auth = await sessionFor(t.db, email);
    const id = order.dossiers[0]!.id;
    const send = async (event: object, version: number, headers: object = auth) => {
      const r = await t.call('POST', `/v1/dossiers/${id}/events`, event, {
        ...headers,
        'If-Match': `"${version}"`,
      });
      return { status: r.status, body: (await r.json()) as Body };
    };
    const read = async () =>
      (await (await t.call('GET', `/v1/dossiers/${id}`, undefined, auth)).json()) as Body;
    return { order, auth, id, send, read };
  }

  it("applies the buyer's next step on top of a payment an operator recorded meanwhile", async () => {
    const { order, send, read } = await newDossier();
    const before = await read();
    const paid = await t.call(
      'POST',
      `/v1/admin/orders/${order.reference}/payment`,
      { amount: order.totals.ttc, reference: order.reference },
      operator,
    );
    expect(paid.status, await paid.clone().text()).toBe(200);
    expect((await read()).version).toBe(before.version + 1);
    // The buyer's screen still holds the version read before the payment.
    const step = await send(
      { type: 'dossier.save', step: 'organisation', data: organisationData },
      before.version,
    );
    expect(step.status, JSON.stringify(step.body)).toBe(200);
    expect(step.body.version).toBe(before.version + 2);
    const after = await read();
    expect(after.data.organisation).toMatchObject({ siret: '81234567600017' });
    expect(after.step).toBe('mandataire');
    expect(after.data.paid).toBe(true);
  });

  it('keeps the SMS code valid and signs when a payment is recorded between code and signature', async () => {
    const { order, auth, id, send, read } = await newDossier();
    const steps: [string, object][] = [
      ['organisation', organisationData],
      ['mandataire', mandataireData],
      ['beneficiaire', { sameAsMandataire: true }],
      ['delivery', { recipient: 'mandataire', mode: 'mail' }],
      ['identity', { method: 'online' }],
    ];
    for (const [step, data] of steps) {
      const saved = await send({ type: 'dossier.save', step, data }, (await read()).version);
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#999' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set('file', new File([new Uint8Array(png)], 'cni.png'));
    const uploaded = await t.request(`/v1/dossiers/${id}/documents`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const online = { type: 'dossier.save', step: 'signature', data: { method: 'online' } };
    expect((await send(online, (await read()).version)).status).toBe(200);
    const sent = await t.call('POST', `/v1/dossiers/${id}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${(await read()).version}"`,
    });
    expect(sent.status, await sent.clone().text()).toBe(200);
    const held = (await read()).version;
    const sms = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('channel', '=', 'sms')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const code = /\b(\d{6})\b/.exec(sms.text_body)?.[1] ?? '';
    const paid = await t.call(
      'POST',
      `/v1/admin/orders/${order.reference}/payment`,
      { amount: order.totals.ttc, reference: order.reference },
      operator,
    );
    expect(paid.status).toBe(200);
    const signed = await t.call(
      'POST',
      `/v1/dossiers/${id}/signature`,
      { code },
      {
        ...auth,
        'If-Match': `"${held}"`,
      },
    );
    expect(signed.status, await signed.clone().text()).toBe(200);
    expect((await read()).data.signedAt).not.toBeNull();
  });

  it('still refuses a real conflict (409), saying what changed, in the language asked', async () => {
    const { auth, send, read } = await newDossier();
    const { version } = await read();
    // Two tabs of the buyer: the first saves a step, the second still holds the old version.
    const first = await send(
      { type: 'dossier.save', step: 'organisation', data: organisationData },
      version,
    );
    expect(first.status).toBe(200);
    const late = { type: 'dossier.save', step: 'mandataire', data: mandataireData };
    const fr = await send(late, version);
    expect(fr.status).toBe(409);
    expect(fr.body.currentVersion).toBe(version + 1);
    expect(fr.body.detail).toContain('une étape a été enregistrée ailleurs');
    expect(fr.body).toMatchObject({ changed: 'dossier.save' });
    const en = await send(late, version, { ...auth, 'Accept-Language': 'en' });
    expect(en.status).toBe(409);
    expect(en.body.detail).toContain('a step was saved elsewhere');
    const after = await read();
    expect(after.version).toBe(version + 1);
    expect(after.data.mandataire).toBeNull();
  });
});
