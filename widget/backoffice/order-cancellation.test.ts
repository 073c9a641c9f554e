import { expect } from '@open-wc/testing';
import { waitUntil } from '../test-helpers.ts';
import './certinomis-backoffice.ts';
import { cancellationTestOperator } from '../../demo/demo-operator.ts';
import { formatMoney } from '../format.ts';
import type { CertinomisBackoffice } from './certinomis-backoffice.ts';
import {
  buttonIn,
  deepActive,
  dossierText,
  loggedIn,
  loginAs,
  openDossier,
  operatorSession,
  placeOrder,
  screenOf,
  textOf,
  typeIn,
  uniqueEmail,
} from './test-helpers.ts';

loginAs(cancellationTestOperator);

/**
 * The order section of a dossier in `<certinomis-backoffice>`: "Annuler la commande" (whole or
 * chosen certificates, with a reason), confirmed in a dialog naming them; the credit note
 * issued, and the refund of a received payment recorded with "Marquer remboursé".
 */
const orderPanel = (el: CertinomisBackoffice) => {
  const panel = screenOf(el).shadowRoot.querySelector('certinomis-backoffice-order');
  if (!panel?.shadowRoot) throw new Error('no order section');
  return panel.shadowRoot;
};
const notesPanel = (el: CertinomisBackoffice) => {
  const panel = orderPanel(el).querySelector('certinomis-backoffice-credit-notes');
  if (!panel?.shadowRoot) throw new Error('no credit notes');
  return panel.shadowRoot;
};
const waitIn = async (el: CertinomisBackoffice, text: string) => {
  try {
    await waitUntil(() => textOf(orderPanel(el)).includes(text), text, { timeout: 8000 });
  } catch {
    throw new Error(`"${text}" not in: ${textOf(orderPanel(el))}`);
  }
};

async function paidOrder(quantity: number) {
  const order = await placeOrder(uniqueEmail('bo-cancel'), { quantity });
  const { accessToken } = await operatorSession();
  const res = await fetch(`/v1/admin/orders/${order.reference}/payment`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: order.totals.ttc, reference: order.reference }),
  });
  expect(res.status).to.equal(200);
  return order;
}

describe('<certinomis-backoffice> order cancellation', () => {
  it('cancels the whole order after a confirmation, then records the refund', async () => {
    const order = await paidOrder(2);
    const el = await loggedIn();
    await openDossier(el, order.reference);
    await waitIn(el, 'Aucun avoir pour cette commande.');
    buttonIn(orderPanel(el), 'Annuler la commande').click();
    await waitUntil(() => orderPanel(el).querySelector('#cancel-form'), 'no form');
    const form = orderPanel(el).querySelector('#cancel-form')!;

    // No reason: said at the field, nothing sent.
    buttonIn(form, 'Continuer').click();
    await waitUntil(() => textOf(form).includes('Ce champ est obligatoire.'), 'no error');
    await typeIn(form, 'reason', 'Commande en double');
    buttonIn(form, 'Continuer').click();
    const dialog = orderPanel(el).querySelector<HTMLDialogElement>('#cancel-confirm')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    const said = textOf(dialog);
    expect(said).to.include(`Toute la commande ${order.reference} sera annulée`);
    expect(said).to.include('Certificat 1 sur 2');
    expect(said).to.include('Certificat 2 sur 2');
    expect(said).to.include('un avoir sera émis');
    expect(said).to.include('Le paiement reçu sera à rembourser.');
    expect(dialog.contains(deepActive())).to.equal(true);

    buttonIn(dialog, 'Confirmer l’annulation').click();
    await waitUntil(
      () =>
        screenOf(el)
          .shadowRoot.querySelector('#notice')
          ?.textContent?.includes('2 certificats annulés'),
      'no notice',
      { timeout: 8000 },
    );
    expect(dossierText(el)).to.match(/Avoir (TEST-)?AV\d{4}-\d{6} émis/);
    const amount = formatMoney(order.totals.ttc, 'fr').replace(/\s/g, ' ');
    await waitIn(el, `Remboursement à effectuer : ${amount}`);
    expect(textOf(orderPanel(el))).to.include('par virement');
    await waitIn(el, 'Plus rien à annuler');

    buttonIn(notesPanel(el), 'Marquer remboursé').click();
    await waitUntil(() => notesPanel(el).querySelector('certinomis-field[name="refundReference"]'));
    await typeIn(notesPanel(el), 'refundReference', 'VIR REMB 42');
    buttonIn(notesPanel(el), 'Enregistrer le remboursement').click();
    await waitIn(el, 'réf. VIR REMB 42');
    expect(textOf(orderPanel(el))).not.to.include('Remboursement à effectuer');
  });

  it('cancels only the chosen certificates, and offers the others still', async () => {
    const order = await placeOrder(uniqueEmail('bo-cancel-some'), { quantity: 2 });
    const el = await loggedIn();
    await openDossier(el, order.reference);
    await waitIn(el, 'Aucun avoir pour cette commande.');
    buttonIn(orderPanel(el), 'Annuler la commande').click();
    await waitUntil(() => orderPanel(el).querySelector('#cancel-form'), 'no form');
    const form = orderPanel(el).querySelector('#cancel-form')!;
    const [, some] = form.querySelectorAll<HTMLInputElement>('input[name="scope"]');
    some!.click();
    await waitUntil(() => form.querySelector('input[name="dossier"]'), 'no choices');
    await typeIn(form, 'reason', 'Agent parti');
    buttonIn(form, 'Continuer').click();
    await waitUntil(() => textOf(form).includes('Choisissez au moins un certificat.'), 'no error');
    form.querySelectorAll<HTMLInputElement>('input[name="dossier"]')[1]!.click();
    buttonIn(form, 'Continuer').click();
    const dialog = orderPanel(el).querySelector<HTMLDialogElement>('#cancel-confirm')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(textOf(dialog)).to.include('Certificat 2 sur 2');
    expect(textOf(dialog)).not.to.include('Certificat 1 sur 2');
    expect(textOf(dialog)).not.to.include('rembourser');
    buttonIn(dialog, 'Confirmer l’annulation').click();
    await waitUntil(
      () =>
        screenOf(el)
          .shadowRoot.querySelector('#notice')
          ?.textContent?.includes('1 certificat annulé'),
      'no notice',
      { timeout: 8000 },
    );
    // The first certificate is still offered; the cancelled one no more.
    await waitIn(el, 'Avoirs');
    buttonIn(orderPanel(el), 'Annuler la commande').click();
    await waitUntil(() => orderPanel(el).querySelector('#cancel-form'), 'no form');
    const again = () => orderPanel(el).querySelector('#cancel-form')!;
    again().querySelectorAll<HTMLInputElement>('input[name="scope"]')[1]!.click();
    // The order's certificates are read again after the cancellation: on a busy machine the
    // form can open before that answer, so wait for the choices it brings.
    await waitUntil(
      () => again().querySelectorAll('input[name="dossier"]').length === 1,
      'the cancelled certificate is still offered',
      { timeout: 8000 },
    );
    expect(textOf(again())).to.include('Certificat 1 sur 2');
  });
});
