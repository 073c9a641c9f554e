import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEmail, enqueueSms } from '../outbox/enqueue.ts';
import { createPartner } from '../services/partners.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import { signWebhook } from '../webhooks/signature.ts';
import { type DevOutboxMessage, type DevReceivedWebhook, devRoutes, outboxHtmlCsp } from './dev.ts';

describe(`GET /dev/outbox (${databaseKind})`, () => {
  let testDb: TestDatabase;
  let app: Hono;
  const ids = { first: '', sms: '', second: '', third: '' };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    app = new Hono().route('/dev', devRoutes({ db: testDb.db }));
    // One transaction, as a service writes them: the order must still be kept.
    await testDb.db.transaction().execute(async (trx) => {
      ids.first = await enqueueEmail(trx, {
        to: 'Marie.Curie@example.org',
        subject: 'Commande enregistrée',
        text: 'Bonjour',
        html: '<p>Bonjour</p>',
      });
      ids.sms = await enqueueSms(trx, { to: '+33612345678', text: 'Code 123456' });
      ids.second = await enqueueEmail(trx, { to: 'paul@example.org', subject: 'Lien', text: 'L' });
    });
    ids.third = await enqueueEmail(testDb.db, {
      to: 'marie.curie@example.org',
      subject: 'Rappel',
      text: 'R',
    });
    await testDb.db
      .updateTable('outbox')
      .set({ sent_at: new Date('2026-11-27T10:00:00Z') })
      .where('id', '=', ids.first)
      .execute();
  });
  afterAll(() => testDb?.destroy());

  const list = async (query = '') => {
    const res = await app.request(`/dev/outbox${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    return (await res.json()) as DevOutboxMessage[];
  };

  it('lists the messages newest first', async () => {
    const messages = await list();
    expect(messages.map((m) => m.id)).toEqual([ids.third, ids.second, ids.sms, ids.first]);
    expect(messages[3]).toEqual({
      id: ids.first,
      channel: 'email',
      to: 'Marie.Curie@example.org',
      subject: 'Commande enregistrée',
      text: 'Bonjour',
      html: '<p>Bonjour</p>',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      sentAt: '2026-11-27T10:00:00.000Z',
    });
    expect(messages[2]).toMatchObject({ channel: 'sms', subject: null, html: null, sentAt: null });
  });

  it('filters by recipient (case-insensitive) and by channel', async () => {
    expect((await list('?to=marie.curie@example.org')).map((m) => m.id)).toEqual([
      ids.third,
      ids.first,
    ]);
    expect((await list('?channel=sms')).map((m) => m.id)).toEqual([ids.sms]);
    expect((await list('?channel=email&to=paul@example.org')).map((m) => m.id)).toEqual([
      ids.second,
    ]);
    expect(await list('?channel=webhook')).toEqual([]);
  });

  it('serves the HTML version of an e-mail under its own strict CSP', async () => {
    const res = await app.request(`/dev/outbox/${ids.first}/html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toBe(outboxHtmlCsp);
    expect(outboxHtmlCsp).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    // The stored HTML, with links made to open in a new tab (no <head> here: prepended).
    expect(await res.text()).toBe('<base target="_blank"><p>Bonjour</p>');
  });

  it('puts the link target inside the head of a full HTML document', async () => {
    const id = await enqueueEmail(testDb.db, {
      to: 'jean@example.org',
      subject: 'Document complet',
      text: 'Voir https://example.org/espace-client',
      html: '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><a href="https://example.org/espace-client">Espace client</a></body></html>',
    });
    const res = await app.request(`/dev/outbox/${id}/html`);
    expect(await res.text()).toBe(
      '<!doctype html><html lang="fr"><head><base target="_blank"><meta charset="utf-8"></head><body><a href="https://example.org/espace-client">Espace client</a></body></html>',
    );
    await testDb.db.deleteFrom('outbox').where('id', '=', id).execute();
  });

  it('answers 404 for an unknown id, a malformed id or a message without HTML', async () => {
    for (const id of [
      crypto.randomUUID(),
      '999999999',
      'abc',
      `${ids.first}x`,
      ids.sms,
      ids.second,
    ]) {
      const res = await app.request(`/dev/outbox/${id}/html`);
      expect(res.status, id).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('Content-Security-Policy')).toBeNull();
    }
  });

  it('rejects an unknown channel', async () => {
    const res = await app.request('/dev/outbox?channel=fax');
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });
});

describe(`the demo partners' webhook receiver, /dev/webhooks (${databaseKind})`, () => {
  let testDb: TestDatabase;
  let app: Hono;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    app = new Hono().route('/dev', devRoutes({ db: testDb.db }));
    await createPartner(testDb.db, {
      slug: 'demo-receiver',
      name: 'Demo receiver',
      mode: 'test',
      allowedOrigins: [],
      webhookUrl: 'http://127.0.0.1:3000/dev/webhooks/demo-receiver',
      webhookSecret: 'whsec_demo_receiver_secret_0001',
    });
  });
  afterAll(() => testDb.destroy());

  it('accepts what verifies with the documented sample, refuses the rest, and lists both', async () => {
    const body = JSON.stringify({
      id: 'evt_00000000-0000-4000-8000-000000000001',
      type: 'order.placed',
      created: new Date().toISOString(),
      livemode: false,
      data: {},
    });
    const t = Math.floor(Date.now() / 1000);
    const post = (signature: string) =>
      app.request('/dev/webhooks/demo-receiver', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Certinomis-Signature': signature },
        body,
      });
    expect((await post(await signWebhook('whsec_demo_receiver_secret_0001', t, body))).status).toBe(
      204,
    );
    expect((await post(await signWebhook('whsec_someone_else_0000000', t, body))).status).toBe(400);
    const list = (await (await app.request('/dev/webhooks')).json()) as DevReceivedWebhook[];
    expect(list.map((w) => [w.verified, w.type])).toEqual([
      [false, null],
      [true, 'order.placed'],
    ]);
  });
});
