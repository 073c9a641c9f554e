import { expect } from '@open-wc/testing';
import type { AdminDossier, OrderResponse } from '../../machines/contract.ts';
import { waitUntil } from '../test-helpers.ts';
import './certinomis-backoffice.ts';
import { secondTestOperator } from '../../demo/demo-operator.ts';
import { type ActionKind, EVENTS } from './action-kinds.ts';
import { eurosInput } from './deadline.ts';
import {
  act,
  actionsOf,
  buttonIn,
  buyerSession,
  deepActive,
  done,
  dossierText,
  fieldIn,
  loggedIn,
  loginAs,
  openDossier,
  operate,
  operatorSession,
  placeOrder,
  screenOf,
  signDossier,
  textOf,
  typeIn,
  uniqueEmail,
  waitText,
} from './test-helpers.ts';

loginAs(secondTestOperator);

/**
 * One dossier in `<certinomis-backoffice>` (its facts, every action, Express, a 409), in Chromium
 * against the real API served in-process by the test runner (see backoffice.test.ts): its own
 * orders and signed dossiers, made through the API.
 */

describe('<certinomis-backoffice> dossier', () => {
  let express: OrderResponse;
  let transfer: OrderResponse;

  before(async function () {
    this.timeout(60_000);
    await operatorSession();
    const email = uniqueEmail('dossier');
    transfer = await placeOrder(email);
    express = await placeOrder(email, { express: true });
    const buyer = await buyerSession(email);
    await signDossier(transfer.dossiers[0]!.id, buyer.accessToken);
    await signDossier(express.dossiers[0]!.id, buyer.accessToken);
  });

  beforeEach(() => {
    sessionStorage.clear();
    const url = new URL(location.href);
    url.searchParams.delete('login');
    history.replaceState(history.state, '', url);
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
      'Signé en ligne par le mandataire',
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

    // Issuing is not offered while the machine would refuse it: the missing conditions instead.
    const panel = actionsOf(el);
    const labels = [...panel.shadowRoot.querySelectorAll('.action-buttons button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(labels).to.deep.equal([
      'Identité vérifiée',
      'Refuser l’identité',
      'Paiement reçu',
      'Annuler ce certificat',
      'Refuser le dossier',
    ]);
    // What the screen offers is what the machine accepts (the API's `accepts`).
    const offered = [...panel.shadowRoot.querySelectorAll<HTMLElement>('.action-buttons button')]
      .map((b) => EVENTS[b.dataset.action as ActionKind])
      .sort();
    const { accepts } = (panel as unknown as { detail: AdminDossier }).detail.dossier;
    expect(offered).to.deep.equal([...accepts].sort());
    const refused = panel.shadowRoot.querySelector('#issue-blocked')!;
    expect(textOf(refused)).to.contain('Conditions manquantes pour émettre le certificat :');
    const missing = [...refused.querySelectorAll('li')].map((li) => li.textContent);
    expect(missing).to.deep.equal([
      'L’identité du bénéficiaire n’est pas vérifiée.',
      'Le paiement n’a pas été reçu.',
    ]);

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
    await done(el, `Paiement enregistré pour 1 dossier de la commande ${transfer.reference}.`);
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
      (await operate((await operatorSession()).accessToken, id, { type: 'identity.verified' }))
        .status,
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
    buttonIn(panel.shadowRoot, 'Annuler ce certificat').click();
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
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Annuler ce certificat');

    await act(el, 'Paiement reçu', { reference: express.reference });
    await done(el, 'Paiement enregistré');
    await act(el, 'Certificat émis', { serialNumber: '0A0B0C0D' });
    await done(el, 'Statut : Certificat émis.');

    buttonIn(actionsOf(el).shadowRoot, 'Expédié').click();
    await actionsOf(el).updateComplete;
    const form = actionsOf(el).shadowRoot.querySelector('#action-form')!;
    expect(fieldIn(form, 'carrier').value).to.equal('Chronopost');
    expect(fieldIn(form, 'carrier').help).to.equal('Dossier Express : expédition par Chronopost.');
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
});
