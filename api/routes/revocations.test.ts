import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import type {
  CertificateRow,
  DossierResponse,
  DossierRow,
  FieldError,
  OrderResponse,
  Page,
  QueueResponse,
} from '../../machines/contract.ts';
import { completionEvents, events, save } from '../../machines/dossier/test-fixtures.ts';
import {
  dossierMachine,
  type PersistedDossier,
  persistDossier,
  restoreDossier,
  statusOf,
} from '../../machines/dossier.machine.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

type Problem = { status: number; type: string; errors?: FieldError[] };
const CODE = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}/;
const holders = ['armande.bejart@moliere.fr', 'jb.poquelin@moliere.fr'];

describe(`revocation (${databaseKind})`, () => {
  let t: TestApp;
  let operator: { Authorization: string; 'X-Partner-Key': null };

  beforeAll(async () => {
    t = await createTestApp();
    operator = {
      ...(await sessionFor(t.db, 'operateur@certinomis.fr', 'operator')),
      'X-Partner-Key': null,
    };
    await t.db
      .updateTable('partners')
      .set({ webhook_url: 'https://partner.example/hooks', webhook_secret: 'whsec_revoke_0001' })
      .where('id', '=', t.partner.partner.id)
      .execute();
  });
  afterAll(() => t.destroy());

  /** An order whose dossier the machine took to "Expédié" (as the back office would). */
  async function shippedCertificate() {
    const email = `buyer-${crypto.randomUUID().slice(0, 8)}@moliere.fr`;
    const res = await t.call('POST', '/v1/orders', orderBody({ email }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as OrderResponse).dossiers[0]?.id ?? '';
    const row = await t.db
      .selectFrom('dossiers')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    let snapshot = restoreDossier(row.data as unknown as PersistedDossier);
    for (const event of [
      ...completionEvents({ identity: 'online', delivery: 'mail' }),
      save('signature', { method: 'online' }),
      ...events.signedByBoth(),
      events.verified(),
      events.paid(snapshot.context.paid ? 1 : 39_600),
      events.issued(new Date().toISOString()),
      events.shipped(),
    ]) {
      const [next] = transition(dossierMachine, snapshot, event);
      if (next.context.issues.length === 0) snapshot = next;
    }
    expect(statusOf(snapshot)).toBe('shipped');
    await t.db
      .updateTable('dossiers')
      .set({ data: JSON.stringify(persistDossier(snapshot)), status: 'shipped' })
      .where('id', '=', id)
      .execute();
    return { id, email, auth: await sessionFor(t.db, email) };
  }

  const request = (
    id: string,
    auth: object,
    body: object = { reason: 'keyCompromise', comment: 'Clé perdue' },
  ) => t.call('POST', `/v1/certificates/${id}/revocation`, body, { ...auth });
  const confirm = (id: string, auth: object, code: string) =>
    t.call('POST', `/v1/certificates/${id}/revocation/confirm`, { code }, { ...auth });
  /** The newest code e-mailed to `to`. */
  async function codeSentTo(to: string): Promise<string> {
    const mail = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('recipient', '=', to)
      .where('subject', 'like', '%code%')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return CODE.exec(mail.text_body ?? '')?.[0] ?? '';
  }
  const certificates = async (auth: object) =>
    (
      (await (
        await t.call('GET', '/v1/me/certificates', undefined, { ...auth })
      ).json()) as Page<CertificateRow>
    ).items;

  it('401 without a session, 404 for a certificate the session cannot see', async () => {
    const { id } = await shippedCertificate();
    expect((await request(id, {})).status).toBe(401);
    const stranger = await sessionFor(t.db, 'stranger@moliere.fr');
    expect((await request(id, stranger)).status).toBe(404);
    expect((await confirm(id, stranger, 'AAAA-AAAA-AAAA-AAAA-AAAA')).status).toBe(404);
  });

  it('refuses a reason outside the RFC 5280 list, naming the field, and sends nothing', async () => {
    const { id, auth } = await shippedCertificate();
    const res = await request(id, auth, { reason: 'boredom', comment: '' });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.map((e) => e.field)).toEqual(['reason']);
    expect(
      await t.db
        .selectFrom('revocation_requests')
        .select('id')
        .where('dossier_id', '=', id)
        .execute(),
    ).toEqual([]);
  });

  it('request → code e-mailed to bénéficiaire and mandataire (hashed at rest) → confirmed → top of the queue → operator revokes: "Révoqué", everyone told, webhook, out of the expiries', async () => {
    const { id, email, auth } = await shippedCertificate();
    const asked = await request(id, auth);
    expect(asked.status).toBe(202);
    expect(await asked.json()).toMatchObject({ sentTo: 2 });
    const code = await codeSentTo(holders[0] ?? '');
    expect(code).toMatch(CODE);
    expect(await codeSentTo(holders[1] ?? '')).toBe(code);
    const stored = await t.db
      .selectFrom('revocation_requests')
      .selectAll()
      .where('dossier_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
    expect(new Date(stored.expires_at).getTime() - new Date(stored.created_at).getTime()).toBe(
      72 * 3_600_000,
    );
    // Nothing reaches the back office before the code.
    let queue = (await (
      await t.call('GET', '/v1/admin/dossiers', undefined, operator)
    ).json()) as QueueResponse;
    expect(queue.items.find((row) => row.id === id)?.revocationRequestedAt).toBeNull();

    const confirmed = await confirm(id, auth, code.toLowerCase());
    expect(confirmed.status).toBe(200);
    const dossier = (await confirmed.json()) as DossierResponse;
    expect(dossier.status).toBe('shipped');
    expect(dossier.data.revocation).toMatchObject({ reason: 'keyCompromise', status: 'requested' });
    expect((await certificates(auth)).find((c) => c.dossierId === id)?.revocation).toBe(
      'requested',
    );
    // Single use.
    expect((await confirm(id, auth, code)).status).toBe(422);

    queue = (await (
      await t.call('GET', '/v1/admin/dossiers', undefined, operator)
    ).json()) as QueueResponse;
    expect(queue.items[0]?.id).toBe(id);
    expect(queue.items[0]?.hoursSinceRevocationRequest).toBeGreaterThanOrEqual(0);

    const version = (
      await t.db
        .selectFrom('dossiers')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).version;
    const decided = await t.call(
      'POST',
      `/v1/admin/dossiers/${id}/events`,
      { type: 'revocation.confirmed' },
      { ...operator, 'If-Match': `"${version}"` },
    );
    expect(decided.status, await decided.clone().text()).toBe(200);
    expect(((await decided.json()) as DossierResponse).statusLabel).toBe('Révoqué');
    for (const to of [email, ...holders]) {
      const told = await t.db
        .selectFrom('outbox')
        .select('subject')
        .where('recipient', '=', to)
        .where('subject', 'like', '%est révoqué%')
        .execute();
      expect(told, to).toHaveLength(1);
    }
    const hook = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('channel', '=', 'webhook')
      .where('subject', '=', 'certificate.revoked')
      .where(sql<boolean>`text_body::jsonb #>> '{data,dossierId}' = ${id}`)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(hook.text_body ?? '{}').data).toMatchObject({ reason: 'keyCompromise' });
    expect((await certificates(auth)).map((c) => c.dossierId)).not.toContain(id);
    // The dashboard's dossier row says "Révoqué", when and why.
    const rows = (
      (await (
        await t.call('GET', '/v1/me/dossiers', undefined, { ...auth })
      ).json()) as Page<DossierRow>
    ).items;
    const revokedRow = rows.find((row) => row.id === id);
    expect(revokedRow).toMatchObject({
      statusLabel: 'Révoqué',
      revoked: { reason: 'keyCompromise' },
    });
    expect(Date.parse(revokedRow?.revoked?.at ?? '')).toBeGreaterThan(0);
    expect(rows.filter((row) => row.id !== id).every((row) => row.revoked === null)).toBe(true);
    // Revoking twice: refused, naming the certificate.
    const again = await request(id, auth);
    expect(again.status).toBe(422);
    expect(((await again.json()) as Problem).errors?.[0]?.field).toBe('certificate');
  });

  it('the operator may refuse: the certificate stays valid, the buyer is told why', async () => {
    const { id, email, auth } = await shippedCertificate();
    await request(id, auth, { reason: 'superseded', comment: '' });
    expect((await confirm(id, auth, await codeSentTo(holders[0] ?? ''))).status).toBe(200);
    const version = (
      await t.db
        .selectFrom('dossiers')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).version;
    const refused = await t.call(
      'POST',
      `/v1/admin/dossiers/${id}/events`,
      { type: 'revocation.refused', reason: 'Le nouveau certificat n’est pas encore émis' },
      { ...operator, 'If-Match': `"${version}"` },
    );
    expect(refused.status).toBe(200);
    expect(((await refused.json()) as DossierResponse).status).toBe('shipped');
    const told = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('recipient', '=', email)
      .where('subject', 'like', '%refusée%')
      .executeTakeFirstOrThrow();
    expect(told.text_body).toContain('Le nouveau certificat n’est pas encore émis');
  });

  it("a reseller's buyer: the code, revoked and refused e-mails speak in the reseller's name and colours", async () => {
    const reseller = {
      displayName: 'Attestia',
      logoUrl: null,
      colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
      font: null,
      defaultLocale: 'fr',
    };
    const partnerId = t.partner.partner.id;
    const before = await t.db
      .selectFrom('partners')
      .select('branding')
      .where('id', '=', partnerId)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('partners')
      .set({ branding: JSON.stringify(reseller) })
      .where('id', '=', partnerId)
      .execute();
    try {
      const html = async (to: string, subject: string) =>
        (
          await t.db
            .selectFrom('outbox')
            .select('html_body')
            .where('recipient', '=', to)
            .where('subject', 'like', subject)
            .orderBy('created_at', 'desc')
            .limit(1)
            .executeTakeFirstOrThrow()
        ).html_body ?? '';
      const refusedOne = await shippedCertificate();
      await request(refusedOne.id, refusedOne.auth, { reason: 'superseded', comment: '' });
      const code = await html(holders[0] ?? '', '%code%');
      expect(code).toContain('#0f766e');
      expect(code).toContain('Attestia — certificats de signature électronique qualifiés eIDAS');
      expect(
        (await confirm(refusedOne.id, refusedOne.auth, await codeSentTo(holders[0] ?? ''))).status,
      ).toBe(200);
      const version = async (id: string) =>
        (
          await t.db
            .selectFrom('dossiers')
            .select('version')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).version;
      const decide = async (id: string, event: object) =>
        t.call('POST', `/v1/admin/dossiers/${id}/events`, event, {
          ...operator,
          'If-Match': `"${await version(id)}"`,
        });
      expect(
        (await decide(refusedOne.id, { type: 'revocation.refused', reason: 'Pas encore' })).status,
      ).toBe(200);
      expect(await html(refusedOne.email, '%refusée%')).toContain('#0f766e');

      const revokedOne = await shippedCertificate();
      await request(revokedOne.id, revokedOne.auth);
      expect(
        (await confirm(revokedOne.id, revokedOne.auth, await codeSentTo(holders[0] ?? ''))).status,
      ).toBe(200);
      expect((await decide(revokedOne.id, { type: 'revocation.confirmed' })).status).toBe(200);
      const revoked = await html(revokedOne.email, '%révoqué%');
      expect(revoked).toContain('#0f766e');
      expect(revoked).toContain('Attestia');
    } finally {
      await t.db
        .updateTable('partners')
        .set({ branding: JSON.stringify(before.branding) })
        .where('id', '=', partnerId)
        .execute();
    }
  });

  it('a wrong code counts; after 5 the request is dead; an expired code is refused', async () => {
    const { id, auth } = await shippedCertificate();
    await request(id, auth);
    const code = await codeSentTo(holders[0] ?? '');
    for (let i = 4; i >= 1; i--) {
      const wrong = await confirm(id, auth, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
      expect(wrong.status).toBe(422);
      expect(((await wrong.json()) as Problem).errors?.[0]).toMatchObject({ field: 'code' });
    }
    expect((await confirm(id, auth, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ')).status).toBe(422);
    const locked = await confirm(id, auth, code);
    expect(locked.status).toBe(422);
    expect(((await locked.json()) as Problem).errors?.[0]?.message).toContain('Trop d’essais');

    // A new request gives a new code (the old one ends); expired, it is refused too.
    await request(id, auth);
    const fresh = await codeSentTo(holders[0] ?? '');
    expect(fresh).not.toBe(code);
    await t.db
      .updateTable('revocation_requests')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('dossier_id', '=', id)
      .execute();
    const expired = await confirm(id, auth, fresh);
    expect(expired.status).toBe(422);
    expect(((await expired.json()) as Problem).errors?.[0]?.message).toContain('expiré');
  });

  it('the public page: the same answer whether or not the code exists; the right code confirms; throttled', async () => {
    const { id, auth } = await shippedCertificate();
    await request(id, auth, { reason: 'affiliationChanged', comment: 'Départ' });
    const code = await codeSentTo(holders[0] ?? '');
    const ip = { 'X-Forwarded-For': '198.51.100.41', 'X-Partner-Key': null };
    const answer = async (body: object) => {
      const res = await t.call('POST', '/v1/revocations', body, ip);
      return { status: res.status, body: await res.text() };
    };
    const unknown = await answer({ code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    const malformed = await answer({ code: 'abc' });
    const right = await answer({ code });
    const spent = await answer({ code });
    expect(unknown).toEqual({ status: 202, body: '{"received":true}' });
    for (const other of [malformed, right, spent]) expect(other).toEqual(unknown);
    const dossier = (await (
      await t.call('GET', `/v1/dossiers/${id}`, undefined, { ...auth })
    ).json()) as DossierResponse;
    expect(dossier.data.revocation).toMatchObject({
      reason: 'affiliationChanged',
      status: 'requested',
    });
    // 10 tries an hour from one address.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await t.call('POST', '/v1/revocations', { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ' }, ip)).status,
      );
    expect(statuses.slice(0, 6)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });
});
