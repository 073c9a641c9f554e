import { expect } from '@open-wc/testing';
import { waitUntil } from '../test-helpers.ts';
import './certinomis-backoffice.ts';
import { revocationTestOperators } from '../../demo/demo-operator.ts';
import { issuedCertificate, mailedRevocationCode } from '../space/revocation-test-helpers.ts';
import {
  act,
  actionsOf,
  buttonIn,
  done,
  dossierText,
  fieldIn,
  loggedIn,
  loginAs,
  openDossier,
  operatorSession,
  placeOrder,
  rows,
  settled,
  textOf,
  typeIn,
  uniqueEmail,
} from './test-helpers.ts';

loginAs(revocationTestOperators.backoffice);

/**
 * A revocation in `<certinomis-backoffice>`: the request confirmed by its code (through the
 * API, as the client space sends it) is flagged at the top of the queue with the hours since,
 * and the dossier offers "Révoquer le certificat" / "Refuser la révocation" (with a reason)
 * only while the request awaits the operator.
 */

/** An issued certificate whose revocation the holder requested and confirmed with the code. */
async function requestedRevocation(comment: string) {
  const { order, id, buyer } = await issuedCertificate(uniqueEmail('bo-revoke'));
  const headers = {
    Authorization: `Bearer ${buyer.accessToken}`,
    'Content-Type': 'application/json',
  };
  const asked = await fetch(`/v1/certificates/${id}/revocation`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ reason: 'affiliationChanged', comment }),
  });
  expect(asked.status).to.equal(202);
  const confirmed = await fetch(`/v1/certificates/${id}/revocation/confirm`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code: await mailedRevocationCode(order.reference) }),
  });
  expect(confirmed.status).to.equal(200);
  return order;
}

const actionLabels = (el: Parameters<typeof actionsOf>[0]) =>
  [...actionsOf(el).shadowRoot.querySelectorAll('button[data-action]')].map((b) =>
    b.textContent?.trim(),
  );

describe('<certinomis-backoffice> revocation', () => {
  let refused: { reference: string };
  let revoked: { reference: string };

  before(async function () {
    this.timeout(90_000);
    await operatorSession();
    refused = await requestedRevocation('Départ de la société');
    revoked = await requestedRevocation('Clé USB perdue');
    // A newer dossier without a request: after them in the queue.
    await placeOrder(uniqueEmail('bo-plain'));
  });

  beforeEach(() => {
    sessionStorage.clear();
  });

  it('puts confirmed requests first in the queue, flagged with the hours since', async function () {
    this.timeout(30_000);
    const el = await loggedIn();
    await settled(el);
    const flagged = rows(el).map((row) => row.querySelector('[data-revocation]') !== null);
    expect(flagged.indexOf(false)).to.be.greaterThan(0);
    // Every flagged row before every other one.
    expect(flagged.slice(flagged.indexOf(false)).includes(true)).to.equal(false);
    const row = rows(el).find((tr) => tr.textContent?.includes(refused.reference));
    expect(row, 'the request is not in the first page').to.not.equal(undefined);
    expect(textOf(row!)).to.contain('Révocation demandée');
    expect(textOf(row!)).to.contain('il y a moins d’1 h');
  });

  it('refuses a revocation with a reason: the certificate stays valid, the decision is shown', async function () {
    this.timeout(30_000);
    const el = await loggedIn();
    await openDossier(el, refused.reference);
    const text = dossierText(el);
    expect(text).to.contain('Demande de révocation');
    expect(text).to.contain('Le titulaire a quitté l’organisation');
    expect(text).to.contain('Départ de la société');
    expect(text).to.contain('À traiter en priorité');
    expect(actionLabels(el)).to.include.members([
      'Révoquer le certificat',
      'Refuser la révocation',
    ]);

    // No reason: said on the field, nothing sent.
    await act(el, 'Refuser la révocation');
    const form = () => actionsOf(el).shadowRoot.querySelector('#action-form')!;
    await waitUntil(() => fieldIn(form(), 'reason').error, 'reason not required');
    await typeIn(form(), 'reason', 'Le nouveau certificat n’est pas encore émis');
    buttonIn(form(), 'Enregistrer').click();
    await done(el, '« Refuser la révocation » enregistré');
    await waitUntil(() => dossierText(el).includes('Refusée le'), 'refusal not shown');
    expect(dossierText(el)).to.contain('Le nouveau certificat n’est pas encore émis');
    expect(actionLabels(el)).to.not.include('Révoquer le certificat');
    expect(actionLabels(el)).to.not.include('Refuser la révocation');
  });

  it('revokes a certificate: "Révoqué" with its date, no action left', async function () {
    this.timeout(30_000);
    const el = await loggedIn();
    await openDossier(el, revoked.reference);
    const panel = actionsOf(el);
    buttonIn(panel.shadowRoot, 'Révoquer le certificat').click();
    await panel.updateComplete;
    const form = panel.shadowRoot.querySelector('#action-form')!;
    expect(textOf(form)).to.contain('c’est définitif');
    buttonIn(form, 'Enregistrer').click();
    await done(el, 'Statut : Révoqué');
    await waitUntil(() => dossierText(el).includes('Révoqué le'), 'revocation date not shown');
    expect(textOf(actionsOf(el).shadowRoot)).to.contain('Aucune action possible');
  });
});
