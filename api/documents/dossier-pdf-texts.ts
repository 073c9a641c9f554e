/**
 * The texts of the dossier PDF to sign by hand, one table per language (as the e-mails keep
 * theirs in `api/emails/`). `seller` is the name the buyer knows (a white-label reseller's
 * display name, else CERTINOMIS); CERTINOMIS stays named as the certification authority.
 */
import type { Locale } from '../../machines/messages/index.ts';

export interface DossierPdfTexts {
  /** Between a label and its value ("Nom :" / "Name:"). */
  sep: string;
  title: (reference: string) => string;
  heading: (seller: string) => string;
  authority: string;
  order: (product: string, reference: string, date: string) => string;
  position: (position: number, quantity: number, dossierId: string) => string;
  organisation: string;
  legalName: string;
  address: string;
  mandataire: string;
  mandataireExplained: string;
  beneficiaire: string;
  beneficiaireIsMandataire: string;
  namesAsOnId: string;
  person: string;
  civilityLabel: string;
  civility: Record<'MME' | 'MR', string>;
  firstName: string;
  lastName: string;
  function: string;
  email: string;
  mobile: string;
  delivery: string;
  deliveredTo: string;
  recipient: Record<'mandataire' | 'beneficiaire', string>;
  deliveryMode: string;
  modes: Record<'mail' | 'post_office', string>;
  identity: string;
  method: string;
  identityMethods: Record<'online' | 'face_to_face', string>;
  signature: string;
  certify: string;
  madeAt: string;
  on: string;
  signatureOf: Record<'mandataire' | 'beneficiaire', string>;
  stamp: string;
  sending: string;
  /** What to post: the dossier, and the ID copy unless it was already uploaded online. */
  sendTo: (withIdCopy: boolean) => string;
  /** Said instead of asking for the ID copy again when it was uploaded online. */
  idProvided: string;
  recall: (reference: string) => string;
  footer: (reference: string, page: number, pages: number, date: string) => string;
}

export const dossierPdfTexts: Record<Locale, DossierPdfTexts> = {
  fr: {
    sep: ' :',
    title: (reference) => `Dossier de demande de certificat ${reference}`,
    heading: (seller) => `${seller} — Dossier de demande de certificat`,
    authority: 'Autorité de certification : CERTINOMIS',
    order: (product, reference, date) => `${product} — commande ${reference} du ${date}`,
    position: (position, quantity, id) => `Certificat ${position} sur ${quantity} — dossier ${id}`,
    organisation: '1. Organisme',
    legalName: 'Raison sociale',
    address: 'Adresse',
    mandataire: '2. Mandataire de certification',
    mandataireExplained:
      'Le mandataire est la personne qui autorise la demande de certificat et sa révocation.',
    beneficiaire: '3. Bénéficiaire du certificat',
    beneficiaireIsMandataire: 'Le bénéficiaire est le mandataire.',
    namesAsOnId: 'Nom et prénoms exactement comme sur la pièce d’identité.',
    person: 'Personne',
    civilityLabel: 'Civilité',
    civility: { MME: 'Madame', MR: 'Monsieur' },
    firstName: 'Prénom',
    lastName: 'Nom',
    function: 'Fonction',
    email: 'Courriel',
    mobile: 'Téléphone mobile',
    delivery: '4. Remise du certificat',
    deliveredTo: 'Remis à',
    recipient: { mandataire: 'Le mandataire', beneficiaire: 'Le bénéficiaire' },
    deliveryMode: 'Mode de remise',
    modes: { mail: 'Par courrier', post_office: 'En bureau de poste' },
    identity: '5. Vérification de l’identité du bénéficiaire',
    method: 'Méthode',
    identityMethods: {
      online: 'En ligne (pièce d’identité numérisée)',
      face_to_face: 'En face à face dans un bureau de poste',
    },
    signature: '6. Signature',
    certify:
      'Je certifie l’exactitude des informations ci-dessus et demande la délivrance du certificat.',
    madeAt: 'Fait à',
    on: 'Le',
    signatureOf: {
      mandataire: 'Signature du mandataire',
      beneficiaire: 'Signature du bénéficiaire',
    },
    stamp: 'Cachet de l’organisme',
    sending: 'Envoi du dossier signé',
    sendTo: (withIdCopy) =>
      withIdCopy
        ? 'Envoyez ce dossier daté et signé, avec la copie de la pièce d’identité du bénéficiaire, à :'
        : 'Envoyez ce dossier daté et signé à :',
    idProvided: 'La pièce d’identité envoyée en ligne suffit : inutile d’en joindre une copie.',
    recall: (reference) => `Rappelez la référence ${reference} sur l’enveloppe.`,
    footer: (reference, page, pages, date) =>
      `${reference} — page ${page}/${pages} — édité le ${date}`,
  },
  en: {
    sep: ':',
    title: (reference) => `Certificate application ${reference}`,
    heading: (seller) => `${seller} — Certificate application`,
    authority: 'Certification authority: CERTINOMIS',
    order: (product, reference, date) => `${product} — order ${reference} of ${date}`,
    position: (position, quantity, id) =>
      `Certificate ${position} of ${quantity} — application ${id}`,
    organisation: '1. Organisation',
    legalName: 'Legal name',
    address: 'Address',
    mandataire: '2. Authorising officer (mandataire)',
    mandataireExplained:
      'The authorising officer is the person who authorises the certificate request and its revocation.',
    beneficiaire: '3. Certificate holder (bénéficiaire)',
    beneficiaireIsMandataire: 'The holder is the authorising officer.',
    namesAsOnId: 'Names exactly as on the identity document.',
    person: 'Person',
    civilityLabel: 'Title',
    civility: { MME: 'Ms', MR: 'Mr' },
    firstName: 'First name',
    lastName: 'Last name',
    function: 'Position',
    email: 'E-mail',
    mobile: 'Mobile phone',
    delivery: '4. Certificate delivery',
    deliveredTo: 'Delivered to',
    recipient: { mandataire: 'The authorising officer', beneficiaire: 'The holder' },
    deliveryMode: 'Delivery',
    modes: { mail: 'By mail', post_office: 'At a post office' },
    identity: '5. Verification of the holder’s identity',
    method: 'Method',
    identityMethods: {
      online: 'Online (scanned identity document)',
      face_to_face: 'Face to face at a post office',
    },
    signature: '6. Signature',
    certify: 'I certify that the information above is correct and request the certificate.',
    madeAt: 'Place',
    on: 'Date',
    signatureOf: {
      mandataire: 'Signature of the authorising officer',
      beneficiaire: 'Signature of the holder',
    },
    stamp: 'Organisation’s stamp',
    sending: 'Sending the signed application',
    sendTo: (withIdCopy) =>
      withIdCopy
        ? 'Post this application, dated and signed, with a copy of the holder’s identity document, to:'
        : 'Post this application, dated and signed, to:',
    idProvided: 'The identity document uploaded online is enough: no need to enclose it.',
    recall: (reference) => `Write the reference ${reference} on the envelope.`,
    footer: (reference, page, pages, date) =>
      `${reference} — page ${page}/${pages} — printed on ${date}`,
  },
};
