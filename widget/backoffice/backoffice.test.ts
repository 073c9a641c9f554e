import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoOperator } from '../../demo/demo-operator.ts';
import type { OrderResponse, SessionResponse } from '../../machines/contract.ts';
import { mailedToken } from '../test-helpers.ts';
import './certinomis-backoffice.ts';
import type { CertinomisBackoffice } from './certinomis-backoffice.ts';
import { eurosInput } from './deadline.ts';
import type { CertinomisBackofficeQueue } from './queue-screen.ts';
import {
  actionsOf,
  apiSession,
  buttonIn,
  buyerSession,
  deepActive,
  fieldIn,
  keepSession,
  openedWith,
  operate,
  placeOrder,
  screenOf,
  signDossier,
  storageKey,
  textOf,
  typeIn,
  uniqueEmail,
  waitScreen,
  waitText,
} from './test-helpers.ts';

/**
 * `<certinomis-backoffice>` in Chromium against the real API served in-process by the test
 * runner (PGlite, demo mode, the demo operator seeded by web-test-runner.config.ts): orders,
 * buyers and their signed dossiers are made through the API, the operator logs in with the
 * e-mailed link read from `/dev/outbox`, every action is a real request.
 */

async function mount(locale = 'fr'): Promise<CertinomisBackoffice> {
  return fixture<CertinomisBackoffice>(
    html`<certinomis-backoffice api="/" locale=${locale} test-data></certinomis-backoffice>`,
  );
}

/** The operator's session, opened once through the API (each login e-mails a link). */
let operator: SessionResponse;

/** Mounts the back office already logged in as the operator, showing the queue. */
async function loggedIn(locale = 'fr'): Promise<CertinomisBackoffice> {
  keepSession(demoOperator.email, operator);
  const el = await mount(locale);
  await waitScreen(el, 'queue');
  return el;
}

const queue = (el: CertinomisBackoffice) => screenOf(el).shadowRoot;

function rows(el: CertinomisBackoffice): HTMLTableRowElement[] {
  return [...queue(el).querySelectorAll<HTMLTableRowElement>('tr[data-dossier]')];
}

async function filter(el: CertinomisBackoffice, values: Record<string, string>, express?: boolean) {
  const root = queue(el);
  for (const [name, value] of Object.entries(values)) await typeIn(root, name, value);
  if (express !== undefined) {
    const box = root.querySelector<HTMLInputElement>('input[name="express"]')!;
    if (box.checked !== express) box.click();
  }
  buttonIn(root, 'Filtrer').click();
  await settled(el);
}

/** Waits until the queue's last request is answered. */
async function settled(el: CertinomisBackoffice) {
  await el.updateComplete;
  const list = screenOf(el) as CertinomisBackofficeQueue;
  await list.updateComplete;
  await waitUntil(() => !list.busy, 'queue still loading', { timeout: 8000 });
  await list.updateComplete;
}

async function waitRows(el: CertinomisBackoffice, n: number) {
  await waitUntil(() => rows(el).length === n, `expected ${n} rows, got ${rows(el).length}`, {
    timeout: 8000,
  });
}

/** Filters the queue on `reference`, then opens its dossier n°`position`. */
async function openDossier(el: CertinomisBackoffice, reference: string, position = 1) {
  await filter(el, { reference });
  await waitUntil(
    () => rows(el).length > 0 && rows(el).every((row) => row.textContent?.includes(reference)),
    `no row of ${reference}`,
    { timeout: 8000 },
  );
  const row = rows(el)[position - 1]!;
  buttonIn(row, 'Ouvrir').click();
  await waitScreen(el, 'dossier');
  await waitUntil(
    () => screenOf(el).shadowRoot.querySelector('certinomis-backoffice-actions')?.shadowRoot,
    'dossier not loaded',
    { timeout: 8000 },
  );
  await actionsOf(el).updateComplete;
}

const dossierText = (el: CertinomisBackoffice) => textOf(screenOf(el).shadowRoot);

/** Opens an action's form, fills it, sends it. */
async function act(el: CertinomisBackoffice, action: string, values: Record<string, string> = {}) {
  const panel = actionsOf(el);
  buttonIn(panel.shadowRoot, action).click();
  await panel.updateComplete;
  const form = panel.shadowRoot.querySelector('#action-form');
  if (!form) throw new Error(`no form for ${action}`);
  for (const [name, value] of Object.entries(values)) await typeIn(form, name, value);
  buttonIn(form, 'Enregistrer').click();
}

/** Waits for the success notice of the last action. */
async function done(el: CertinomisBackoffice, text: string) {
  await waitUntil(
    () => screenOf(el).shadowRoot.querySelector('#notice')?.textContent?.includes(text),
    `notice "${text}" not shown`,
    { timeout: 8000 },
  );
}

describe('<certinomis-backoffice>', () => {
  before(async function () {
    this.timeout(20_000);
    operator = await apiSession(demoOperator.email, demoOperator.password);
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
    expect(fieldIn(login, 'email').label).to.equal('Courriel');
    // Operators' accounts are made by an administrator: no S'enregistrer, no reset here.
    expect(textOf(login)).not.to.contain('S’enregistrer');
    expect(textOf(login)).not.to.contain('Mot de passe oublié');

    // Client-side checks first, as in the client space.
    buttonIn(login, 'Connexion').click();
    await waitUntil(() => fieldIn(login, 'email').error, 'no error on Courriel');
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

    it('shows the dossier, refuses issuing with the missing conditions, then pays, verifies, issues and ships', async function () {
      this.timeout(60_000);
      const el = await loggedIn();
      await openDossier(el, transfer.reference);
      const view = screenOf(el).shadowRoot;
      await waitUntil(() => deepActive()?.tagName === 'H2', 'focus not on the heading');
      expect(view.querySelector('h2')?.textContent?.trim()).to.equal(
        `Dossier ${transfer.reference} — certificat 1/1`,
      );
      const text = dossierText(el);
      for (const part of [
        'En cours de vérification',
        'Jean-Baptiste POQUELIN',
        'MOLIERE COMPAGNIE',
        'Virement',
        'Paiement en attente',
        'MOLIERE CERTIF 2026',
        'En ligne (scan de la pièce d’identité)',
        'À vérifier',
        'En ligne (code SMS)',
        'Pièce d’identité déposée',
        'Dossier signé en ligne',
        'Commande passée',
      ]) {
        expect(text).to.contain(part);
      }

      // The ID scan, fetched with the token, shown from a Blob URL.
      buttonIn(view, 'Afficher').click();
      await waitUntil(() => view.querySelector('.preview img'), 'no preview');
      const img = view.querySelector<HTMLImageElement>('.preview img')!;
      expect(img.src.startsWith('blob:')).to.equal(true);
      expect(img.alt).to.contain('Pièce d’identité déposée le');
      await waitUntil(() => img.complete && img.naturalWidth === 48, 'preview not decoded');

      // Issuing now: refused, with each missing condition.
      const panel = actionsOf(el);
      const labels = [...panel.shadowRoot.querySelectorAll('.action-buttons button')].map((b) =>
        b.textContent?.trim(),
      );
      expect(labels).to.deep.equal([
        'Identité vérifiée',
        'Refuser l’identité',
        'Paiement reçu',
        'Certificat émis',
        'Annuler la commande',
        'Refuser le dossier',
      ]);
      await act(el, 'Certificat émis', { serialNumber: 'ABCDEF0123' });
      await waitUntil(() => panel.shadowRoot.querySelector('#refused'), 'no refusal shown');
      const refused = panel.shadowRoot.querySelector('#refused')!;
      expect(refused.getAttribute('role')).to.equal('alert');
      expect(textOf(refused)).to.contain('Conditions manquantes pour émettre le certificat :');
      const missing = [...refused.querySelectorAll('li')].map((li) => li.textContent);
      expect(missing).to.deep.equal([
        'L’identité du bénéficiaire n’est pas vérifiée.',
        'Le paiement n’a pas été reçu.',
      ]);
      await waitUntil(() => deepActive() === refused, 'focus not on the refusal');
      buttonIn(panel.shadowRoot, 'Fermer').click();
      await panel.updateComplete;

      // The payment: the amount is the order's, the label must carry the reference.
      buttonIn(panel.shadowRoot, 'Paiement reçu').click();
      await panel.updateComplete;
      const form = () => panel.shadowRoot.querySelector('#action-form')!;
      expect(fieldIn(form(), 'amount').value).to.equal(eurosInput(transfer.totals.ttc, 'fr'));
      buttonIn(form(), 'Enregistrer').click();
      await waitUntil(() => fieldIn(form(), 'reference').error, 'label not required');
      expect(fieldIn(form(), 'reference').error).to.equal('Ce champ est obligatoire.');
      await typeIn(form(), 'reference', 'VIR SEPA SANS REF');
      buttonIn(form(), 'Enregistrer').click();
      await waitUntil(
        () => fieldIn(form(), 'reference').error?.includes('ne porte ni la référence'),
        'label mismatch not shown',
      );
      await typeIn(form(), 'reference', `VIR SEPA ${transfer.reference} MOLIERE`);
      buttonIn(form(), 'Enregistrer').click();
      await done(el, `Paiement enregistré pour 1 dossier(s) de la commande ${transfer.reference}.`);
      await waitUntil(
        () => deepActive()?.id === 'notice',
        'focus not on the notice after the payment',
      );
      await waitText(() => screenOf(el).shadowRoot, 'Paiement reçu');

      await act(el, 'Identité vérifiée');
      await done(el, '« Identité vérifiée » enregistré. Statut : En cours de vérification.');

      await act(el, 'Certificat émis', { serialNumber: 'ab:cd:ef:01:23' });
      await done(el, '« Certificat émis » enregistré. Statut : Certificat émis.');
      await waitText(() => screenOf(el).shadowRoot, 'ABCDEF0123');

      await act(el, 'Expédié', { trackingNumber: '6A 123 456 789' });
      await done(el, '« Expédié » enregistré. Statut : Expédié.');
      const badge = screenOf(el).shadowRoot.querySelector('.title-line .badge');
      expect(badge?.textContent).to.contain('Expédié');
      const history = textOf(screenOf(el).shadowRoot.querySelector('table.history')!);
      for (const part of [
        'Paiement reçu',
        'Identité vérifiée',
        'Certificat émis (n° ABCDEF0123)',
        'Certificat expédié (La Poste 6A123456789)',
        'Certificat émis → Expédié',
        'Opérateur',
      ]) {
        expect(history).to.contain(part);
      }
      expect(textOf(actionsOf(el).shadowRoot)).to.contain('Aucune action possible à ce stade.');
    });

    it('requires Chronopost for an Express dossier, and reloads a dossier changed meanwhile (409)', async function () {
      this.timeout(40_000);
      const id = express.dossiers[0]!.id;
      const el = await loggedIn();
      await openDossier(el, express.reference);
      // Another operator verifies the identity meanwhile: this view is now stale.
      expect(
        (await operate(operator.accessToken, id, { type: 'identity.verified' })).status,
      ).to.equal(200);
      await act(el, 'Refuser l’identité', { reason: 'Pièce illisible' });
      await waitUntil(
        () => screenOf(el).shadowRoot.querySelector('#notice')?.getAttribute('role') === 'alert',
        'no stale message',
      );
      expect(screenOf(el).shadowRoot.querySelector('#notice')?.textContent).to.contain(
        'Le dossier a été modifié entre-temps',
      );
      await waitUntil(() => deepActive()?.id === 'notice', 'focus not on the message');
      await waitText(() => screenOf(el).shadowRoot, 'Vérifiée');
      expect(textOf(actionsOf(el).shadowRoot)).not.to.contain('Refuser l’identité');

      // A reason is required to cancel: checked before sending.
      const panel = actionsOf(el);
      buttonIn(panel.shadowRoot, 'Annuler la commande').click();
      await panel.updateComplete;
      buttonIn(panel.shadowRoot.querySelector('#action-form')!, 'Enregistrer').click();
      await waitUntil(() => fieldIn(panel.shadowRoot, 'reason').error);
      expect(fieldIn(panel.shadowRoot, 'reason').error).to.equal('Ce champ est obligatoire.');
      await waitUntil(() => deepActive()?.tagName === 'INPUT', 'focus not on the reason');
      // Escape closes the form and gives the focus back to its button.
      deepActive()!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      await waitUntil(() => !panel.shadowRoot.querySelector('#action-form'), 'form not closed');
      await waitUntil(() => deepActive()?.textContent?.trim() === 'Annuler la commande');

      await act(el, 'Paiement reçu', { reference: express.reference });
      await done(el, 'Paiement enregistré');
      await act(el, 'Certificat émis', { serialNumber: '0A0B0C0D' });
      await done(el, 'Statut : Certificat émis.');

      buttonIn(actionsOf(el).shadowRoot, 'Expédié').click();
      await actionsOf(el).updateComplete;
      const form = actionsOf(el).shadowRoot.querySelector('#action-form')!;
      expect(fieldIn(form, 'carrier').value).to.equal('Chronopost');
      expect(fieldIn(form, 'carrier').help).to.equal(
        'Dossier Express : expédition par Chronopost.',
      );
      await typeIn(form, 'carrier', 'La Poste');
      await typeIn(form, 'trackingNumber', 'XY123456789FR');
      buttonIn(form, 'Enregistrer').click();
      await waitUntil(() => fieldIn(form, 'carrier').error);
      expect(fieldIn(form, 'carrier').error).to.equal(
        'Un dossier Express est expédié par Chronopost.',
      );
      await typeIn(form, 'carrier', 'Chronopost');
      buttonIn(form, 'Enregistrer').click();
      await done(el, 'Statut : Expédié.');
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
