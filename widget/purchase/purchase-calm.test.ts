import { expect, fixture, html } from '@open-wc/testing';
import '../certinomis-order.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import {
  clickButton,
  deepText,
  field,
  purchaseRoot,
  SIRET,
  screen,
  settle,
  type,
  waitState,
  waitUntil,
} from '../test-helpers.ts';
import { answer, start, toIdentification, toPayment } from './test-helpers.ts';

/**
 * The purchase form does not scold (issue 17): no field shows an error before the buyer has
 * touched it or tried to go on.
 */

describe('<certinomis-order> purchase, calm form', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows no error on arrival at Identification, the SIRET included', async () => {
    const el = await start();
    await toIdentification(el);
    await settle(el);
    for (const name of ['customer.siret', 'customer.email', 'customer.firstName']) {
      const target = field(el, name);
      await target.updateComplete;
      expect(target.error, name).to.equal(null);
      expect(target.hasAttribute('error'), name).to.equal(false);
    }
  });

  it('explains the SIRET once it is left incomplete or 14 wrong digits are typed', async () => {
    const el = await start();
    await toIdentification(el);
    await type(el, 'customer.siret', '8123');
    await settle(el);
    expect(field(el, 'customer.siret').error).to.be.a('string');
    await type(el, 'customer.siret', SIRET.badChecksum);
    await settle(el);
    expect(field(el, 'customer.siret').error).to.be.a('string');
  });

  it('marks the empty SIRET once the buyer tries to go on', async () => {
    const el = await start();
    await toIdentification(el);
    clickButton(el, 'Suivant →');
    await settle(el);
    expect(field(el, 'customer.siret').error).to.be.a('string');
  });
});

/** Each word of `node`'s text lies on one line (a break only between words). */
function brokenWords(node: Node): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.textContent ?? '';
    for (const match of value.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('<certinomis-order> purchase at 360 px', () => {
  beforeEach(() => sessionStorage.clear());

  async function narrow() {
    const el = await fixture<CertinomisOrder>(
      html`<div style="width: 360px"><certinomis-order api="/" partner-key="pk_test_omnikles" product="OPE-AES-CAP-1A"></certinomis-order></div>`,
    );
    const order = el.querySelector('certinomis-order')!;
    await waitState(order, 'quantity');
    return order;
  }

  it('shows the RIB without a hidden column and explains the transfer reference', async () => {
    const el = await narrow();
    await toPayment(el, SIRET.privateExisting);
    screen(el).shadowRoot.querySelector<HTMLInputElement>('input[value="transfer"]')!.click();
    await settle(el);
    const scroll = screen(el).shadowRoot.querySelector<HTMLElement>('.payee .scroll')!;
    expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    expect(deepText(screen(el))).to.contain('suivie de la référence de la commande');
  });

  it('lays out the review so that no name, e-mail address or SIRET breaks mid-word', async () => {
    const el = await narrow();
    await toPayment(el, SIRET.privateExisting);
    el.fill({
      customer: {
        email: 'jean-baptiste.poquelin@moliere.fr',
        emailConfirmation: 'jean-baptiste.poquelin@moliere.fr',
      },
      payment: { method: 'transfer', transferReference: 'BC-2024-0042' },
    });
    clickButton(el, 'Suivant →');
    await waitState(el, 'review');
    await settle(el);
    const facts = screen(el).shadowRoot.querySelector('dl.facts')!;
    expect(deepText(facts)).to.contain('jean-baptiste.poquelin@moliere.fr');
    expect(deepText(facts)).to.contain(`SIRET ${SIRET.privateExisting}`);
    expect(deepText(facts)).to.contain('Référence du virement : BC-2024-0042');
    expect(brokenWords(facts)).to.deep.equal([]);
  });

  it('explains code service and numéro d’engagement, and the review echoes them', async () => {
    const el = await narrow();
    await toPayment(el, SIRET.publicFirst);
    screen(el).shadowRoot.querySelector<HTMLInputElement>('input[value="mandate"]')!.click();
    await settle(el);
    expect(field(el, 'payment.serviceCode').help).to.contain('Chorus Pro');
    expect(field(el, 'payment.chorusOrderNumber').help).to.contain('numéro d’engagement');
    el.fill({
      payment: {
        siret: SIRET.publicFirst,
        serviceCode: 'SERV-FIN-01',
        chorusOrderNumber: 'EJ-778',
      },
    });
    clickButton(el, 'Suivant →');
    await waitState(el, 'review');
    await settle(el);
    const facts = deepText(screen(el).shadowRoot.querySelector('dl.facts')!);
    expect(facts).to.contain('code service SERV-FIN-01');
    expect(facts).to.contain('numéro d’engagement EJ-778');
  });
});

describe('<certinomis-order> purchase, nothing lost by a slip', () => {
  beforeEach(() => sessionStorage.clear());

  function bar(el: CertinomisOrder) {
    return purchaseRoot(el).querySelector('certinomis-button-bar')!;
  }

  it('Réinitialiser asks first; "Non, continuer" keeps the entries and gives focus back', async () => {
    const el = await start();
    await toIdentification(el);
    el.fill({ customer: { firstName: 'Armande' } });
    await settle(el);
    clickButton(el, 'Réinitialiser');
    await bar(el).updateComplete;
    expect(deepText(bar(el))).to.contain('Effacer tout ce que vous avez saisi ?');
    expect(field(el, 'customer.firstName').value).to.equal('Armande');
    await waitUntil(
      () => bar(el).shadowRoot!.activeElement?.textContent?.trim() === 'Non, continuer',
    );
    await answer(el, 'Non, continuer');
    await settle(el);
    expect(field(el, 'customer.firstName').value).to.equal('Armande');
    await waitUntil(
      () => bar(el).shadowRoot!.activeElement?.textContent?.trim() === 'Réinitialiser',
      'focus not back on Réinitialiser',
    );
  });

  it('after Oui, tout effacer, focus is on the screen heading, not on <body>', async () => {
    const el = await start();
    await toIdentification(el);
    el.fill({ customer: { firstName: 'Armande' } });
    await settle(el);
    clickButton(el, 'Réinitialiser');
    await answer(el, 'Oui, tout effacer');
    await settle(el);
    expect(field(el, 'customer.firstName').value).to.equal('');
    const heading = screen(el).shadowRoot.querySelector('h2')!;
    await waitUntil(() => screen(el).shadowRoot.activeElement === heading, 'heading not focused');
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('at 360 px, Annuler and Réinitialiser are set well apart from Suivant', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><certinomis-order api="/" partner-key="pk_test_omnikles" product="OPE-AES-CAP-1A"></certinomis-order></div>`,
    );
    const el = wrapper.querySelector('certinomis-order')!;
    await waitState(el, 'quantity');
    await toIdentification(el);
    await bar(el).updateComplete;
    const button = (label: string) =>
      [...bar(el).shadowRoot!.querySelectorAll('button')]
        .find((candidate) => candidate.textContent?.trim() === label)!
        .getBoundingClientRect();
    const next = button('Suivant →');
    const reset = button('Réinitialiser');
    const gap = Math.max(reset.top - next.bottom, next.top - reset.bottom);
    expect(gap).to.be.at.least(24);
  });
});
