import { expect, fixture, html } from '@open-wc/testing';
import type { PartnerSettings } from '../../machines/contract.ts';
import { axeViolations, waitUntil } from '../test-helpers.ts';
import './certinomis-portal.ts';
import { PortalApi } from './portal-api.ts';
import type { PortalView } from './screen.ts';
import './statements-screen.ts';
import {
  apiSession,
  deepActive,
  deepText,
  demoUser,
  fieldIn,
  keepSession,
  mount,
  openedWith,
  portalToken,
  press,
  screenOf,
  tabsOf,
  typeIn,
  uniqueEmail,
  waitScreen,
} from './test-helpers.ts';

/**
 * `<certinomis-portal>` in Chromium against the real API served by the test runner (PGlite,
 * demo mode, the demo partners and their portal users seeded by web-test-runner.config.ts):
 * every login, invitation and change is a real request; links are read from `/dev/outbox`.
 */
describe('<certinomis-portal>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    const url = new URL(location.href);
    url.searchParams.delete('login');
    url.searchParams.delete('invite');
    history.replaceState(history.state, '', url);
  });

  it('logs a partner user in: password, then the e-mailed link opening the portal (?login=)', async () => {
    const el = await mount();
    await waitScreen(el, 'login');
    const login = screenOf(el).shadowRoot;
    expect(login.querySelector('h2')?.textContent).to.equal('Connexion au portail partenaires');
    expect(await axeViolations(el)).to.deep.equal([]);

    // The API checks the fields: its 422 is shown beside each, and the first one is focused.
    await press(login, 'Connexion');
    await waitUntil(() => fieldIn(login, 'email').error, 'no error beside the e-mail address');
    await waitUntil(() => deepActive()?.tagName === 'INPUT', 'focus not on the field in error');

    // A wrong password: the API's 401, the same for any wrong pair.
    const email = demoUser('omnikles', 'admin');
    await typeIn(login, 'email', email);
    await typeIn(login, 'password', 'not the password');
    await press(login, 'Connexion');
    await waitUntil(() => login.querySelector('.alert'), 'no alert for a wrong password');
    expect(fieldIn(login, 'email').error).to.equal(null);

    await typeIn(login, 'password', 'Demo-Partenaire-2026');
    await press(login, 'Connexion');
    await waitScreen(el, 'sent');
    expect(deepText(screenOf(el).shadowRoot)).to.contain(email);
    await waitUntil(() => deepActive()?.tagName === 'H2', 'focus not on the heading');

    // The link opens the portal: the session starts, the token leaves the address.
    const token = await portalToken(email, 'login');
    el.remove();
    openedWith({ login: token });
    const opened = await mount();
    await waitScreen(opened, 'overview');
    expect(new URL(location.href).searchParams.has('login')).to.equal(false);
    expect(tabsOf(opened)).to.deep.equal([
      'Vue d’ensemble',
      'Origines',
      'Webhooks',
      'Commandes',
      'Relevés',
      'Utilisateurs',
      'Journal',
    ]);
    const overview = screenOf(opened).shadowRoot;
    await waitUntil(() => overview.querySelector<HTMLInputElement>('#publishable'), 'no key');
    expect(overview.querySelector<HTMLInputElement>('#publishable')?.value).to.equal(
      'pk_test_omnikles',
    );
    expect(await axeViolations(opened)).to.deep.equal([]);

    // Signing out ends the session: the link cannot be used twice.
    await press(opened.shadowRoot as ShadowRoot, 'Se déconnecter');
    await waitScreen(opened, 'login');
    opened.remove();
    openedWith({ login: token });
    const again = await mount();
    await waitScreen(again, 'invalid');
  });

  it('an invited user chooses a password, then logs in and sees only what its role may do', async () => {
    const admin = await apiSession(demoUser('omnikles', 'admin'));
    const email = uniqueEmail('compta');
    const invited = await fetch('/v1/partner/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ email, role: 'accounting' }),
    });
    expect(invited.status).to.equal(201);
    openedWith({ invite: await portalToken(email, 'invite') });
    const el = await mount();
    await waitScreen(el, 'invite');
    const invite = screenOf(el).shadowRoot;
    await typeIn(invite, 'password', 'short');
    await press(invite, 'Activer mon compte');
    await waitUntil(() => fieldIn(invite, 'password').error, 'no error beside the password');
    await typeIn(invite, 'password', 'Un mot de passe assez long 2026');
    await press(invite, 'Activer mon compte');
    await waitScreen(el, 'login');
    expect(deepText(screenOf(el).shadowRoot)).to.contain('Votre mot de passe est enregistré');

    keepSession(await apiSession(email, 'Un mot de passe assez long 2026'));
    el.remove();
    const opened = await mount();
    await waitScreen(opened, 'overview');
    // Accounting: orders and statements, never keys, origins, webhooks or users.
    expect(tabsOf(opened)).to.deep.equal(['Vue d’ensemble', 'Commandes', 'Relevés', 'Journal']);
    const overview = screenOf(opened).shadowRoot;
    await waitUntil(() => overview.querySelector('#publishable'), 'overview not loaded');
    expect(deepText(overview)).not.to.contain('Générer une nouvelle clé secrète');
  });

  it('shows the API’s 422 beside the origin it names, changing nothing, then saves good ones', async () => {
    const session = await apiSession(demoUser('reseller', 'developer'));
    keepSession(session);
    const el = await mount('en');
    await waitScreen(el, 'overview');
    await press(el.shadowRoot as ShadowRoot, 'Origins');
    await waitScreen(el, 'origins');
    const origins = screenOf(el).shadowRoot;
    await waitUntil(() => origins.querySelector('form'), 'origins not loaded');
    const before = origins.querySelectorAll('certinomis-field').length;
    await press(origins, 'Add an origin');
    await screenOf(el).updateComplete;
    await typeIn(origins, `allowedOrigins.${before}`, 'ftp://shop.example/path');
    await press(origins, 'Save the origins');
    await waitUntil(() => fieldIn(origins, `allowedOrigins.${before}`).error, 'no error beside it');
    const read = async () =>
      (
        (await (
          await fetch('/v1/partner', { headers: { Authorization: `Bearer ${session.token}` } })
        ).json()) as PartnerSettings
      ).allowedOrigins;
    expect(await read()).to.have.length(before);

    await typeIn(origins, `allowedOrigins.${before}`, 'https://shop.example');
    await press(origins, 'Save the origins');
    await waitUntil(async () => (await read()).includes('https://shop.example'), 'not saved');
    await waitUntil(
      () => deepText(el.shadowRoot as ShadowRoot).includes('Origins saved.'),
      'not announced',
    );
    // Put the demo partner back as it was.
    await press(origins, `Remove origin ${before + 1}`);
    await press(origins, 'Save the origins');
    await waitUntil(async () => (await read()).length === before, 'not restored');
  });

  it('goes back to the login, saying why, when the API no longer knows the session', async () => {
    const session = await apiSession(demoUser('omnikles', 'developer'));
    await fetch('/v1/partner-auth/logout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}` },
    });
    keepSession(session);
    const el = await mount();
    await waitScreen(el, 'login');
    expect(deepText(screenOf(el).shadowRoot)).to.contain('Votre session a expiré');
    expect(sessionStorage.length).to.equal(0);
  });

  it('shows the API’s 403 when a role reaches what it may not do', async () => {
    const session = await apiSession(demoUser('reseller', 'developer'));
    const view: PortalView = {
      locale: 'fr',
      api: new PortalApi({ baseUrl: '/', locale: 'fr' }),
      session: session.token,
      role: 'developer',
      announce: () => {},
      sessionExpired: () => {},
    };
    const screen = await fixture<HTMLElement & { shadowRoot: ShadowRoot }>(
      html`<certinomis-portal-statements .view=${view}></certinomis-portal-statements>`,
    );
    await waitUntil(() => screen.shadowRoot.querySelector('[role="alert"]'), 'no 403 shown');
    expect(screen.shadowRoot.querySelector('table')).to.equal(null);
  });
});
