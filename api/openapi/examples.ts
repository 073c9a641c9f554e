/**
 * The document's examples: the seed's buyer (Jean-Baptiste POQUELIN of MOLIERE COMPAGNIE) and
 * the development registry's SIRETs (api/db/migrations/2026-11-26-001-catalog.ts), so that a
 * request copied from the reference works against the demo as it is.
 */
import { seedCustomer } from '../../machines/purchase/seed-buyer.ts';

export const DEV_SIRETS = {
  privateFirst: '81234567600017',
  publicFirst: '21750999100014',
} as const;

export const quoteExample = {
  product: 'OPE-AES-CAP-1A',
  quantity: 2,
  options: { usbReader: true, express: false },
};

export const orderExample = {
  product: 'OPE-AES-CAP-1A',
  quantity: 1,
  options: { usbReader: true, express: false },
  customer: seedCustomer(DEV_SIRETS.privateFirst),
  billing: null,
  payment: { method: 'transfer', transferReference: 'COMMANDE CERTIFICAT 2026-01' },
  cgvAccepted: true,
  cgvVersion: '2024-12',
};

export const organisationExample = {
  siret: DEV_SIRETS.privateFirst,
  valid: true,
  name: 'MOLIERE COMPAGNIE',
  legalCategory: '5710',
  publicAdministration: false,
  active: true,
  firstCertificate: true,
  address: '3 rue Boileau',
  postalCode: '75010',
  city: 'PARIS',
};

export const registerExample = {
  email: 'jb.poquelin@moliere.fr',
  password: 'Tartuffe-1664-Misanthrope',
  locale: 'fr',
};
export const loginExample = {
  email: 'jb.poquelin@moliere.fr',
  password: 'Tartuffe-1664-Misanthrope',
};
