/**
 * Test data for the dossier (imported by tests only): the order facts, each step's data as a
 * buyer types it, and the events of the usual paths.
 */
import type { Signer } from '../contract/dossiers.ts';
import type { DossierStep } from '../schemas/dossier.ts';
import type { DossierInput } from './context.ts';
import type { DossierEvent } from './events.ts';

export function orderInput(overrides: Partial<DossierInput> = {}): DossierInput {
  return {
    orderReference: 'BD1734971738',
    productCode: 'OPE-AES-CAP-3A',
    validityYears: 3,
    express: false,
    paymentMethod: 'transfer',
    paid: false,
    ...overrides,
  };
}

export const organisationData = {
  siret: '812 345 676 00017',
  name: 'MOLIERE COMPAGNIE',
  address: '3 rue Boileau',
  postalCode: '75010',
  city: 'PARIS',
  country: 'FR',
};

export const mandataireData = {
  civility: 'mr',
  firstName: ' Jean-Baptiste ',
  lastName: 'POQUELIN',
  email: 'JB.Poquelin@Moliere.fr',
  mobile: '06 12 34 56 78',
  function: 'Directeur',
};

export const beneficiaireData = {
  sameAsMandataire: false,
  person: {
    civility: 'MME',
    firstName: 'Armande',
    lastName: 'BEJART',
    email: 'armande.bejart@moliere.fr',
    mobile: '+33 7 98 76 54 32',
    function: 'Comédienne',
  },
};

export const T = {
  upload: '2025-01-06T09:00:00.000Z',
  code: '2025-01-06T09:05:00.000Z',
  signed: '2025-01-06T09:10:00.000Z',
  paper: '2025-01-09T08:00:00.000Z',
  verified: '2025-01-09T10:00:00.000Z',
  paid: '2025-01-09T11:00:00.000Z',
  issued: '2025-01-10T08:00:00.000Z',
  shipped: '2025-01-10T15:00:00.000Z',
} as const;

export const save = (step: DossierStep, data: object) =>
  ({ type: 'dossier.save', step, data: { ...data } }) as const satisfies DossierEvent;

export const goTo = (step: DossierStep) =>
  ({ type: 'dossier.goTo', step }) as const satisfies DossierEvent;

/** The buyer's steps up to the signature screen. */
export function completionEvents(options: {
  identity: 'online' | 'face_to_face';
  delivery: 'post_office' | 'mail';
  sameAsMandataire?: boolean;
}): DossierEvent[] {
  return [
    save('organisation', organisationData),
    save('mandataire', mandataireData),
    save('beneficiaire', options.sameAsMandataire ? { sameAsMandataire: true } : beneficiaireData),
    save('delivery', { recipient: 'beneficiaire', mode: options.delivery }),
    save('identity', { method: options.identity }),
    ...(options.identity === 'online'
      ? [{ type: 'identity.documentUploaded', documentId: 'doc-1', at: T.upload } as const]
      : []),
  ];
}

export const events = {
  upload: (documentId = 'doc-2', at: string = T.upload) =>
    ({ type: 'identity.documentUploaded', documentId, at }) as const satisfies DossierEvent,
  codeSent: (version = 7, at: string = T.code, signer: Signer = 'mandataire') =>
    ({ type: 'signature.codeSent', version, signer, at }) as const satisfies DossierEvent,
  signedOnline: (at: string = T.signed, signer: Signer = 'mandataire') =>
    ({ type: 'signature.signedOnline', signer, at }) as const satisfies DossierEvent,
  /** Both signers' codes, then both signatures (the mandataire and another bénéficiaire). */
  signedByBoth: (at: string = T.signed): DossierEvent[] => [
    events.codeSent(7, T.code, 'mandataire'),
    events.codeSent(8, T.code, 'beneficiaire'),
    events.signedOnline(at, 'mandataire'),
    events.signedOnline(at, 'beneficiaire'),
  ],
  choosePaper: (at: string = T.signed) =>
    ({ type: 'signature.choosePaper', at }) as const satisfies DossierEvent,
  paperReceived: (at: string = T.paper) =>
    ({ type: 'paper.received', at }) as const satisfies DossierEvent,
  verified: (at: string = T.verified) =>
    ({ type: 'identity.verified', at }) as const satisfies DossierEvent,
  refusedIdentity: (reason = 'Pièce illisible', at: string = T.verified) =>
    ({ type: 'identity.refused', reason, at }) as const satisfies DossierEvent,
  paid: (amount = 39_600, at: string = T.paid) =>
    ({
      type: 'payment.received',
      amount,
      reference: 'BD1734971738',
      at,
    }) as const satisfies DossierEvent,
  issued: (notBefore = '2025-01-10T08:00:00Z', at: string = T.issued) =>
    ({
      type: 'certificate.issued',
      serialNumber: '1a2b3c4d5e6f',
      notBefore,
      at,
    }) as const satisfies DossierEvent,
  shipped: (carrier = 'Chronopost', at: string = T.shipped) =>
    ({
      type: 'certificate.shipped',
      carrier,
      trackingNumber: 'xy 123456789 fr',
      at,
    }) as const satisfies DossierEvent,
  atPostOffice: (at: string = T.shipped) =>
    ({ type: 'certificate.atPostOffice', at }) as const satisfies DossierEvent,
  cancelled: (reason = 'Commande annulée par le client', at: string = T.paid) =>
    ({ type: 'order.cancelled', reason, at }) as const satisfies DossierEvent,
  refused: (reason = 'Organisme radié', at: string = T.paid) =>
    ({ type: 'dossier.refused', reason, at }) as const satisfies DossierEvent,
};
