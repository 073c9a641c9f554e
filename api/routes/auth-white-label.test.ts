/**
 * A reseller's buyer: the account e-mails (address confirmation, login link, reset) name the
 * reseller, link to its own client space, take its colours and a footer in the buyer's
 * language; a page of another partner never makes them speak in its name.
 * Fixture: api/testing/client-space.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createPartner } from '../services/partners.ts';
import { buyer, clientSpace, password } from '../testing/client-space.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const resellerKey = 'pk_live_white_label_reseller';
const resellerSpace = 'https://certificats.attestia.example/espace';

describe(`account e-mails of a white-label reseller's buyer (${databaseKind})`, () => {
  let t: TestApp;
  const { settle, linkToken, registerAndVerify } = clientSpace(
    async (overrides) => (t = await createTestApp(overrides)),
  );

  beforeAll(async () => {
    await createPartner(t.db, {
      slug: 'attestia-white-label',
      name: 'Attestia',
      mode: 'live',
      publishableKey: resellerKey,
      allowedOrigins: ['https://certificats.attestia.example'],
      clientSpaceUrl: resellerSpace,
      branding: {
        displayName: 'Attestia',
        logoUrl: null,
        colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#be123c' },
        font: null,
        defaultLocale: 'en',
      },
    });
  });

  async function orderWith(key: string | null) {
    const res = await t.call('POST', '/v1/orders', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
      ...(key ? { 'X-Partner-Key': key } : {}),
    });
    expect(res.status).toBe(201);
  }

  /** The newest e-mail to the buyer whose text carries `?param=`. */
  async function mailWith(param: 'verify' | 'login' | 'reset') {
    await linkToken(buyer, param);
    await settle();
    const rows = await t.db
      .selectFrom('outbox')
      .select(['subject', 'text_body', 'html_body'])
      .where('recipient', '=', buyer)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const mail = rows.find((r) => r.text_body.includes(`?${param}=`));
    if (!mail) throw new Error(`no ${param} e-mail`);
    return mail;
  }

  it('the address confirmation names the reseller, in English, and opens its client space', async () => {
    await orderWith(resellerKey);
    const res = await t.call(
      'POST',
      '/v1/auth/register',
      { email: buyer, password, locale: 'en' },
      { 'X-Partner-Key': resellerKey },
    );
    expect(res.status).toBe(202);
    const mail = await mailWith('verify');
    expect(mail.subject).toBe('Confirm your e-mail address — Attestia client space');
    expect(mail.text_body).toContain('in the Attestia client space');
    expect(mail.text_body).toMatch(
      /Confirm my address: https:\/\/certificats\.attestia\.example\/espace\?verify=/,
    );
    expect(mail.text_body).not.toContain('localhost:3000/espace-client');
    // Its colours on the button, its name in an English footer, CERTINOMIS as the issuer.
    expect(mail.html_body).toContain('background:#0f766e;color:#ffffff');
    expect(mail.html_body).toContain('lang="en"');
    expect(mail.html_body).toContain(
      'Attestia — qualified eIDAS electronic signature certificates issued by CERTINOMIS, certification authority',
    );
    expect(mail.html_body).not.toContain('certificats de signature');
    expect(`${mail.subject}${mail.text_body}`).not.toMatch(/CERTINOMIS (client space|espace)/);
  });

  it('the login link and its denial land on the reseller’s client space, and so does a reset', async () => {
    await orderWith(resellerKey);
    await registerAndVerify();
    const started = await t.call(
      'POST',
      '/v1/auth/login',
      { email: buyer, password },
      { 'X-Partner-Key': resellerKey },
    );
    expect(started.status).toBe(202);
    const login = await mailWith('login');
    expect(login.subject).toBe('Votre lien de connexion — espace client Attestia');
    expect(login.text_body).toMatch(
      /Me connecter : https:\/\/certificats\.attestia\.example\/espace\?login=/,
    );
    expect(login.text_body).toMatch(
      /Ce n’était pas moi : https:\/\/certificats\.attestia\.example\/espace\?deny=/,
    );
    expect(login.html_body).toContain(
      'Attestia — certificats de signature électronique qualifiés eIDAS émis par CERTINOMIS',
    );

    await t.call('POST', '/v1/auth/password-reset', { email: buyer });
    const reset = await mailWith('reset');
    expect(reset.subject).toBe('Réinitialisation de votre mot de passe — espace client Attestia');
    expect(reset.text_body).toContain(`${resellerSpace}?reset=`);
    expect(reset.html_body).toContain('background:#0f766e');
  });

  it('a buyer of CERTINOMIS keeps CERTINOMIS’s e-mails, even when a reseller’s page asks', async () => {
    await orderWith(null);
    const res = await t.call(
      'POST',
      '/v1/auth/register',
      { email: buyer, password },
      { 'X-Partner-Key': resellerKey },
    );
    expect(res.status).toBe(202);
    const mail = await mailWith('verify');
    expect(mail.subject).toBe('Confirmez votre adresse e-mail — espace client CERTINOMIS');
    expect(mail.text_body).toContain('http://localhost:3000/espace-client?verify=');
    expect(mail.text_body).not.toContain('Attestia');
    expect(mail.html_body).toContain('background:#1d4f91');
    expect(mail.html_body).toContain(
      'CERTINOMIS — certificats de signature électronique qualifiés eIDAS',
    );
  });
});
