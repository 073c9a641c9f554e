import { expect, fixture, html } from '@open-wc/testing';
import './certinomis-order.ts';
import type { CertinomisOrder } from './certinomis-order.ts';
import { deepText, waitUntil } from './test-helpers.ts';

/**
 * Partner branding (`GET /v1/catalog`'s `partner.branding`) in Chromium, against the real API of
 * the test runner, which holds the demo's partners (demo/demo-partners.ts): `pk_test_omnikles`
 * keeps CERTINOMIS's look in French, `pk_test_reseller` is the white label "Attestia" (teal,
 * Georgia, English by default, 129 € for the 1-year certificate).
 */

const RESELLER = { primary: 'rgb(15, 118, 110)', accent: 'rgb(190, 18, 60)' };
const CERTINOMIS = { primary: 'rgb(29, 79, 145)', accent: 'rgb(245, 158, 11)' };

function list(el: CertinomisOrder): ShadowRoot | null {
  return el.shadowRoot!.querySelector('certinomis-product-list')?.shadowRoot ?? null;
}

function orderButtons(el: CertinomisOrder): HTMLButtonElement[] {
  return [...(list(el)?.querySelectorAll<HTMLButtonElement>('button[part="order-button"]') ?? [])];
}

async function products(el: CertinomisOrder): Promise<HTMLButtonElement> {
  await waitUntil(() => orderButtons(el).length === 3, 'products did not render', {
    timeout: 5000,
  });
  return orderButtons(el)[0]!;
}

const brandBar = (el: CertinomisOrder) => el.shadowRoot!.querySelector<HTMLElement>('.brand');

describe('<certinomis-order> partner branding', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    for (const style of document.querySelectorAll('style[data-test-theme]')) style.remove();
  });

  it('white-labels the reseller: its colours, font, name, logo, test badge, English, price', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_reseller"></certinomis-order>`,
    );
    const button = await products(el);
    expect(getComputedStyle(button).backgroundColor).to.equal(RESELLER.primary);
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(brandBar(el)!).borderBottomColor).to.equal(RESELLER.accent);
    expect(getComputedStyle(button).fontFamily).to.contain('Georgia');
    // English by default (no locale attribute), from the partner's branding.
    expect(button.textContent!.trim()).to.equal('Order');
    expect(deepText(list(el)!)).to.contain('Decision-maker certificate - 1 year');
    expect(deepText(list(el)!)).to.contain('€129 excl. VAT');

    const bar = brandBar(el)!;
    expect(bar.querySelector('.brand-name')!.textContent).to.equal('Attestia');
    const logo = bar.querySelector<HTMLImageElement>('img[part="logo"]')!;
    expect(new URL(logo.src).pathname).to.equal('/demo-assets/attestia-logo.svg');
    expect(logo.alt).to.equal('Attestia logo');
    expect(bar.querySelector('[part="test-badge"]')!.textContent).to.contain('Test mode');
  });

  it('keeps what the page’s stylesheet sets over the partner’s branding', async () => {
    const style = document.createElement('style');
    style.dataset.testTheme = '';
    style.textContent = `certinomis-order.themed {
      --certinomis-color-primary: #7c3aed;
      --certinomis-font-family: 'Courier New', monospace;
    }`;
    document.head.append(style);
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order class="themed" api="/" partner-key="pk_test_reseller"></certinomis-order>`,
    );
    const button = await products(el);
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(124, 58, 237)');
    expect(getComputedStyle(button).fontFamily).to.contain('Courier New');
    // What the page did not set still comes from the branding.
    expect(getComputedStyle(brandBar(el)!).borderBottomColor).to.equal(RESELLER.accent);
  });

  it('keeps CERTINOMIS’s look in French for the omnikles key', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    const button = await products(el);
    expect(getComputedStyle(button).backgroundColor).to.equal(CERTINOMIS.primary);
    expect(getComputedStyle(brandBar(el)!).borderBottomColor).to.equal(CERTINOMIS.accent);
    expect(getComputedStyle(button).fontFamily).not.to.contain('Georgia');
    expect(button.textContent!.trim()).to.equal('Commander');
    expect(deepText(list(el)!)).to.match(/110\s€\sHT/);
    const bar = brandBar(el)!;
    expect(bar.querySelector('.brand-name')!.textContent).to.equal('CERTINOMIS');
    expect(bar.querySelector('img')).to.equal(null);
    expect(bar.querySelector('[part="test-badge"]')!.textContent).to.contain('Mode test');
  });

  it('follows an explicit locale over the partner’s default language', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_reseller" locale="fr"></certinomis-order>`,
    );
    const button = await products(el);
    expect(button.textContent!.trim()).to.equal('Commander');
    expect(getComputedStyle(button).backgroundColor).to.equal(RESELLER.primary);
    expect(brandBar(el)!.querySelector('img')!.alt).to.equal('Logo Attestia');
  });

  it('starts the next page in the partner’s language without asking twice', async () => {
    const first = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_reseller"></certinomis-order>`,
    );
    await products(first);
    const calls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/v1/catalog')) {
        calls.push(new Headers(init?.headers).get('Accept-Language') ?? '');
      }
      return realFetch(input, init);
    };
    try {
      const next = await fixture<CertinomisOrder>(
        html`<certinomis-order api="/" partner-key="pk_test_reseller"></certinomis-order>`,
      );
      const button = await products(next);
      expect(button.textContent!.trim()).to.equal('Order');
      expect(calls).to.deep.equal(['en']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('brands the client space: title, logo, test badge, colours, English by default', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" mode="space" partner-key="pk_test_reseller"></certinomis-order>`,
    );
    const screenRoot = () =>
      el
        .shadowRoot!.querySelector('certinomis-client-space')
        ?.shadowRoot?.querySelector('[data-screen]')?.shadowRoot ?? null;
    await waitUntil(() => screenRoot()?.querySelector('h2'), 'client space not shown', {
      timeout: 5000,
    });
    const space = el.shadowRoot!.querySelector('certinomis-client-space')!.shadowRoot!;
    expect(space.querySelector('.title')!.textContent).to.equal('Attestia client space');
    expect(space.querySelector<HTMLImageElement>('img[part="logo"]')!.alt).to.equal(
      'Attestia logo',
    );
    expect(space.querySelector('[part="test-badge"]')!.textContent).to.contain('Test mode');
    const screen = screenRoot()!;
    expect(screen.querySelector('h2')!.textContent).to.equal('Log in');
    const submit = screen.querySelector<HTMLElement>('[part="submit"]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal(RESELLER.primary);
  });
});
