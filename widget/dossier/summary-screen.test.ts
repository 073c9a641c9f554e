import { expect, fixture, html } from '@open-wc/testing';
import type { DossierResponse } from '../../machines/contract.ts';
import { type DossierContext, initialDossierContext } from '../../machines/dossier/context.ts';
import './summary-screen.ts';
import type { DossierView } from './view.ts';

/** The signed dossier's summary tells the buyer where the certificate is (carrier, tracking). */

function viewOf(over: Partial<DossierContext>, status: DossierResponse['status']): DossierView {
  const context: DossierContext = {
    ...initialDossierContext({
      orderReference: 'BD1734971738',
      productCode: 'OPE-AES-CAP-1A',
      validityYears: 1,
      express: false,
      paymentMethod: 'transfer',
      paid: true,
      prefill: { organisation: { postalCode: '97200', country: 'FR' } },
    }),
    ...over,
  };
  const dossier = {
    id: 'd1',
    status,
    version: 9,
    documents: [],
    data: context,
  } as unknown as DossierResponse;
  return {
    locale: 'fr',
    dossier,
    context,
    errors: new Map(),
    busy: false,
    upload: { state: 'idle' },
    signature: { sentTo: null, expiresAt: null },
    payee: null,
  } as unknown as DossierView;
}

const textOf = (el: Element) =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').replace(/ \./g, '.').trim();

describe('the dossier summary says where the certificate is', () => {
  it('gives the carrier and the tracking number of a shipped certificate', async () => {
    const view = viewOf(
      {
        shipment: {
          mode: 'mail',
          carrier: 'Chronopost',
          trackingNumber: 'XY123456789FR',
          at: '2026-12-02T02:00:00.000Z',
        },
      },
      'shipped',
    );
    const el = await fixture(
      html`<certinomis-dossier-summary .view=${view}></certinomis-dossier-summary>`,
    );
    const line = el.shadowRoot!.querySelector('[data-shipment]')!;
    // 02:00 UTC is still 1 December in Martinique, the organisation's zone.
    expect((line.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal(
      'Expédié le 01/12/2026 par Chronopost, numéro de suivi : XY123456789FR.',
    );
    expect(line.querySelector('strong')?.textContent).to.equal('XY123456789FR');
  });

  it('says since when a certificate waits at the post office', async () => {
    const view = viewOf(
      { shipment: { mode: 'post_office', at: '2026-12-02T10:00:00.000Z' } },
      'at_post_office',
    );
    const el = await fixture(
      html`<certinomis-dossier-summary .view=${view}></certinomis-dossier-summary>`,
    );
    expect(textOf(el)).to.contain('Disponible en bureau de poste depuis le 02/12/2026.');
  });
});
