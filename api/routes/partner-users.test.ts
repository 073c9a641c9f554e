import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerAuditEntry, PartnerUserView } from '../../machines/contract.ts';
import { invitePartnerUser } from '../services/partner-users.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`partner portal users, sessions and roles (${databaseKind})`, () => {
  let t: TestApp;
  let now = new Date('2026-12-02T09:00:00.000Z');
  const password = 'Portail-Partenaire-2026!';
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}`, 'X-Partner-Key': null });
  const api = (method: string, path: string, token: string, body?: unknown) =>
    t.call(method, `/v1/partner${path}`, body, bearer(token));
  const auth = (path: string, body: unknown) =>
    t.call('POST', `/v1/partner-auth${path}`, body, { 'X-Partner-Key': null });
  /** The token of the last link e-mailed to `email` with `?{param}=`. */
  const linkToken = async (email: string, param: 'invite' | 'login') => {
    const mail = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('channel', '=', 'email')
      .where('recipient', '=', email)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const match = new RegExp(`/partenaires\\?${param}=([A-Za-z0-9_-]+)`).exec(mail.text_body);
    expect(match).not.toBeNull();
    return match?.[1] as string;
  };
  /** Invitation accepted, password then e-mailed link: the session token. */
  const logIn = async (email: string) => {
    const login = await auth('/login', { email, password });
    expect(login.status).toBe(202);
    const session = await auth('/session', { token: await linkToken(email, 'login') });
    expect(session.status).toBe(200);
    return ((await session.json()) as { token: string }).token;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('an admin (here the secret key) invites users; bad input is a 422 naming the field', async () => {
    const bad = await api('POST', '/users', t.partner.secretKey, { email: 'x', role: 'owner' });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['email', 'role']));
    for (const [email, role] of [
      ['dev@partner.example', 'developer'],
      ['compta@partner.example', 'accounting'],
    ]) {
      const response = await api('POST', '/users', t.partner.secretKey, { email, role });
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ email, role, active: false });
    }
    const again = await api('POST', '/users', t.partner.secretKey, {
      email: 'DEV@partner.example',
      role: 'admin',
    });
    expect(again.status).toBe(409);
    const list = (await (await api('GET', '/users', t.partner.secretKey)).json()) as {
      items: PartnerUserView[];
    };
    expect(list.items.map((u) => u.email).sort()).toEqual([
      'compta@partner.example',
      'dev@partner.example',
    ]);
  });

  it('an invited user sets a password, logs in with it and the e-mailed link', async () => {
    for (const email of ['dev@partner.example', 'compta@partner.example']) {
      const token = await linkToken(email, 'invite');
      expect((await auth('/accept', { token, password: 'short' })).status).toBe(422);
      expect((await auth('/accept', { token, password })).status).toBe(204);
      // The invitation works once.
      expect((await auth('/accept', { token, password })).status).toBe(400);
    }
    const wrong = await auth('/login', {
      email: 'dev@partner.example',
      password: 'nope-nope-nope',
    });
    expect(wrong.status).toBe(401);
    const unknown = await auth('/login', { email: 'nobody@partner.example', password });
    expect(unknown.status).toBe(401);
    const session = await logIn('dev@partner.example');
    expect(session).toMatch(/^pps_/);
    const settings = await api('GET', '', session);
    expect(settings.status).toBe(200);
    expect(((await settings.json()) as { slug: string }).slug).toBe('test-partner');
  });

  it('checks roles in the API: developer keys and webhooks, accounting orders and statements', async () => {
    const dev = await logIn('dev@partner.example');
    const compta = await logIn('compta@partner.example');
    const status = async (token: string, method: string, path: string, body?: unknown) =>
      (await api(method, path, token, body)).status;

    expect(await status(dev, 'PATCH', '', { allowedOrigins: ['https://partner.example'] })).toBe(
      200,
    );
    expect(await status(dev, 'GET', '/webhooks/deliveries')).toBe(200);
    expect(await status(dev, 'GET', '/statements/2026-12')).toBe(403);
    expect(await status(dev, 'GET', '/orders')).toBe(403);
    expect(await status(dev, 'GET', '/users')).toBe(403);

    expect(await status(compta, 'GET', '/orders')).toBe(200);
    expect(await status(compta, 'GET', '/statements/2026-12')).toBe(200);
    expect(await status(compta, 'POST', '/keys/secret/roll')).toBe(403);
    expect(await status(compta, 'POST', '/webhooks/secret/roll')).toBe(403);
    expect(await status(compta, 'PATCH', '', { allowedOrigins: [] })).toBe(403);
    const refused = await api('POST', '/keys/publishable/roll', compta);
    expect(await refused.json()).toMatchObject({
      status: 403,
      type: expect.stringMatching(/partner-role-forbidden$/),
    });

    // The developer's roll works, and the audit log names the person (a later instant: a known order).
    now = new Date(now.getTime() + 1_000);
    expect(await status(dev, 'POST', '/keys/publishable/roll', { expiresInHours: 0 })).toBe(200);
    const audit = (await (await api('GET', '/audit', compta)).json()) as {
      items: PartnerAuditEntry[];
    };
    expect(audit.items[0]).toMatchObject({
      action: 'publishable_key.rolled',
      actor: { type: 'user', email: 'dev@partner.example' },
    });
    expect(audit.items.map((e) => e.action)).toContain('user.invited');
  });

  it('ends sessions at logout and after 12 hours; a login link works once', async () => {
    const a = await logIn('dev@partner.example');
    await t.call('POST', '/v1/partner-auth/logout', undefined, bearer(a));
    expect((await api('GET', '', a)).status).toBe(401);

    await auth('/login', { email: 'dev@partner.example', password });
    const token = await linkToken('dev@partner.example', 'login');
    const b = ((await (await auth('/session', { token })).json()) as { token: string }).token;
    expect((await auth('/session', { token })).status).toBe(400);
    expect((await api('GET', '', b)).status).toBe(200);
    now = new Date(now.getTime() + 12 * 3_600_000);
    expect((await api('GET', '', b)).status).toBe(401);
  });

  it('the CLI’s invitation (no actor) is the same service, one user per e-mail', async () => {
    const { user, token } = await invitePartnerUser(t.db, {
      partnerId: t.partner.partner.id,
      email: 'Admin@Partner.example',
      role: 'admin',
      portalUrl: 'http://localhost:3000/partenaires',
      now,
    });
    expect(user).toMatchObject({ email: 'admin@partner.example', role: 'admin', active: false });
    expect(token).toBe(await linkToken('admin@partner.example', 'invite'));
  });
});
