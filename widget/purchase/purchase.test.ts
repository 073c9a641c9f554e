import { expect, fixture, html } from '@open-wc/testing';
import '../certinomis-order.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import {
  clickButton,
  control,
  deepText,
  field,
  purchaseRoot,
  SIRET,
  screen,
  settle,
  type,
  waitState,
  waitText,
  waitUntil,
} from '../test-helpers.ts';
import { radios, start, toIdentification, toOptions, toPayment } from './test-helpers.ts';

/**
 * The purchase in `<certinomis-order>`, in Chromium, against the real API (in-process, PGlite)
 * with the dev company registry: every request below is a real HTTP request. Here: the list,
 * the order form's steps and their rules; purchase-order.test.ts: the CGV, placing the order.
 */

describe('<certinomis-order> purchase', () => {
  beforeEach(() => sessionStorage.clear());
  it('goes from the list to Commande du certificat and prices the quantity on the server', async () => {
    const steps: string[] = [];
    const onStep = (event: Event) =>
      steps.push((event as CustomEvent<{ step: string }>).detail.step);
    document.addEventListener('certinomis:step', onStep);
    try {
      const el = await fixture<CertinomisOrder>(
        html`<certinomis-order api="/" partner-key="pk_test_omnikles"></certinomis-order>`,
      );
      await waitState(el, 'products');
      const list = screen(el);
      list.shadowRoot.querySelector<HTMLButtonElement>('li.card button.primary')!.click();
      await waitState(el, 'quantity');
      const heading = screen(el).shadowRoot.querySelector('h2')!;
      expect(heading.textContent).to.contain('Commande du certificat');
      await waitUntil(() => screen(el).shadowRoot.activeElement === heading, 'heading not focused');
      await waitText(el, '132 €');
      const summary = deepText(screen(el).shadowRoot.querySelector('.summary')!);
      expect(summary).to.contain('Certificat Décideur - 1 an');
      expect(summary).to.contain('OPE-AES-CAP-1A');
      expect(summary).to.match(/Montant HT.*110 €/);
      expect(summary).to.match(/Montant TTC 132 €/);

      await type(el, 'quantity', '3');
      await waitText(el, '396 €');
      await type(el, 'quantity', '60');
      expect(field(el, 'quantity').error).to.contain('de 1 à 50');
      expect(control(field(el, 'quantity')).getAttribute('aria-invalid')).to.equal('true');
      expect(steps).to.deep.equal(['products', 'quantity']);
    } finally {
      document.removeEventListener('certinomis:step', onStep);
    }
  });

  it('refuses Suivant with every required field empty, marks them, announces and focuses', async () => {
    const el = await start();
    await toIdentification(el);
    const stepper = purchaseRoot(el).querySelector('certinomis-stepper')!;
    const current = stepper.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect(current.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 Identification client');
    expect(deepText(stepper)).to.contain('2 Options');
    expect(deepText(stepper)).to.contain('3 Paiement');

    clickButton(el, 'Suivant →');
    await el.updateComplete;
    expect(el.state).to.equal('identification');
    for (const name of [
      'customer.civility',
      'customer.firstName',
      'customer.email',
      'customer.siret',
    ]) {
      const target = field(el, name);
      await target.updateComplete;
      expect(target.error, name).to.equal('Ce champ est obligatoire.');
      const input = control(target);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const errorId = input.getAttribute('aria-describedby')!.split(' ').at(-1)!;
      expect(target.shadowRoot!.getElementById(errorId)!.textContent).to.contain('obligatoire');
    }
    const label = field(el, 'customer.email').shadowRoot!.querySelector('label')!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('E-mail *');
    expect(deepText(field(el, 'customer.email'))).to.contain(
      'L’adresse mail indiquée est importante',
    );
    const live = purchaseRoot(el).querySelector('[aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes('champs à corriger'));
    await waitUntil(() => screen(el).shadowRoot.activeElement === field(el, 'customer.civility'));
  });

  it('tells when the two e-mail addresses differ', async () => {
    const el = await start();
    await toIdentification(el);
    await type(el, 'customer.email', 'jb.poquelin@moliere.fr');
    await type(el, 'customer.emailConfirmation', 'jb.poquelin@moliere.com');
    await screen(el).updateComplete;
    expect(field(el, 'customer.emailConfirmation').error).to.equal(
      'Les deux adresses e-mail ne correspondent pas.',
    );
    await type(el, 'customer.emailConfirmation', 'jb.poquelin@moliere.fr');
    await screen(el).updateComplete;
    expect(field(el, 'customer.emailConfirmation').error).to.equal(null);
  });

  it('explains a bad checksum, a closed and an unknown SIRET next to the field', async () => {
    const el = await start();
    await toIdentification(el);
    const siretError = async (siret: string, text: string) => {
      await type(el, 'customer.siret', siret);
      await waitUntil(
        () => field(el, 'customer.siret').error?.includes(text),
        `${siret}: "${text}" not shown (got ${field(el, 'customer.siret').error})`,
        { timeout: 5000 },
      );
    };
    await siretError(SIRET.badChecksum, 'n’est pas valide');
    await siretError(SIRET.closed, 'Cet établissement est fermé');
    await siretError(SIRET.unknown, 'Aucun établissement ne correspond');
    clickButton(el, 'Suivant →');
    await el.updateComplete;
    expect(el.state).to.equal('identification');
  });

  it('fills the organisation from the SIRET lookup, keeping what the buyer typed', async () => {
    const el = await start();
    await toIdentification(el);
    await type(el, 'customer.city', 'Paris 1er');
    await type(el, 'customer.siret', SIRET.privateExisting);
    await waitUntil(
      () => field(el, 'customer.companyName').value === 'THEATRE DU PALAIS ROYAL',
      'not filled',
      {
        timeout: 5000,
      },
    );
    expect(field(el, 'customer.address').value).to.equal('38 rue de Montpensier');
    expect(field(el, 'customer.postalCode').value).to.equal('75001');
    expect(field(el, 'customer.city').value).to.equal('Paris 1er');
    // Another SIRET replaces what the previous lookup filled in.
    await type(el, 'customer.siret', SIRET.publicExisting);
    await waitUntil(
      () => field(el, 'customer.companyName').value === 'COMMUNE DE SCAPIN',
      'not refilled',
      {
        timeout: 5000,
      },
    );
    expect(field(el, 'customer.postalCode').value).to.equal('13001');
  });

  it('locks the USB reader for a first certificate and explains why', async () => {
    const el = await start();
    await toOptions(el, SIRET.privateFirst);
    const usb = screen(el).shadowRoot.querySelector<HTMLInputElement>(
      'input[name="options.usbReader"]',
    )!;
    expect(usb.checked).to.equal(true);
    expect(usb.disabled).to.equal(true);
    expect(deepText(screen(el))).to.contain('le lecteur format clé USB est obligatoire');
    expect(deepText(screen(el))).to.contain('20 € HT/certif');
    expect(deepText(screen(el))).to.contain('50 € HT/certif');
    expect(usb.getAttribute('aria-describedby')).to.contain('l-usbReader');
  });

  it('leaves the USB reader free for an existing customer', async () => {
    const el = await start();
    await toOptions(el, SIRET.privateExisting);
    const usb = screen(el).shadowRoot.querySelector<HTMLInputElement>(
      'input[name="options.usbReader"]',
    )!;
    expect(usb.checked).to.equal(false);
    expect(usb.disabled).to.equal(false);
  });

  it('offers the administrative mandate only to a public administration', async () => {
    const publicBody = await start();
    await toPayment(publicBody, SIRET.publicExisting);
    expect(radios(publicBody)).to.deep.equal(['mandate', 'transfer', 'cheque']);
    screen(publicBody)
      .shadowRoot.querySelector<HTMLInputElement>('input[value="mandate"]')!
      .click();
    await publicBody.updateComplete;
    await screen(publicBody).updateComplete;
    expect(field(publicBody, 'payment.siret').value).to.equal(SIRET.publicExisting);
    expect(deepText(screen(publicBody))).to.contain('Numéro commande Chorus');

    sessionStorage.clear();
    const privateBody = await start();
    await toPayment(privateBody, SIRET.privateExisting);
    expect(radios(privateBody)).to.deep.equal(['transfer', 'cheque']);
    const info = screen(privateBody).shadowRoot.querySelector<HTMLButtonElement>('button.info')!;
    const tip = screen(privateBody).shadowRoot.getElementById(
      info.getAttribute('aria-describedby')!,
    )!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent).to.contain('administration publique');
    info.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
  });

  it('shows the payee for a transfer and the cheque fields', async () => {
    const el = await start();
    await toPayment(el, SIRET.privateExisting);
    screen(el).shadowRoot.querySelector<HTMLInputElement>('input[value="transfer"]')!.click();
    await settle(el);
    const text = deepText(screen(el));
    expect(text).to.contain('Titulaire du compte');
    expect(text).to.match(/FR76( \w{4})+/);
    expect(text).to.contain('Code guichet');
    expect(text).to.contain('Cette référence devra se retrouver dans le libellé du virement');
    screen(el).shadowRoot.querySelector<HTMLInputElement>('input[value="cheque"]')!.click();
    await settle(el);
    await type(el, 'payment.chequeNumber', '12');
    expect(field(el, 'payment.chequeNumber').error).to.contain('7 chiffres');
  });

  it('speaks English with locale="en"', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles" locale="en" product="OPE-AES-CAP-1A"></certinomis-order>`,
    );
    await waitState(el, 'quantity');
    await waitText(el, '€132');
    clickButton(el, 'Next →');
    await waitState(el, 'identification');
    expect(deepText(el.shadowRoot!)).to.contain('Customer details');
    clickButton(el, 'Next →');
    await el.updateComplete;
    await screen(el).updateComplete;
    expect(field(el, 'customer.email').error).to.equal('This field is required.');
  });

  it('lays the form out in one column at 360 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="narrow"><certinomis-order api="/" partner-key="pk_test_omnikles" product="OPE-AES-CAP-1A"></certinomis-order></div>`,
    );
    wrapper.style.width = '360px';
    const el = wrapper.querySelector('certinomis-order')!;
    await waitState(el, 'quantity');
    await toIdentification(el);
    const grid = screen(el).shadowRoot.querySelector('.grid')!;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(el.scrollWidth).to.be.at.most(360);
  });
});
