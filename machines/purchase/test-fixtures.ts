/**
 * Test data for the purchase flow (imported by tests only): the organisations of the dev
 * company registry (shared/fixtures/companies.json) as the lookup reports them, and
 * complete, valid drafts of each screen.
 */
import { emptyForm, type PaymentDraft, type PurchaseContext } from './context.ts';
import type { OrganisationFacts } from './organisation.ts';
import { seedCustomer } from './seed-buyer.ts';

function facts(
  siret: string,
  name: string,
  legalCategory: string,
  active: boolean,
  previousCertificates: number,
): OrganisationFacts {
  return {
    siret,
    name,
    active,
    legalCategory,
    publicAdministration: legalCategory.startsWith('7'),
    firstCertificate: previousCertificates === 0,
  };
}

export const organisations = {
  /** Public commune, first certificate. */
  publicFirst: facts('21750999100014', 'COMMUNE DE MOLIERE-SUR-SEINE', '7210', true, 0),
  /** Public commune, existing customer. */
  publicExisting: facts('21130999200017', 'COMMUNE DE SCAPIN', '7210', true, 2),
  /** Private company, first certificate. */
  privateFirst: facts('81234567600017', 'MOLIERE COMPAGNIE', '5710', true, 0),
  /** Private company, existing customer. */
  privateExisting: facts('52345678800018', 'THEATRE DU PALAIS ROYAL', '5499', true, 1),
  /** Closed establishment. */
  closed: facts('48765432900019', 'ANCIENNE TROUPE DU MARAIS', '5710', false, 0),
} as const;

export const PRODUCT = 'OPE-AES-CAP-1A';
export const PRODUCT_CODES = ['OPE-AES-CAP-1A', 'OPE-AES-CAP-2A', 'OPE-AES-CAP-3A'];
export const CGV_VERSION = '2024-12';

/** The seed's buyer (Identification client), as typed. */
export function customerDraft(siret: string) {
  return seedCustomer(siret);
}

export const billingDraft = {
  companyName: 'MOLIERE COMPAGNIE - COMPTABILITE',
  address: '8 quai Saint-Antoine',
  postalCode: '69002',
  city: 'LYON',
  country: 'FR',
  email: 'factures@moliere.fr',
};

export const mandateDraft = (siret: string): PaymentDraft => ({
  method: 'mandate',
  siret,
  serviceCode: 'SERV-FIN_01',
  chorusOrderNumber: 'EJ 2024/000123',
});
export const transferDraft: PaymentDraft = {
  method: 'transfer',
  transferReference: 'COMMANDE CERTIFICAT 2024-12',
};
export const chequeDraft: PaymentDraft = {
  method: 'cheque',
  chequeNumber: '123 4567',
  bank: 'Société Générale',
};

/** A purchase context: nothing entered but the product, with `overrides`. */
export function contextWith(overrides: Partial<PurchaseContext> = {}): PurchaseContext {
  return {
    product: PRODUCT,
    quantity: 1,
    ...emptyForm(),
    productCodes: null,
    renewalOf: null,
    ...overrides,
  };
}

/** A context every step of which is complete, for the organisation `organisation`. */
export function completeContext(
  organisation: OrganisationFacts,
  overrides: Partial<PurchaseContext> = {},
): PurchaseContext {
  return contextWith({
    quantity: 2,
    customer: customerDraft(organisation.siret),
    organisation,
    organisationStatus: 'found',
    options: { usbReader: true, express: false },
    payment: transferDraft,
    cgvAccepted: true,
    cgvVersion: CGV_VERSION,
    ...overrides,
  });
}
