import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PartnerAuditEntry,
  PartnerSettings,
  PublishableKeyRolled,
  SecretKeyRolled,
} from '../../machines/contract.ts';
import { type CreatedPartner, createPartner } from '../services/partners.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const hours = (n: number) => n * 3_600_000;

describe(`partner API: settings, key rolls, audit (${databaseKind})`, () => {
  let t: TestApp;
  let a: CreatedPartner;
  let b: CreatedPartner;
  // The controlled clock every request of the file reads (X-Test-Now on workerd).
  let now = new Date('2026-12-02T09:00:00.000Z');

  /** Moves the clock on: audit entries made at distinct instants list in a known order. */
  const tick = () => {
    now = new Date(now.getTime() + 1_000);
  };
  const bearer = (key: string) => ({ Authorization: `Bearer ${key}`, 'X-Partner-Key': null });
  const call = (method: string, path: string, key: string, body?: unknown) =>
    t.call(method, `/v1/partner${path}`, body, bearer(key));

  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    a = await createPartner(t.db, {
      slug: 'portal-keys-a',
      name: 'Partner A',
      mode: 'live',
      allowedOrigins: ['https://a.example'],
      webhookUrl: 'https://hooks.a.example/certinomis',
    });
    b = await createPartner(t.db, {
      slug: 'portal-keys-b',
      name: 'Partner B',
      mode: 'test',
      allowedOrigins: ['http://localhost:5173'],
    });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('GET /v1/partner shows the settings and never a secret', async () => {
    const response = await call('GET', '', a.secretKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain(a.secretKey);
    expect(text).not.toContain(a.webhookSecret as string);
    const settings = JSON.parse(text) as PartnerSettings;
    expect(settings).toMatchObject({
      slug: 'portal-keys-a',
      mode: 'live',
      publishableKey: a.partner.publishable_key,
      secretKeyHint: a.secretKey.slice(-4),
      allowedOrigins: ['https://a.example'],
      webhookUrl: 'https://hooks.a.example/certinomis',
      webhookSecretSet: true,
      previousSecretKeyExpiresAt: null,
    });
    expect(settings.branding.displayName).toBe('CERTINOMIS');
  });

  it('refuses a missing or unknown key with a 401 problem', async () => {
    for (const headers of [{}, { Authorization: 'Bearer sk_live_nope_nope_nope' }] as Record<
      string,
      string
    >[]) {
      const response = await t.call('GET', '/v1/partner', undefined, {
        'X-Partner-Key': null,
        ...headers,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    }
    // A publishable key is not a credential of this API.
    const pk = await call('GET', '', a.partner.publishable_key);
    expect(pk.status).toBe(401);
  });

  it('PATCH refuses bad origins and URLs with 422 naming the field, changing nothing', async () => {
    const cases: [unknown, string][] = [
      [{ allowedOrigins: ['http://a.example'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://localhost:3000'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://a.example/path'] }, 'allowedOrigins.0'],
      [{ webhookUrl: 'https://127.0.0.1/hooks' }, 'webhookUrl'],
      [{ webhookUrl: 'http://hooks.a.example/x' }, 'webhookUrl'],
      [{ clientSpaceUrl: 'javascript:alert(1)' }, 'clientSpaceUrl'],
      [
        {
          branding: {
            displayName: 'X',
            logoUrl: null,
            colors: { primary: 'red', onPrimary: '#ffffff', accent: '#000000' },
            font: null,
            defaultLocale: 'fr',
          },
        },
        'branding.colors.primary',
      ],
      [{ mode: 'test' }, 'mode'],
    ];
    for (const [body, field] of cases) {
      const response = await call('PATCH', '', a.secretKey, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toContain(field);
    }
    // An empty patch (found by the route fuzzer: it once built an UPDATE without SET) changes nothing.
    const empty = await call('PATCH', '', a.secretKey, {});
    expect(empty.status).toBe(200);
    expect(((await empty.json()) as PartnerSettings).allowedOrigins).toEqual(['https://a.example']);
    const after = (await (await call('GET', '', a.secretKey)).json()) as PartnerSettings;
    expect(after.allowedOrigins).toEqual(['https://a.example']);
    expect(after.webhookUrl).toBe('https://hooks.a.example/certinomis');
    const audit = (await (await call('GET', '/audit', a.secretKey)).json()) as {
      items: PartnerAuditEntry[];
    };
    expect(audit.items).toEqual([]);
  });

  it('PATCH changes origins and endpoint (test mode allows localhost and http:), audited with the IP', async () => {
    const live = await t.call(
      'PATCH',
      '/v1/partner',
      { allowedOrigins: ['https://a.example', 'https://shop.a.example:8443'] },
      { ...bearer(a.secretKey), 'X-Forwarded-For': '198.51.100.7' },
    );
    expect(live.status).toBe(200);
    expect(((await live.json()) as PartnerSettings).allowedOrigins).toEqual([
      'https://a.example',
      'https://shop.a.example:8443',
    ]);
    // The new origin is now admitted by the element's CORS policy.
    const catalog = await t.call('GET', '/v1/catalog', undefined, {
      'X-Partner-Key': a.partner.publishable_key,
      Origin: 'https://shop.a.example:8443',
    });
    expect(catalog.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.a.example:8443');

    const test = await call('PATCH', '', b.secretKey, {
      allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:8080'],
      webhookUrl: 'http://localhost:4000/hooks',
    });
    expect(test.status).toBe(200);
    const body = (await test.json()) as PartnerSettings & { webhookSecret?: string };
    expect(body.webhookSecretSet).toBe(true);
    // A first endpoint's secret is shown once, in this answer only.
    expect(body.webhookSecret).toMatch(/^whsec_/);
    expect(await (await call('GET', '', b.secretKey)).text()).not.toContain(body.webhookSecret);

    const audit = (await (await call('GET', '/audit', a.secretKey)).json()) as {
      items: PartnerAuditEntry[];
    };
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      action: 'settings.updated',
      actor: { type: 'secret_key', id: `sk_…${a.secretKey.slice(-4)}` },
      ip: '198.51.100.7',
      details: { fields: ['allowedOrigins'] },
    });
  });

  it('rolls the secret key: the old one works until previousExpiresAt, then 401', async () => {
    tick();
    const refused = await call('POST', '/keys/secret/roll', a.secretKey, { expiresInHours: 169 });
    expect(refused.status).toBe(422);
    const response = await call('POST', '/keys/secret/roll', a.secretKey, { expiresInHours: 2 });
    expect(response.status).toBe(200);
    const rolled = (await response.json()) as SecretKeyRolled;
    expect(rolled.secretKey).toMatch(/^sk_live_/);
    expect(rolled.previousExpiresAt).toBe(new Date(now.getTime() + hours(2)).toISOString());

    expect((await call('GET', '', rolled.secretKey)).status).toBe(200);
    expect((await call('GET', '', a.secretKey)).status).toBe(200);
    now = new Date(now.getTime() + hours(2) - 1_000);
    expect((await call('GET', '', a.secretKey)).status).toBe(200);
    now = new Date(now.getTime() + 1_000);
    expect((await call('GET', '', a.secretKey)).status).toBe(401);
    expect((await call('GET', '', rolled.secretKey)).status).toBe(200);
    a = { ...a, secretKey: rolled.secretKey };
  });

  it('rolls with expiresInHours 0 (default body: 24 h): the old key stops at once', async () => {
    const first = (await (
      await call('POST', '/keys/secret/roll', a.secretKey)
    ).json()) as SecretKeyRolled;
    expect(first.previousExpiresAt).toBe(new Date(now.getTime() + hours(24)).toISOString());
    tick();
    const second = (await (
      await call('POST', '/keys/secret/roll', first.secretKey, { expiresInHours: 0 })
    ).json()) as SecretKeyRolled;
    // Two rolls: only the newest key and the one just before it could work; the latter stops now.
    expect((await call('GET', '', a.secretKey)).status).toBe(401);
    expect((await call('GET', '', first.secretKey)).status).toBe(401);
    expect((await call('GET', '', second.secretKey)).status).toBe(200);
    a = { ...a, secretKey: second.secretKey };
  });

  it('rolls the publishable key with the same overlap on the element surface', async () => {
    tick();
    const old = a.partner.publishable_key;
    const response = await call('POST', '/keys/publishable/roll', a.secretKey, {
      expiresInHours: 1,
    });
    expect(response.status).toBe(200);
    const rolled = (await response.json()) as PublishableKeyRolled;
    expect(rolled.publishableKey).toMatch(/^pk_live_/);
    const catalog = (key: string) =>
      t.call('GET', '/v1/catalog', undefined, { 'X-Partner-Key': key });
    expect((await catalog(rolled.publishableKey)).status).toBe(200);
    expect((await catalog(old)).status).toBe(200);
    now = new Date(now.getTime() + hours(1));
    expect((await catalog(old)).status).toBe(401);
    expect((await catalog(rolled.publishableKey)).status).toBe(200);
    const settings = (await (await call('GET', '', a.secretKey)).json()) as PartnerSettings;
    expect(settings.publishableKey).toBe(rolled.publishableKey);
    expect(settings.previousPublishableKeyExpiresAt).toBeNull();
  });

  it('writes every change to the audit log, never a secret, and never to another partner’s', async () => {
    const response = await call('GET', '/audit?limit=2', a.secretKey);
    const first = (await response.json()) as { items: PartnerAuditEntry[]; nextCursor: string };
    expect(first.items.map((e) => e.action)).toEqual([
      'publishable_key.rolled',
      'secret_key.rolled',
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = (await (
      await call('GET', `/audit?limit=50&cursor=${first.nextCursor}`, a.secretKey)
    ).json()) as { items: PartnerAuditEntry[]; nextCursor: null };
    expect(rest.items.map((e) => e.action)).toEqual([
      'secret_key.rolled',
      'secret_key.rolled',
      'settings.updated',
    ]);
    expect(rest.nextCursor).toBeNull();
    const all = JSON.stringify([...first.items, ...rest.items]);
    expect(all).not.toMatch(/sk_live_[A-Za-z0-9]{10,}/);
    const other = (await (await call('GET', '/audit', b.secretKey)).json()) as {
      items: PartnerAuditEntry[];
    };
    expect(other.items.map((e) => e.action)).toEqual(['settings.updated']);
    expect((await call('GET', '/audit?cursor=nope', a.secretKey)).status).toBe(422);
  });
});
