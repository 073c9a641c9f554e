/** Renewal orders through `POST /v1/orders`: the checks on `renewalOf`, the pre-filled dossier, the webhook. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CertificateRow,
  DossierResponse,
  DossierRow,
  OrderResponse,
  Page,
  PartnerOrderView,
} from '../../machines/contract.ts';
import { issued } from '../../machines/dossier/test-snapshots.ts';
import { persistDossier } from '../../machines/dossier.machine.ts';
import { orderBody, sirets, uniqueEmail } from '../../machines/purchase/test-orders.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp, testPartnerKey } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { sendRenewalReminders } from './renewal-reminders.ts';

describe(`renewal orders (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const place = (body: object, key: string = crypto.randomUUID()) =>
    t.call('POST', '/v1/orders', body, { 'Idempotency-Key': key });

  /** An order whose first dossier went through completion to issuance (the machine's own path). */
  async function issuedCertificate(email: string, siret: string = sirets.privateFirst) {
    const res = await place(orderBody({ email, siret }));
    expect(res.status).toBe(201);
    const order = (await res.json()) as OrderResponse;
    const id = order.dossiers[0]!.id;
    const data = persistDossier(issued({ orderReference: order.reference }));
    await sql`update dossiers set status = 'issued', data = ${JSON.stringify(data)}::jsonb
      where id = ${id}`.execute(t.db);
    return { id, reference: order.reference };
  }

  const renewalBody = (email: string, renewalOf: string, siret: string = sirets.privateFirst) => ({
    ...orderBody({ email, siret, usbReader: false }),
    renewalOf,
  });
  const fieldErrors = async (res: Response) =>
    ((await res.json()) as { errors: { field: string; message: string }[] }).errors;

  it('places a renewal without a reader; its dossier starts pre-filled, every step to confirm', async () => {
    const email = uniqueEmail('renew');
    const expiring = await issuedCertificate(email);
    const res = await place(renewalBody(email, expiring.id));
    expect(res.status).toBe(201);
    const order = (await res.json()) as OrderResponse;
    expect(order.renewalOf).toBe(expiring.id);
    const row = await t.db
      .selectFrom('orders')
      .select(['renewal_of', 'usb_reader'])
      .where('reference', '=', order.reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ renewal_of: expiring.id, usb_reader: false });

    const auth = await sessionFor(t.db, email);
    const dossier = (await (
      await t.call('GET', `/v1/dossiers/${order.dossiers[0]!.id}`, undefined, auth)
    ).json()) as DossierResponse;
    const old = issued().context;
    expect(dossier.status).toBe('to_complete');
    expect(dossier.step).toBe('organisation');
    expect(dossier.data.prefill).toMatchObject({
      organisation: old.organisation,
      renewal: {
        dossierId: expiring.id,
        orderReference: expiring.reference,
        mandataire: old.mandataire,
        beneficiaire: old.beneficiaire,
        delivery: old.delivery,
      },
    });
    for (const step of [
      'organisation',
      'mandataire',
      'beneficiaire',
      'delivery',
      'identity',
      'signature',
    ]) {
      expect(dossier.data[step]).toBeNull();
    }
    expect(dossier.data.identityStatus).toBe('none');
    expect(dossier.data.signedAt).toBeNull();
  });

  it('replays the same answer for the same Idempotency-Key, and renews only once', async () => {
    const email = uniqueEmail('renew-once');
    const expiring = await issuedCertificate(email);
    const key = crypto.randomUUID();
    const first = await place(renewalBody(email, expiring.id), key);
    const replay = await place(renewalBody(email, expiring.id), key);
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await replay.text()).toBe(await first.text());

    const again = await place(renewalBody(email, expiring.id));
    expect(again.status).toBe(422);
    expect(await fieldErrors(again)).toEqual([
      { field: 'renewalOf', message: 'Ce certificat a déjà été renouvelé.' },
    ]);
  });

  it('renews again once the renewal order is cancelled', async () => {
    const email = uniqueEmail('renew-cancelled');
    const expiring = await issuedCertificate(email);
    const first = (await (await place(renewalBody(email, expiring.id))).json()) as OrderResponse;
    await t.db
      .updateTable('orders')
      .set({ status: 'cancelled' })
      .where('reference', '=', first.reference)
      .execute();
    expect((await place(renewalBody(email, expiring.id))).status).toBe(201);
  });

  it('422 naming renewalOf for a revoked certificate, one not issued, another SIREN’s or none', async () => {
    const email = uniqueEmail('renew-refused');
    const revoked = await issuedCertificate(email);
    await sql`update dossiers set status = 'revoked' where id = ${revoked.id}`.execute(t.db);
    const pending = (await (await place(orderBody({ email }))).json()) as OrderResponse;
    const elsewhere = await issuedCertificate(email, sirets.privateExisting);
    const cases = [
      [revoked.id, 'Ce certificat a été révoqué : il ne peut pas être renouvelé.'],
      [pending.dossiers[0]!.id, 'validation.renewal_unknown'],
      [elsewhere.id, 'validation.renewal_unknown'],
      [crypto.randomUUID(), 'validation.renewal_unknown'],
    ] as const;
    const unknown =
      'Aucun certificat émis de cet organisme (même SIREN) ne correspond : il ne peut pas être renouvelé.';
    for (const [renewalOf, message] of cases) {
      const before = await t.db
        .selectFrom('orders')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      const res = await place(renewalBody(email, renewalOf));
      expect(res.status, renewalOf).toBe(422);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
      expect(await fieldErrors(res)).toEqual([
        {
          field: 'renewalOf',
          message: message === 'validation.renewal_unknown' ? unknown : message,
        },
      ]);
      const after = await t.db
        .selectFrom('orders')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
    }
    const malformed = await place(renewalBody(email, 'not-a-uuid'));
    expect(malformed.status).toBe(422);
    expect((await fieldErrors(malformed)).map((e) => e.field)).toEqual(['renewalOf']);
  });

  it('order.placed carries renewalOf (null for a new certificate)', async () => {
    await t.db
      .updateTable('partners')
      .set({ webhook_url: 'https://partner.example/hooks', webhook_secret: 'whsec_renewal_0001' })
      .where('id', '=', t.partner.partner.id)
      .execute();
    try {
      const email = uniqueEmail('renew-hook');
      const expiring = await issuedCertificate(email);
      const renewal = (await (
        await place(renewalBody(email, expiring.id))
      ).json()) as OrderResponse;
      const events = await t.db
        .selectFrom('outbox')
        .select('text_body')
        .where('channel', '=', 'webhook')
        .where('subject', '=', 'order.placed')
        .execute();
      const data = events.map(
        (e) => (JSON.parse(e.text_body) as { data: Record<string, unknown> }).data,
      );
      expect(data.find((d) => d.reference === renewal.reference)?.renewalOf).toBe(expiring.id);
      expect(data.find((d) => d.reference === expiring.reference)?.renewalOf).toBeNull();
      // The partner's order list says it too.
      const listed = (await (
        await t.call('GET', '/v1/partner/orders?limit=100', undefined, {
          Authorization: `Bearer ${t.partner.secretKey}`,
          'X-Partner-Key': null,
        })
      ).json()) as { items: PartnerOrderView[] };
      expect(listed.items.find((o) => o.reference === renewal.reference)?.renewalOf).toBe(
        expiring.id,
      );
    } finally {
      await t.db
        .updateTable('partners')
        .set({ webhook_url: null, webhook_secret: null })
        .where('id', '=', t.partner.partner.id)
        .execute();
    }
  });

  it('the reminder links to the pre-filled renewal; a renewed certificate gets no more reminders', async () => {
    const day = 86_400_000;
    const expiry = new Date('2028-03-31T00:00:00Z');
    const email = uniqueEmail('renew-remind');
    const expiring = await issuedCertificate(email);
    await sql`update dossiers set data = jsonb_set(data, '{context,certificate,notAfter}', ${JSON.stringify(expiry.toISOString())}::jsonb)
      where id = ${expiring.id}`.execute(t.db);
    const run = (daysLeft: number) =>
      sendRenewalReminders({
        db: t.db,
        now: () => new Date(expiry.getTime() - daysLeft * day),
        clientSpaceUrl: 'https://certinomis.example/espace-client',
      });
    const reminders = () =>
      t.db
        .selectFrom('outbox')
        .select(['subject', 'text_body'])
        .where('recipient', '=', email)
        .where('subject', 'like', '%expire%')
        .execute();
    // Bought through a reseller with its own client space and brand: the link leads there, the
    // e-mail takes its colours and names no other seller in its subject.
    const reseller = () => t.db.updateTable('partners').where('id', '=', t.partner.partner.id);
    const { branding } = await t.db
      .selectFrom('partners')
      .select('branding')
      .where('id', '=', t.partner.partner.id)
      .executeTakeFirstOrThrow();
    await reseller()
      .set({
        client_space_url: 'https://revendeur.example/espace',
        branding: JSON.stringify({
          displayName: 'Attestia',
          logoUrl: null,
          colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
          font: null,
          defaultLocale: 'fr',
        }),
      })
      .execute();
    try {
      expect(await run(80)).toBeGreaterThanOrEqual(1);
    } finally {
      await reseller()
        .set({ client_space_url: null, branding: JSON.stringify(branding) })
        .execute();
    }
    const [first] = await reminders();
    expect(first?.text_body).toContain(
      `https://revendeur.example/espace?renew=${expiring.id}&email=${encodeURIComponent(email)}`,
    );
    expect(first?.subject).not.toContain('CERTINOMIS');
    const html = await t.db
      .selectFrom('outbox')
      .select('html_body')
      .where('recipient', '=', email)
      .where('subject', 'like', '%expire%')
      .executeTakeFirstOrThrow();
    expect(html.html_body).toContain('#0f766e');
    expect(html.html_body).toContain('Attestia');

    expect((await place(renewalBody(email, expiring.id))).status).toBe(201);
    await run(20);
    expect((await reminders()).map((m) => m.subject)).toEqual([first?.subject]);
  });

  it('the dashboard links both: Renouveler’s start on the expiring certificate, then renewedBy and renewalOf', async () => {
    const email = uniqueEmail('renew-dashboard');
    const expiring = await issuedCertificate(email);
    const auth = await sessionFor(t.db, email);
    const certificates = async () =>
      (
        (await (
          await t.call('GET', '/v1/me/certificates', undefined, auth)
        ).json()) as Page<CertificateRow>
      ).items;
    const [before] = await certificates();
    expect(before).toMatchObject({ dossierId: expiring.id, renewedBy: null });
    expect(before?.renewal).toEqual({
      renewalOf: expiring.id,
      orderReference: expiring.reference,
      product: 'OPE-AES-CAP-1A',
      // The partner the certificate was bought through: its page's key places the renewal.
      partnerKey: testPartnerKey,
      customer: expect.objectContaining({
        email,
        siret: sirets.privateFirst,
        companyName: expect.any(String),
      }),
    });

    const renewal = (await (await place(renewalBody(email, expiring.id))).json()) as OrderResponse;
    const [after] = await certificates();
    expect(after).toMatchObject({
      dossierId: expiring.id,
      renewedBy: renewal.reference,
      renewal: null,
    });
    const dossiers = (
      (await (await t.call('GET', '/v1/me/dossiers', undefined, auth)).json()) as Page<DossierRow>
    ).items;
    expect(dossiers.find((d) => d.orderReference === renewal.reference)?.renewalOf).toBe(
      expiring.reference,
    );
    expect(dossiers.find((d) => d.orderReference === expiring.reference)?.renewalOf).toBeNull();
  });

  describe.runIf(databaseKind === 'postgres')('on real Postgres', () => {
    it('two renewals of one certificate at once: one is placed, the other is a 422', async () => {
      const email = uniqueEmail('renew-race');
      const expiring = await issuedCertificate(email);
      const answers = await Promise.all([
        place(renewalBody(email, expiring.id)),
        place(renewalBody(email, expiring.id)),
      ]);
      expect(answers.map((res) => res.status).sort()).toEqual([201, 422]);
    });
  });
});
