import { expect, fixture, html } from '@open-wc/testing';
import '../certinomis-order.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import { uniqueEmail, waitUntil } from '../test-helpers.ts';
import { account, keepInTab, screenOf, session, waitScreen, waitSpace } from './test-helpers.ts';

/** The billing table of the dashboard (its own element in the dashboard's shadow root). */
function billing(el: CertinomisOrder) {
  return screenOf(el).shadowRoot.querySelector('certinomis-space-billing')?.shadowRoot ?? null;
}

describe('client space: invoices and credit notes', () => {
  it('lists the order’s invoice with its Factur-X PDF and XML, downloaded with the session', async () => {
    const email = uniqueEmail('billing');
    const { reference } = await account(email);
    keepInTab({ email, session: await session(email) });
    const el = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" mode="space" locale="fr"></certinomis-order>`,
    );
    await waitSpace(el);
    await waitScreen(el, 'dashboard');
    await waitUntil(() => billing(el)?.querySelector('tr[data-kind="invoice"]'), 'no invoice row', {
      timeout: 5000,
    });
    const row = billing(el)?.querySelector<HTMLTableRowElement>('tr[data-kind="invoice"]');
    expect(billing(el)?.textContent).to.contain('Factures et avoirs');
    expect(row?.textContent).to.contain(reference);
    expect(row?.dataset.number).to.match(/^TEST-FA\d{4}-\d{6}$/);
    const pdf = row?.querySelector<HTMLButtonElement>('button[aria-label^="PDF (Factur-X)"]');
    expect(pdf).to.exist;
    // Clicking downloads through an object URL: the click reaches an <a download>.
    const clicked = new Promise<string>((resolve) => {
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = original;
        resolve(this.download);
      };
    });
    pdf?.click();
    expect(await clicked).to.equal(`facture-${row?.dataset.number}.pdf`);
  });
});
