import { expect, fixture, html } from '@open-wc/testing';
import type { CertificateRow, DossierRow, RenewalStart } from '../../machines/contract.ts';
import { seedCustomer } from '../../machines/purchase/seed-buyer.ts';
import '../purchase/certinomis-purchase.ts';
import { deepText, SIRET, waitUntil } from '../test-helpers.ts';
import type { CertinomisField } from '../ui/field.ts';
import './dashboard-screen.ts';
import type { CertinomisSpaceDashboard } from './dashboard-screen.ts';
import './renewal-purchase.ts';
import type { CertinomisSpaceRenewal } from './renewal-purchase.ts';
import type { SpaceView } from './screen-element.ts';

const customer = { ...seedCustomer(SIRET.privateFirst), email: 'jb.poquelin@moliere.fr' };
const start: RenewalStart = {
  renewalOf: '0b9f7c1e-3a52-4d8e-9c61-2f4a5b6c7d8e',
  orderReference: 'BD26000000101',
  product: 'OPE-AES-CAP-2A',
  customer: { ...customer, country: 'FR' } as RenewalStart['customer'],
  partnerKey: 'pk_test_omnikles',
};
const certificate = (overrides: Partial<CertificateRow>): CertificateRow => ({
  dossierId: start.renewalOf,
  orderReference: start.orderReference,
  beneficiary: 'Jean-Baptiste Poquelin',
  identity: 'POQUELIN Jean-Baptiste',
  status: 'shipped',
  statusLabel: 'Expédié',
  expiresAt: '2027-01-10T08:00:00.000Z',
  timeZone: 'Europe/Paris',
  revocation: null,
  renewedBy: null,
  renewal: start,
  ...overrides,
});
const dossier: DossierRow = {
  id: '5d0a7b1e-0000-4000-8000-000000000002',
  productLabel: 'Certificat Décideur - 2 ans',
  orderReference: 'BD26000000202',
  position: 1,
  quantity: 1,
  beneficiary: null,
  timeZone: 'Europe/Paris',
  orderDate: '2026-12-01T10:00:00.000Z',
  status: 'to_complete',
  statusLabel: 'Demande à compléter',
  renewalOf: 'BD26000000099',
  revoked: null,
};

/** A dashboard on fixed lists (no API): what the rows say and what Renouveler asks for. */
async function dashboard(certificates: CertificateRow[], renew?: (start: RenewalStart) => void) {
  const page = <T>(items: T[]) => Promise.resolve({ items, nextCursor: null });
  const api = {
    dossiers: () => page([dossier]),
    certificates: () => page(certificates),
    billingDocuments: () => page([]),
  };
  const view = {
    locale: 'fr',
    context: {},
    busy: false,
    send: () => {},
    api,
    session: { accessToken: 'token' },
    announce: () => {},
    openDossier: () => {},
    ...(renew ? { renew } : {}),
  } as unknown as SpaceView;
  const el = await fixture<CertinomisSpaceDashboard>(
    html`<certinomis-space-dashboard .view=${view}></certinomis-space-dashboard>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('table.certificates tbody tr'), 'no rows');
  return el;
}

const renewButtons = (el: CertinomisSpaceDashboard) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.renew') ?? []),
];

describe('client space: Renouveler', () => {
  it('offers Renouveler on a renewable certificate, and opens its pre-filled purchase', async () => {
    const asked: RenewalStart[] = [];
    const el = await dashboard([certificate({})], (s) => asked.push(s));
    const [button] = renewButtons(el);
    expect(button?.textContent?.trim()).to.equal('Renouveler');
    expect(button?.getAttribute('aria-label')).to.equal(
      'Renouveler le certificat BD26000000101 de Jean-Baptiste Poquelin',
    );
    button?.click();
    expect(asked).to.deep.equal([start]);
    // The renewal's own dossier row names the certificate it renews.
    expect(deepText(el.shadowRoot!)).to.contain('Renouvellement de BD26000000099');
  });

  it('says "Renouvelé → n° …" on a renewed certificate, with no button', async () => {
    const el = await dashboard(
      [certificate({ renewedBy: 'BD26000000202', renewal: null })],
      () => {},
    );
    expect(renewButtons(el)).to.have.length(0);
    expect(deepText(el.shadowRoot!)).to.contain('Renouvelé → n° BD26000000202');
  });

  it('offers nothing where the space cannot open a purchase (the back office)', async () => {
    const el = await dashboard([certificate({})]);
    expect(renewButtons(el)).to.have.length(0);
  });

  it('the reminder’s ?renew= link opens that renewal once the certificates are listed, once', async () => {
    const before = location.href;
    history.replaceState(null, '', `?renew=${start.renewalOf}&email=jb.poquelin%40moliere.fr`);
    try {
      const asked: RenewalStart[] = [];
      await dashboard([certificate({})], (s) => asked.push(s));
      await waitUntil(() => asked.length === 1, 'the linked renewal did not open');
      expect(asked).to.deep.equal([start]);
      expect(new URL(location.href).searchParams.has('renew')).to.equal(false);
      expect(new URL(location.href).searchParams.get('email')).to.equal('jb.poquelin@moliere.fr');
      // Renewed meanwhile: the link only shows the dashboard.
      history.replaceState(null, '', `?renew=${start.renewalOf}`);
      const none: RenewalStart[] = [];
      await dashboard([certificate({ renewedBy: 'BD26000000202', renewal: null })], (s) =>
        none.push(s),
      );
      expect(none).to.deep.equal([]);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('the purchase starts on the same validity, quantity 1, buyer pre-filled, reader not forced', async () => {
    const el = await fixture<CertinomisSpaceRenewal>(
      html`<certinomis-space-renewal api="/" locale="fr" .start=${start}></certinomis-space-renewal>`,
    );
    const purchase = () => el.shadowRoot?.querySelector('certinomis-purchase') ?? null;
    await waitUntil(() => purchase()?.state === 'quantity', 'the purchase did not start', {
      timeout: 10_000,
    });
    expect(deepText(el.shadowRoot!)).to.contain('Renouvellement du certificat BD26000000101');
    const screen = () => purchase()!.shadowRoot!.querySelector<HTMLElement>('[data-screen]')!;
    // The récapitulatif (priced by the API) names the expiring certificate's product.
    await waitUntil(() => deepText(screen()).includes('OPE-AES-CAP-2A'), 'not the same product', {
      timeout: 10_000,
    });
    const quantity = screen().shadowRoot!.querySelector<CertinomisField>(
      'certinomis-field[name="quantity"]',
    );
    expect(quantity?.value).to.equal('1');

    const next = () =>
      [...purchase()!.shadowRoot!.querySelectorAll('certinomis-button-bar')]
        .flatMap((bar) => [...(bar.shadowRoot?.querySelectorAll('button') ?? [])])
        .find((b) => b.textContent?.includes('Suivant'))!
        .click();
    next();
    await waitUntil(() => purchase()?.state === 'identification', 'no identification');
    const value = (name: string) =>
      screen().shadowRoot!.querySelector<CertinomisField>(`certinomis-field[name="${name}"]`)
        ?.value;
    await waitUntil(() => value('customer.lastName') === customer.lastName, 'not pre-filled');
    expect(value('customer.siret')).to.contain(SIRET.privateFirst.slice(0, 3));
    expect(value('customer.emailConfirmation')).to.equal(customer.email);

    // privateFirst has no certificate of the test partner: a new order would force the reader.
    await waitUntil(
      () =>
        (
          purchase() as unknown as {
            flow: { snapshot: { context: { organisationStatus: string } } };
          }
        ).flow.snapshot.context.organisationStatus === 'found',
      'no lookup',
      { timeout: 10_000 },
    );
    next();
    await waitUntil(() => purchase()?.state === 'options', 'no options');
    const reader = screen().shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="options.usbReader"]',
    );
    expect(reader?.checked).to.equal(false);
    expect(reader?.disabled).to.equal(false);
  });
});
