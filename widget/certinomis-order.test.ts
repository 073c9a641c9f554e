import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './test-helpers.ts';
import './certinomis-order.ts';
import type { CertinomisOrder } from './certinomis-order.ts';

/** The element, rendered in Chromium, against the real API served by the test runner. */
function cards(el: CertinomisOrder) {
  const list = el.shadowRoot!.querySelector('certinomis-product-list');
  return [...(list?.shadowRoot?.querySelectorAll('li.card') ?? [])] as HTMLElement[];
}

describe('<certinomis-order>', () => {
  // A purchase in progress is restored from sessionStorage: start each test afresh.
  beforeEach(() => sessionStorage.clear());

  it('shows a loading state, then the three products with their prices before tax', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain(
      'Chargement du catalogue',
    );
    await waitUntil(() => cards(el).length === 3, 'products did not render', { timeout: 5000 });
    const text = cards(el).map((card) => card.textContent!.replace(/\s+/g, ' ').trim());
    expect(text[0]).to.contain('Certificat Décideur - 1 an');
    expect(text[0]).to.contain('Signature eIDAS et authentification');
    expect(text[0]).to.match(/110\s€\sHT/);
    expect(text[1]).to.match(/180\s€\sHT/);
    expect(text[2]).to.match(/255\s€\sHT/);
    expect(text[2]).to.contain('3 ans');
    for (const card of cards(el)) {
      expect(card.querySelector('button.primary')!.textContent!.trim()).to.equal('Commander');
      expect(card.querySelector('button.link')!.textContent!.trim()).to.equal('En savoir plus →');
    }
  });

  it('speaks English with locale="en"', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles" locale="en"></certinomis-order>`,
    );
    await waitUntil(() => cards(el).length === 3, 'products did not render', { timeout: 5000 });
    expect(cards(el)[1]!.textContent).to.contain('Decision-maker certificate - 2 years');
    expect(cards(el)[0]!.querySelector('button.primary')!.textContent!.trim()).to.equal('Order');
  });

  it('reveals the product details with En savoir plus', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    await waitUntil(() => cards(el).length === 3, 'products did not render', { timeout: 5000 });
    const card = cards(el)[0]!;
    const more = card.querySelector<HTMLButtonElement>('button.link')!;
    const features = card.querySelector<HTMLElement>('ul.features')!;
    expect(features.hidden).to.equal(true);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    await waitUntil(() => !features.hidden);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(features.textContent).to.contain('ETSI EN 319 411');
  });

  it('announces Commander as a step event that bubbles out of the shadow DOM', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    await waitUntil(() => cards(el).length === 3, 'products did not render', { timeout: 5000 });
    const event = oneEvent(document.body, 'certinomis:step');
    cards(el)[1]!.querySelector<HTMLButtonElement>('button.primary')!.click();
    const { detail } = (await event) as CustomEvent<{ step: string; product: string }>;
    expect(detail).to.deep.equal({ step: 'quantity', product: 'OPE-AES-CAP-2A' });
  });

  it('explains an unreachable API in words, emits certinomis:error, and retries', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('certinomis:error', (e) => errors.push(e as CustomEvent));
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="http://127.0.0.1:9/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', {
      timeout: 8000,
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('momentanément injoignable');
    expect(errors.at(-1)?.detail.status).to.equal(0);

    el.api = '/';
    await waitUntil(() => cards(el).length === 3, 'retry with a reachable API did not render', {
      timeout: 5000,
    });
  });

  it('shows the API problem detail when the server refuses', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/v1/does-not-exist/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', {
      timeout: 5000,
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Le catalogue n’a pas pu être chargé');
    expect(alert.textContent).to.contain('Aucune ressource ne correspond');
  });
});
