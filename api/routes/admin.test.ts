import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AdminDossier,
  DossierResponse,
  FieldError,
  OrderResponse,
} from '../../machines/contract.ts';
import { mandataireData, organisationData } from '../../machines/dossier/test-fixtures.ts';
import { orderBody, type PaymentKind } from '../../machines/purchase/test-orders.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

type Body = DossierResponse & { errors?: FieldError[]; currentVersion?: number };

describe(`operator back office API (${databaseKind})`, () => {
  let t: TestApp;
  // CERTINOMIS's back office sends no partner key (a partner's key makes the session refused).
  let operator: { Authorization: string; 'X-Partner-Key': null };
  let clock = new Date('2026-11-26T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
    operator = {
      ...(await sessionFor(t.db, 'operateur@certinomis.fr', 'operator')),
      'X-Partner-Key': null,
    };
  });
  afterAll(() => t.destroy());

  /** An order whose single dossier the buyer completed online and signed by SMS. */
  async function signedDossier(
    payment: PaymentKind,
    options: { express?: boolean; email?: string } = {},
  ) {
    const email = options.email ?? `buyer-${crypto.randomUUID().slice(0, 8)}@moliere.fr`;
    const siret = payment === 'mandate' ? '21750999100014' : '81234567600017';
    const res = await t.call(
      'POST',
      '/v1/orders',
      orderBody({ email, payment, siret, express: options.express ?? false }),
      {
        'Idempotency-Key': crypto.randomUUID(),
      },
    );
    const order = (await res.json()) as OrderResponse;
    const id = order.dossiers[0]!.id;
    const auth = await sessionFor(t.db, email);
    const version = async () =>
      ((await (await t.call('GET', `/v1/dossiers/${id}`, undefined, auth)).json()) as Body).version;
    const save = async (step: string, data: object) => {
      const r = await t.call(
        'POST',
        `/v1/dossiers/${id}/events`,
        { type: 'dossier.save', step, data },
        {
          ...auth,
          'If-Match': `"${await version()}"`,
        },
      );
      expect(r.status, await r.clone().text()).toBe(200);
    };
    await save('organisation', { ...organisationData, siret });
    await save('mandataire', mandataireData);
    await save('beneficiaire', { sameAsMandataire: true });
    await save('delivery', { recipient: 'mandataire', mode: 'mail' });
    await save('identity', { method: 'online' });
    const form = new FormData();
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#999' } })
      .png()
      .toBuffer();
    form.set('file', new File([new Uint8Array(png)], 'cni.png'));
    expect(
      (
        await t.request(`/v1/dossiers/${id}/documents`, {
          method: 'POST',
          headers: auth,
          body: form,
        })
      ).status,
    ).toBe(201);
    await save('signature', { method: 'online' });
    await t.call('POST', `/v1/dossiers/${id}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${await version()}"`,
    });
    const sms = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('channel', '=', 'sms')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const code = /\b(\d{6})\b/.exec(sms.text_body)?.[1];
    const signed = await t.call(
      'POST',
      `/v1/dossiers/${id}/signature`,
      { code },
      { ...auth, 'If-Match': `"${await version()}"` },
    );
    expect(signed.status).toBe(200);
    return { id, order, email, auth };
  }

  const operate = async (id: string, event: object) => {
    const current = (await (
      await t.call('GET', `/v1/admin/dossiers/${id}`, undefined, operator)
    ).json()) as {
      dossier: Body;
    };
    const res = await t.call('POST', `/v1/admin/dossiers/${id}/events`, event, {
      ...operator,
      'If-Match': `"${current.dossier.version}"`,
    });
    return { res, body: (await res.json()) as Body };
  };
  const pay = (reference: string, payment: object) =>
    t.call('POST', `/v1/admin/orders/${reference}/payment`, payment, operator);

  it("tells the order's partner each status change, the issuance and the shipping, by signed webhook", async () => {
    await t.db
      .updateTable('partners')
      .set({
        webhook_url: 'https://partner.example/hooks',
        webhook_secret: 'whsec_admin_test_secret_0001',
      })
      .where('id', '=', t.partner.partner.id)
      .execute();
    try {
      const { id, order } = await signedDossier('transfer');
      await operate(id, { type: 'identity.verified' });
      await pay(order.reference, { amount: order.totals.ttc, reference: order.reference });
      await operate(id, {
        type: 'certificate.issued',
        serialNumber: 'feed0123',
        notBefore: '2026-11-27T00:00:00Z',
      });
      await operate(id, {
        type: 'certificate.shipped',
        carrier: 'La Poste',
        trackingNumber: '6A 999 456 789',
      });
      const events = (
        await t.db
          .selectFrom('outbox')
          .select('text_body')
          .where('channel', '=', 'webhook')
          .where('recipient', '=', t.partner.partner.id)
          .execute()
      )
        .map((row) => JSON.parse(row.text_body) as { type: string; data: Record<string, unknown> })
        .filter(
          (e) => e.data.reference === order.reference || e.data.orderReference === order.reference,
        );
      const types = events.map((e) =>
        e.type === 'dossier.status_changed' ? `${e.data.from}>${e.data.to}` : e.type,
      );
      // Delivery order is not promised (docs/webhooks.md): compare the set of events.
      expect(types.sort()).toEqual(
        [
          'order.placed',
          'to_complete>to_sign',
          'to_sign>in_review',
          'in_review>awaiting_payment',
          'awaiting_payment>in_review',
          'in_review>issued',
          'certificate.issued',
          'issued>shipped',
          'certificate.shipped',
        ].sort(),
      );
      expect(events.find((e) => e.type === 'certificate.issued')?.data).toMatchObject({
        dossierId: id,
        serialNumber: 'FEED0123',
        notAfter: '2027-11-27T00:00:00.000Z',
      });
      expect(events.find((e) => e.type === 'certificate.shipped')?.data).toMatchObject({
        carrier: 'La Poste',
        trackingNumber: '6A999456789',
      });
    } finally {
      await t.db
        .updateTable('partners')
        .set({ webhook_url: null, webhook_secret: null })
        .where('id', '=', t.partner.partner.id)
        .execute();
    }
  });

  it('is for operators only', async () => {
    const buyer = await sessionFor(t.db, 'nobody@moliere.fr');
    expect((await t.call('GET', '/v1/admin/dossiers', undefined, buyer)).status).toBe(403);
    expect((await t.call('GET', '/v1/admin/dossiers')).status).toBe(401);
  });

  it('takes a transfer order from signed dossier to shipped certificate, e-mailing each status', async () => {
    const { id, order, email, auth } = await signedDossier('transfer');
    const refusedIssue = await operate(id, {
      type: 'certificate.issued',
      serialNumber: 'ABCDEF0123',
      notBefore: '2026-11-27T00:00:00Z',
    });
    expect(refusedIssue.res.status).toBe(422);
    expect(refusedIssue.body.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'L’identité du bénéficiaire n’est pas vérifiée.',
        'Le paiement n’a pas été reçu.',
      ]),
    );

    expect((await operate(id, { type: 'identity.verified' })).body.status).toBe('awaiting_payment');
    expect(
      (await pay(order.reference, { amount: order.totals.ttc - 1, reference: order.reference }))
        .status,
    ).toBe(422);
    expect(
      (await pay(order.reference, { amount: order.totals.ttc, reference: 'VIR SEPA SANS REF' }))
        .status,
    ).toBe(422);
    const paid = await pay(order.reference, {
      amount: order.totals.ttc,
      reference: `VIR SEPA ${order.reference} MOLIERE`,
    });
    expect(paid.status).toBe(200);
    expect(
      (await pay(order.reference, { amount: order.totals.ttc, reference: order.reference })).status,
    ).toBe(422);
    // The operator's view speaks the contract's names, never the database's columns.
    const view = (await (
      await t.call('GET', `/v1/admin/dossiers/${id}`, undefined, operator)
    ).json()) as AdminDossier;
    expect(view.order).toMatchObject({
      reference: order.reference,
      totalTtc: order.totals.ttc,
      totalHt: order.totals.ht,
      method: 'transfer',
      status: 'received',
      usbReader: expect.any(Boolean),
      publicAdministration: false,
    });
    expect(Date.parse(view.order.receivedAt ?? '')).not.toBeNaN();
    expect(view.history.map((h) => [h.actorType, h.event, h.toState])).toContainEqual([
      'operator',
      'payment.received',
      'in_review',
    ]);
    const wireNames = [view.order, ...view.history].flatMap((object) => Object.keys(object));
    expect(wireNames.filter((name) => name.includes('_'))).toEqual([]);

    const issued = await operate(id, {
      type: 'certificate.issued',
      serialNumber: 'abcdef0123',
      notBefore: '2026-11-27T00:00:00Z',
    });
    expect(issued.res.status).toBe(200);
    expect(issued.body.status).toBe('issued');
    expect((issued.body.data.certificate as { notAfter: string }).notAfter).toBe(
      '2027-11-27T00:00:00.000Z',
    );
    const twice = await operate(id, {
      type: 'certificate.issued',
      serialNumber: 'abcdef0124',
      notBefore: '2026-11-27T00:00:00Z',
    });
    expect(twice.res.status).toBe(422);
    expect((await operate(id, { type: 'certificate.atPostOffice' })).res.status).toBe(422);
    const shipped = await operate(id, {
      type: 'certificate.shipped',
      carrier: 'La Poste',
      trackingNumber: '6A 123 456 789',
    });
    expect(shipped.body.status).toBe('shipped');

    const mails = await t.db
      .selectFrom('outbox')
      .select('subject')
      .where('recipient', '=', email)
      .execute();
    const subjects = mails.map((m) => m.subject ?? '');
    for (const label of [
      'En cours de vérification',
      'En attente de paiement',
      'Certificat émis',
      'Expédié',
    ]) {
      expect(
        subjects.some((s) => s.endsWith(label)),
        `${label} in ${subjects.join(' | ')}`,
      ).toBe(true);
    }
    const certificates = (await (
      await t.call('GET', '/v1/me/certificates', undefined, auth)
    ).json()) as {
      items: { status: string; expiresAt: string; beneficiary: string }[];
    };
    expect(certificates.items).toEqual([
      expect.objectContaining({
        status: 'shipped',
        expiresAt: '2027-11-27T00:00:00.000Z',
        beneficiary: 'Jean-Baptiste POQUELIN',
      }),
    ]);
    const history = (await (
      await t.call('GET', `/v1/admin/dossiers/${id}`, undefined, operator)
    ).json()) as {
      history: { event: string; actorType: string }[];
    };
    expect(history.history.filter((h) => h.actorType === 'operator').map((h) => h.event)).toEqual([
      'identity.verified',
      'payment.received',
      'payment.received',
      'certificate.issued',
      'certificate.shipped',
    ]);
  });

  it('issues under administrative mandate without any payment', async () => {
    const { id } = await signedDossier('mandate');
    expect((await operate(id, { type: 'identity.verified' })).body.status).toBe('in_review');
    const issued = await operate(id, {
      type: 'certificate.issued',
      serialNumber: '0A0B0C0D',
      notBefore: '2026-11-27T00:00:00Z',
    });
    expect(issued.res.status).toBe(200);
    expect(issued.body.status).toBe('issued');
  });

  it('a refused identity blocks issuing, shows the reason to the buyer, and cannot be verified until re-upload', async () => {
    const { id, auth } = await signedDossier('mandate');
    const refused = await operate(id, { type: 'identity.refused', reason: 'Pièce illisible' });
    expect(refused.res.status).toBe(200);
    const seen = (await (
      await t.call('GET', `/v1/dossiers/${id}`, undefined, auth)
    ).json()) as Body;
    expect(seen.data.identityRefusalReason).toBe('Pièce illisible');
    const blocked = await operate(id, {
      type: 'certificate.issued',
      serialNumber: '0A0B0C0D',
      notBefore: '2026-11-27T00:00:00Z',
    });
    expect(blocked.res.status).toBe(422);
    expect(blocked.body.errors?.map((e) => e.message)).toContain(
      'L’identité du bénéficiaire n’est pas vérifiée.',
    );
    expect((await operate(id, { type: 'identity.verified' })).res.status).toBe(422);
  });

  it('checks a cheque against the order and refuses operator events from buyers', async () => {
    const { id, order, auth } = await signedDossier('cheque');
    expect(
      (
        await pay(order.reference, {
          amount: order.totals.ttc,
          chequeNumber: '7654321',
          bank: 'Crédit Mutuel',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await pay(order.reference, {
          amount: order.totals.ttc,
          chequeNumber: '1234567',
          bank: 'BNP',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await pay(order.reference, {
          amount: order.totals.ttc,
          chequeNumber: '123 4567',
          bank: 'credit mutuel',
        })
      ).status,
    ).toBe(200);
    const asBuyer = await t.call(
      'POST',
      `/v1/dossiers/${id}/events`,
      { type: 'identity.verified' },
      { ...auth, 'If-Match': '"1"' },
    );
    expect(asBuyer.status).toBe(422);
  });

  it('lists Express first with the hours left on the 48 h promise, and filters', async () => {
    const express = await signedDossier('transfer', { express: true });
    clock = new Date(clock.getTime() + 6 * 3600_000);
    const list = (await (
      await t.call('GET', '/v1/admin/dossiers?status=in_review', undefined, operator)
    ).json()) as {
      items: { id: string; express: boolean; hoursLeft: number | null }[];
    };
    expect(list.items[0]).toMatchObject({ id: express.id, express: true, hoursLeft: 42 });
    const filtered = (await (
      await t.call(
        'GET',
        `/v1/admin/dossiers?reference=${express.order.reference}`,
        undefined,
        operator,
      )
    ).json()) as { items: { id: string }[] };
    expect(filtered.items.map((i) => i.id)).toEqual([express.id]);
    expect(
      (await t.call('GET', '/v1/admin/dossiers?status=nope', undefined, operator)).status,
    ).toBe(422);
  });

  describe.runIf(databaseKind === 'postgres')('concurrency on real Postgres', () => {
    it('two operators acting on one dossier at once: one wins, the other gets 409', async () => {
      const { id } = await signedDossier('mandate');
      const other = {
        ...(await sessionFor(t.db, 'operateur2@certinomis.fr', 'operator')),
        'X-Partner-Key': null,
      };
      const current = (await (
        await t.call('GET', `/v1/admin/dossiers/${id}`, undefined, operator)
      ).json()) as { dossier: Body };
      const headers = (h: object) => ({ ...h, 'If-Match': `"${current.dossier.version}"` });
      const [a, b] = await Promise.all([
        t.call(
          'POST',
          `/v1/admin/dossiers/${id}/events`,
          { type: 'identity.verified' },
          headers(operator),
        ),
        t.call(
          'POST',
          `/v1/admin/dossiers/${id}/events`,
          { type: 'identity.refused', reason: 'Flou' },
          headers(other),
        ),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
    });
  });
});
