import { expect, fixture, html } from '@open-wc/testing';
import '../certinomis-order.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import {
  clickButton,
  customer,
  deepText,
  SIRET,
  screen,
  waitState,
  waitText,
} from '../test-helpers.ts';

/**
 * A white-label reseller's buyer (the demo's "Attestia", English by default) is not told of
 * "a first CERTINOMIS certificate": the USB reader rule speaks of the establishment's first
 * certificate (Chromium, the real API).
 */
describe('<certinomis-order> texts for a reseller’s buyer', () => {
  beforeEach(() => sessionStorage.clear());

  it('explains the mandatory USB reader without naming CERTINOMIS', async () => {
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_reseller" product="OPE-AES-CAP-1A"></certinomis-order>`,
    );
    await waitState(el, 'quantity');
    clickButton(el, 'Next →');
    await waitState(el, 'identification');
    el.fill({ customer: customer(SIRET.privateFirst) });
    await waitText(el, 'Establishment found');
    clickButton(el, 'Next →');
    await waitState(el, 'options');

    const root = screen(el).shadowRoot;
    const usb = root.querySelector('input[name="options.usbReader"]')!.closest('.card')!;
    const rule = deepText(usb.querySelector('label')!);
    const locked = deepText(usb.querySelector('p.ok')!);
    expect(rule.replace(/\s+/g, ' ')).to.contain(
      'mandatory for your establishment’s first certificate',
    );
    expect(locked).to.contain(
      'First certificate for this establishment: the USB key reader is mandatory.',
    );
    expect(`${rule} ${locked}`).not.to.contain('CERTINOMIS');
  });
});
