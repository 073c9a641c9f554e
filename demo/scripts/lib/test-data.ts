/**
 * The development data a person trying the demo needs: the SIRETs of the
 * seeded company registry (api/db/migrations, shared/fixtures) and what each
 * one demonstrates, and complete purchase-form profiles for `el.fill()`.
 */

import { SEED_PERSON } from '../../../machines/purchase/seed-buyer.ts';

export interface DevSiret {
  siret: string;
  name: string;
  /** What ordering with this SIRET shows. */
  demonstrates: string;
  kind: 'public' | 'private' | 'invalid';
}

export const devSirets: readonly DevSiret[] = [
  {
    siret: '21750999100014',
    name: 'COMMUNE DE MOLIERE-SUR-SEINE',
    demonstrates:
      'Organisme public, premier certificat : mandat administratif proposé, lecteur USB imposé.',
    kind: 'public',
  },
  {
    siret: '23750999700019',
    name: 'REGION ILE-DES-COMEDIENS',
    demonstrates: 'Organisme public (région), premier certificat.',
    kind: 'public',
  },
  {
    siret: '21130999200017',
    name: 'COMMUNE DE SCAPIN',
    demonstrates: 'Organisme public, déjà client : lecteur USB facultatif.',
    kind: 'public',
  },
  {
    siret: '81234567600017',
    name: 'MOLIERE COMPAGNIE',
    demonstrates:
      'Entreprise privée, premier certificat : pas de mandat administratif, lecteur USB imposé.',
    kind: 'private',
  },
  {
    siret: '81234567600025',
    name: 'MOLIERE COMPAGNIE - ETABLISSEMENT DE LYON',
    demonstrates: 'Établissement lyonnais de la même entreprise (même SIREN).',
    kind: 'private',
  },
  {
    siret: '52345678800018',
    name: 'THEATRE DU PALAIS ROYAL',
    demonstrates: 'Entreprise privée, déjà cliente : lecteur USB facultatif.',
    kind: 'private',
  },
  {
    siret: '48765432900019',
    name: 'ANCIENNE TROUPE DU MARAIS',
    demonstrates: 'Établissement fermé : la commande est impossible.',
    kind: 'private',
  },
  {
    siret: '35600000010000',
    name: 'LA POSTE - AGENCE DE DEMONSTRATION',
    demonstrates:
      'Agence de La Poste : SIRET valide selon la règle propre à La Poste (somme des chiffres divisible par 5).',
    kind: 'private',
  },
  {
    siret: '81234567600033',
    name: '(inconnu du registre)',
    demonstrates: 'Clé de contrôle valide, mais SIRET inconnu du registre des entreprises.',
    kind: 'invalid',
  },
  {
    siret: '81234567600018',
    name: '(clé invalide)',
    demonstrates: 'Clé de contrôle (Luhn) fausse : refusé dès la saisie.',
    kind: 'invalid',
  },
];

// The values `fill()` accepts: the sections of the API's order body (POST /v1/orders).

export interface CustomerValues {
  civility: 'MR' | 'MME';
  firstName: string;
  lastName: string;
  email: string;
  emailConfirmation: string;
  phone: string;
  country: string;
  companyName: string;
  siret: string;
  address: string;
  postalCode: string;
  city: string;
}

export interface BillingValues {
  companyName: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
}

export type PaymentValues =
  | { method: 'transfer'; transferReference: string }
  | { method: 'cheque'; chequeNumber: string; bank: string }
  | { method: 'mandate'; siret: string; serviceCode: string; chorusOrderNumber: string };

export interface OptionValues {
  usbReader: boolean;
  express: boolean;
}

export interface FillValues {
  customer?: CustomerValues;
  billing?: BillingValues;
  payment?: PaymentValues;
  options?: OptionValues;
}

export interface FillProfile {
  id: string;
  label: string;
  values: Required<Omit<FillValues, 'billing'>>;
}

/** The seed's buyer (the person placing the order), for the organisation `org`. */
function buyer(org: {
  siret: string;
  companyName: string;
  address: string;
  postalCode: string;
  city: string;
}): CustomerValues {
  return { ...SEED_PERSON, ...org };
}

export const fillProfiles: readonly FillProfile[] = [
  {
    id: 'public-mandate',
    label: 'Organisme public, premier certificat, mandat administratif',
    values: {
      customer: buyer({
        siret: '21750999100014',
        companyName: 'COMMUNE DE MOLIERE-SUR-SEINE',
        address: '1 place de la Mairie',
        postalCode: '75010',
        city: 'PARIS',
      }),
      options: { usbReader: true, express: false },
      payment: {
        method: 'mandate',
        siret: '21750999100014',
        serviceCode: 'SERV-FIN_01',
        chorusOrderNumber: 'EJ 2026/000123',
      },
    },
  },
  {
    id: 'private-transfer',
    label: 'Entreprise privée, premier certificat, virement',
    values: {
      customer: buyer({
        siret: '81234567600017',
        companyName: 'MOLIERE COMPAGNIE',
        address: '3 rue Boileau',
        postalCode: '75016',
        city: 'PARIS',
      }),
      options: { usbReader: true, express: false },
      payment: { method: 'transfer', transferReference: 'MOLIERE CERTIF 2026' },
    },
  },
  {
    id: 'existing-cheque',
    label: 'Client existant (lecteur USB facultatif), chèque, traitement Express',
    values: {
      customer: buyer({
        siret: '52345678800018',
        companyName: 'THEATRE DU PALAIS ROYAL',
        address: '38 rue de Montpensier',
        postalCode: '75001',
        city: 'PARIS',
      }),
      options: { usbReader: false, express: true },
      payment: { method: 'cheque', chequeNumber: '1234567', bank: 'Crédit Mutuel' },
    },
  },
];
