import { expect } from '@open-wc/testing';
import '../certinomis-order.ts';
import { SIRET, waitUntil } from '../test-helpers.ts';
import { dialogParts, start, toReview } from './test-helpers.ts';

/** The CGV follow the buyer's language (Chromium, the real API over HTTP): text and dialog title. */
describe('<certinomis-order> purchase: the CGV in the buyer’s language', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the English CGV, titled in English, once the buyer switches to English', async () => {
    const el = await start();
    await toReview(el, SIRET.privateExisting);
    dialogParts(el).open.click();
    await waitUntil(() => dialogParts(el).body.querySelector('.sentinel'), 'CGV not loaded', {
      timeout: 5000,
    });
    // While English loads the element shows a neutral wait in place of its screens (never the
    // other language): read the dialog only when it is there.
    const parts = () => {
      try {
        return dialogParts(el);
      } catch {
        return null;
      }
    };
    const title = () => parts()?.dialog.querySelector('h2')?.textContent?.trim();
    expect(title()).to.equal('Conditions générales de vente');
    expect(dialogParts(el).body.textContent).to.contain('6 Paiement');

    el.locale = 'en';
    await waitUntil(
      () => title() === 'General terms and conditions of sale',
      'the dialog title stayed French',
      { timeout: 5000 },
    );
    await waitUntil(
      () => parts()?.body.textContent?.includes('6 Payment'),
      'the CGV text stayed French',
      { timeout: 5000 },
    );
    expect(dialogParts(el).body.textContent).not.to.contain('6 Paiement');
    expect(el.state).to.equal('review');
  });

  it('names the dialog apart from the page’s CGV section while the text loads (two regions, two names)', async () => {
    const el = await start();
    await toReview(el, SIRET.privateExisting);
    const { open, dialog, body } = dialogParts(el);
    // Before anything loads: the dialog's region is named by its own title, never the section's.
    const section = dialog.getRootNode() as ShadowRoot;
    const sectionName = section.querySelector('section.card h3')?.textContent?.trim();
    open.click();
    const regionName = () =>
      section.getElementById(body.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
    expect(sectionName).to.equal('Acceptation des CGV');
    expect(regionName()).to.equal('Conditions générales de vente');
    await waitUntil(() => body.querySelector('.sentinel'), 'CGV not loaded', { timeout: 5000 });
    expect(regionName()).to.equal('Conditions générales de vente');
  });
});
