import { expect } from '@open-wc/testing';
import { demoOperator } from '../../demo/demo-operator.ts';
import type { OrderResponse } from '../../machines/contract.ts';
import { mailedToken, waitUntil } from '../test-helpers.ts';
import './certinomis-backoffice.ts';
import {
  buttonIn,
  buyerSession,
  deepActive,
  fieldIn,
  filter,
  keepSession,
  loggedIn,
  mount,
  openedWith,
  operatorSession,
  placeOrder,
  queue,
  rows,
  screenOf,
  signDossier,
  storageKey,
  textOf,
  typeIn,
  uniqueEmail,
  waitRows,
  waitScreen,
} from './test-helpers.ts';

/**
 * `<certinomis-backoffice>` in Chromium against the real API served in-process by the test
 * runner (PGlite, demo mode, the demo operator seeded by web-test-runner.config.ts): orders,
 * buyers and their signed dossiers are made through the API, the operator logs in with the
 * e-mailed link read from `/dev/outbox`, every action is a real request.
 */

describe('<certinomis-backoffice>', () => {
  before(async function () {
    this.timeout(20_000);
    await operatorSession();
  });

  beforeEach(() => {
    sessionStorage.clear();
    const url = new URL(location.href);
    url.searchParams.delete('login');
    history.replaceState(history.state, '', url);
  });

  it('logs the operator in: password, then the e-mailed link opening the back office (?login=)', async () => {
    const el = await mount();
    await waitScreen(el, 'login');
    const login = screenOf(el).shadowRoot;
    expect(login.querySelector('h2')?.textContent).to.equal('Connexion opérateur');
    expect(fieldIn(login, 'email').label).to.equal('Adresse e-mail');
    // Operators' accounts are made by an administrator: no S'enregistrer, no reset here.
    expect(textOf(login)).not.to.contain('S’enregistrer');
    expect(textOf(login)).not.to.contain('Mot de passe oublié');

    // Client-side checks first, as in the client space.
    buttonIn(login, 'Connexion').click();
    await waitUntil(() => fieldIn(login, 'email').error, 'no error on the e-mail address');
    expect(fieldIn(login, 'password').error).to.equal('Ce champ est obligatoire.');

    await typeIn(login, 'email', demoOperator.email);
    await typeIn(login, 'password', demoOperator.password);
    buttonIn(login, 'Connexion').click();
    await waitScreen(el, 'awaitingLink');
    expect(textOf(screenOf(el).shadowRoot)).to.contain('Vérifiez votre boîte mail');
    expect(textOf(screenOf(el).shadowRoot)).to.contain(demoOperator.email);
    await waitUntil(() => deepActive()?.tagName === 'H2', 'focus not on the heading');

    // The link opens the back-office page in this tab: it logs in at once.
    const token = await mailedToken(demoOperator.email, 'login');
    el.remove();
    openedWith({ login: token });
    const opened = await mount();
    await waitScreen(opened, 'queue');
    expect(new URL(location.href).searchParams.has('login')).to.equal(false);
    expect(screenOf(opened).shadowRoot.querySelector('h2')?.textContent).to.equal(
      'File des dossiers',
    );
    expect(textOf(opened.shadowRoot!)).to.contain(`Connecté : ${demoOperator.email}`);
    expect(sessionStorage.getItem(storageKey())).to.contain('accessToken');
    expect(localStorage.length).to.equal(0);
  });

  it('logs in from the wait screen when the link is opened elsewhere (polling)', async function () {
    this.timeout(20_000);
    const el = await mount();
    await waitScreen(el, 'login');
    const login = screenOf(el).shadowRoot;
    await typeIn(login, 'email', demoOperator.email);
    await typeIn(login, 'password', demoOperator.password);
    buttonIn(login, 'Connexion').click();
    await waitScreen(el, 'awaitingLink');
    // Another device opens the link (no attempt id): this window, polling, logs in.
    const res = await fetch('/v1/auth/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: await mailedToken(demoOperator.email, 'login') }),
    });
    expect(res.status).to.equal(200);
    await waitScreen(el, 'queue', 10_000);
    await waitUntil(() => deepActive()?.textContent === 'File des dossiers', 'focus not moved');
    buttonIn(el.shadowRoot!, 'Se déconnecter').click();
    await waitScreen(el, 'login');
    expect(textOf(screenOf(el).shadowRoot)).to.contain('Vous êtes déconnecté.');
    expect(sessionStorage.getItem(storageKey()) ?? '').not.to.contain('accessToken');
  });

  it('is closed to a buyer’s account', async function () {
    this.timeout(20_000);
    const email = uniqueEmail('buyer');
    await placeOrder(email);
    keepSession(email, await buyerSession(email));
    const el = await mount();
    await waitScreen(el, 'forbidden');
    expect(textOf(el.shadowRoot!)).to.contain('Accès réservé aux opérateurs');
  });

  describe('with signed dossiers', () => {
    let express: OrderResponse;
    let transfer: OrderResponse;
    let cheque: OrderResponse;
    let many: OrderResponse;

    before(async function () {
      this.timeout(60_000);
      const email = uniqueEmail('queue');
      cheque = await placeOrder(email, { payment: 'cheque' });
      transfer = await placeOrder(email);
      express = await placeOrder(email, { express: true });
      many = await placeOrder(email, { quantity: 21 });
      const buyer = await buyerSession(email);
      await signDossier(transfer.dossiers[0]!.id, buyer.accessToken);
      await signDossier(express.dossiers[0]!.id, buyer.accessToken);
    });

    it('lists Express first with the time left on the 48 h promise, and filters', async function () {
      this.timeout(30_000);
      const el = await loggedIn();
      const root = queue(el);
      expect(root.querySelector('form[role="search"]')?.getAttribute('aria-label')).to.equal(
        'Filtrer les dossiers',
      );
      const status = fieldIn(root, 'status');
      expect(status.label).to.equal('Statut');
      expect(status.options.map((o) => o.label)).to.include('En cours de vérification');

      await filter(el, { status: 'in_review' });
      await waitUntil(() =>
        rows(el).some((row) => row.dataset.dossier === express.dossiers[0]!.id),
      );
      const list = rows(el);
      const firstPlain = list.findIndex((row) => !row.classList.contains('express'));
      const lastExpress = list.map((row) => row.classList.contains('express')).lastIndexOf(true);
      expect(lastExpress).to.be.lessThan(firstPlain === -1 ? list.length : firstPlain);
      const expressRow = list.find((row) => row.dataset.dossier === express.dossiers[0]!.id)!;
      const expressText = textOf(expressRow);
      expect(expressText).to.contain('Express');
      expect(expressText).to.match(/reste 4[78] h/);
      expect(expressText).to.contain('En cours de vérification');
      expect(expressText).to.contain('Virement');
      expect(expressRow.querySelector('.deadline.urgent')).to.equal(null);
      expect(list.some((row) => row.dataset.dossier === transfer.dossiers[0]!.id)).to.equal(true);

      // Express only + a reference: the Express order alone.
      await filter(el, { status: '', reference: express.reference }, true);
      await waitRows(el, 1);
      expect(rows(el)[0]!.dataset.dossier).to.equal(express.dossiers[0]!.id);

      // A status and a payment method that this order does not have: nothing.
      await filter(el, { paymentMethod: 'cheque' }, true);
      await waitRows(el, 0);
      expect(textOf(queue(el))).to.contain('Aucun dossier ne correspond à ces filtres.');

      // The cheque order, still to complete, by the start of its SIRET and its reference.
      await filter(
        el,
        { reference: cheque.reference, siret: '523 456', status: 'to_complete' },
        false,
      );
      await waitRows(el, 1);
      expect(textOf(rows(el)[0]!)).to.contain('Chèque');
      expect(textOf(rows(el)[0]!)).to.contain('Demande à compléter');

      // The dates: the end before the start is refused on the spot.
      await typeIn(queue(el), 'from', '2026-12-31');
      await typeIn(queue(el), 'to', '2026-01-01');
      buttonIn(queue(el), 'Filtrer').click();
      await waitUntil(() => fieldIn(queue(el), 'to').error);
      expect(fieldIn(queue(el), 'to').error).to.equal('Cette date précède la date de début.');
    });

    it('pages the queue by 20', async function () {
      this.timeout(20_000);
      const el = await loggedIn();
      await filter(el, { reference: many.reference });
      await waitRows(el, 20);
      expect(textOf(queue(el))).to.contain('Dossiers 1 à 20');
      buttonIn(queue(el), 'Page suivante →').click();
      await waitRows(el, 1);
      expect(textOf(queue(el))).to.contain('Dossiers 21 à 21');
      expect(textOf(rows(el)[0]!)).to.contain('certificat 21/21');
      await waitUntil(() => deepActive()?.id === 'results-title', 'focus not on the results');
      expect(buttonIn(queue(el), 'Page suivante →').disabled).to.equal(true);
      buttonIn(queue(el), '← Page précédente').click();
      await waitRows(el, 20);
    });

    it('speaks English with locale="en"', async function () {
      this.timeout(20_000);
      const el = await loggedIn('en');
      expect(screenOf(el).shadowRoot.querySelector('h2')?.textContent).to.equal('Dossier queue');
      await typeIn(queue(el), 'reference', cheque.reference);
      buttonIn(queue(el), 'Filter').click();
      await waitUntil(() => rows(el).length === 1 && textOf(rows(el)[0]!).includes('Cheque'));
      expect(textOf(rows(el)[0]!)).to.contain('To complete');
    });
  });
});
