import { expect } from '@open-wc/testing';
import type { PartnerSettings } from '../../machines/contract.ts';
import { axeViolations, placeOrder, waitUntil } from '../test-helpers.ts';
import './certinomis-portal.ts';
import type { CertinomisPortal } from './certinomis-portal.ts';
import {
  apiSession,
  deepActive,
  deepText,
  demoUser,
  fieldIn,
  keepSession,
  mount,
  portalToken,
  press,
  screenOf,
  typeIn,
  uniqueEmail,
  waitScreen,
} from './test-helpers.ts';

/**
 * The portal's sections in Chromium against the real test API (web-test-runner.config.ts): each
 * action is a real request, its outcome read back from the API.
 */
describe('<certinomis-portal> sections', () => {
  beforeEach(() => sessionStorage.clear());

  async function openAs(email: string, tab: string, locale = 'fr'): Promise<CertinomisPortal> {
    const session = await apiSession(email);
    keepSession(session);
    const el = await mount(locale);
    await waitScreen(el, 'overview');
    if (tab !== 'overview') await press(el.shadowRoot as ShadowRoot, tab);
    return el;
  }

  it('rolls the secret key with the overlap chosen: the new key once, the old one’s expiry', async () => {
    const el = await openAs(demoUser('reseller', 'admin'), 'overview');
    const overview = screenOf(el).shadowRoot;
    await waitUntil(() => overview.querySelector('#publishable'), 'overview not loaded');
    // The API checks the overlap: 0–168 hours.
    await typeIn(overview, 'expiresInHours', '500');
    await press(overview, 'Générer une nouvelle clé secrète');
    await waitUntil(() => fieldIn(overview, 'expiresInHours').error, 'no error beside the hours');
    expect(overview.querySelector('#secret-key')).to.equal(null);

    await typeIn(overview, 'expiresInHours', '3');
    await press(overview, 'Générer une nouvelle clé secrète');
    await waitUntil(() => overview.querySelector<HTMLInputElement>('#secret-key'), 'no new key');
    const key = overview.querySelector<HTMLInputElement>('#secret-key')?.value ?? '';
    expect(key).to.match(/^sk_test_/);
    await waitUntil(() => deepActive()?.id === 'secret-key', 'focus not on the new key');
    expect(deepText(overview)).to.contain('L’ancienne clé secrète reste valable jusqu’au');
    expect(deepText(overview)).to.contain(`se termine par ${key.slice(-4)}`);
    // The new key works (server to server); the settings say until when the old one does.
    const settings = (await (
      await fetch('/v1/partner', { headers: { Authorization: `Bearer ${key}` } })
    ).json()) as PartnerSettings;
    const left = Date.parse(settings.previousSecretKeyExpiresAt ?? '') - Date.now();
    expect(left).to.be.within(2.9 * 3600_000, 3 * 3600_000);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('lists the orders with filters and pages, and invites a user with a role', async () => {
    // The reseller's admin: portal.test.ts logs the demo partner's in by its e-mailed link at
    // the same time, and two logins of one user race for the newest link.
    const order = await placeOrder(uniqueEmail('portal'), { partnerKey: 'pk_test_reseller' });
    const el = await openAs(demoUser('reseller', 'admin'), 'Commandes');
    await waitScreen(el, 'orders');
    const orders = screenOf(el).shadowRoot;
    await waitUntil(() => orders.querySelector('tbody tr'), 'no orders');
    expect(deepText(orders)).to.contain(order.reference);
    await typeIn(orders, 'status', 'cancelled');
    await press(orders, 'Filtrer');
    await waitUntil(() => !deepText(orders).includes(order.reference), 'the filter was ignored');
    expect(await axeViolations(el)).to.deep.equal([]);

    await press(el.shadowRoot as ShadowRoot, 'Utilisateurs');
    await waitScreen(el, 'users');
    const users = screenOf(el).shadowRoot;
    await waitUntil(() => users.querySelector('tbody tr'), 'no users');
    const email = uniqueEmail('dev');
    await typeIn(users, 'email', email);
    await typeIn(users, 'role', 'developer');
    await press(users, 'Envoyer l’invitation');
    await waitUntil(() => deepText(users).includes(`Invitation envoyée à ${email}`), 'not sent');
    expect(deepText(users)).to.contain(email);
    expect(await portalToken(email, 'invite')).to.match(/^[A-Za-z0-9_-]+$/);
    // A bad address: the API's 422 beside the field.
    await typeIn(users, 'email', 'nope');
    await press(users, 'Envoyer l’invitation');
    await waitUntil(() => fieldIn(users, 'email').error, 'no error beside the e-mail address');

    await press(el.shadowRoot as ShadowRoot, 'Journal');
    await waitScreen(el, 'audit');
    const audit = screenOf(el).shadowRoot;
    await waitUntil(
      () => deepText(audit).includes('Utilisateur invité'),
      'invitation not in the log',
    );
    expect(deepText(audit)).to.contain(demoUser('reseller', 'admin'));
  });

  it('speaks English throughout when asked', async () => {
    const el = await openAs(demoUser('omnikles', 'accounting'), 'Statements', 'en');
    await waitScreen(el, 'statements');
    const statements = screenOf(el).shadowRoot;
    await waitUntil(() => statements.querySelector('table'), 'no statement');
    expect(statements.querySelector('h2')?.textContent).to.equal('Monthly statements');
    expect(deepText(statements)).to.contain('Download the statement as CSV');
    expect(deepText(el.shadowRoot as ShadowRoot)).to.contain('Sign out');
    expect(deepText(el.shadowRoot as ShadowRoot)).to.contain('(accounting)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
