/** `/v1/me` (the buyer's dossiers and certificates) and `/v1/dossiers/{id}` (one dossier). */
import type { InferInput } from 'valibot';
import type { customerDossierEventSchema } from '../schemas/dossier.ts';
import type { Payee } from './catalog.ts';
import type { DossierStatus, RevocationReason } from './lists.ts';

export interface DossierRow {
  id: string;
  productLabel: string;
  orderReference: string;
  /** This dossier's rank in its order (n° `position` of `quantity`). */
  position: number;
  quantity: number;
  /** The bénéficiaire's name once the buyer gave it (tells an order's dossiers apart). */
  beneficiary: string | null;
  /** ISO date-time of the order. */
  orderDate: string;
  status: DossierStatus;
  statusLabel: string;
  /** The organisation's IANA time zone (`machines/rules/time-zone.ts`): its dates are shown there. */
  timeZone: string;
  /** A renewal: the order reference of the certificate it renews; null otherwise. */
  renewalOf: string | null;
  /** A revoked certificate ("Révoqué"): when, and why (RFC 5280); null otherwise. */
  revoked: { at: string; reason: RevocationReason } | null;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface CertificateRow {
  dossierId: string;
  orderReference: string;
  /** The certificate's subject (bénéficiaire's name) once known. */
  beneficiary: string | null;
  identity: string | null;
  status: DossierStatus;
  statusLabel: string;
  expiresAt: string | null;
  /** The organisation's IANA time zone: the expiry date is shown there. */
  timeZone: string;
  /** A revocation asked for (`requested`: with the back office) or refused; null: none. */
  revocation: 'requested' | 'refused' | null;
  /** Renewed already: the reference of the renewal order (not cancelled); null otherwise. */
  renewedBy: string | null;
  /** What Renouveler starts the purchase with; null when it cannot be renewed. */
  renewal: RenewalStart | null;
}

/** The buyer and organisation of an order, as typed on "Identification client". */
export interface OrderCustomer {
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  country: string;
  companyName: string;
  siret: string;
  address: string;
  postalCode: string;
  city: string;
}

/**
 * A renewal's purchase, pre-filled: the certificate it renews (`renewalOf` of the order), the
 * same product (validity) by default, and the buyer and organisation of the expiring certificate.
 */
export interface RenewalStart {
  renewalOf: string;
  /** The expiring certificate's order reference. */
  orderReference: string;
  product: string;
  customer: OrderCustomer;
  /** The publishable key of the partner the certificate was bought through (null: none). */
  partnerKey: string | null;
}

/** An uploaded document of a dossier (the identity scan). */
export interface DossierDocument {
  id: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

/** `GET /v1/dossiers/{id}`: one certificate's dossier, its state, and what may be sent now. */
export interface DossierResponse {
  id: string;
  orderReference: string;
  orderDate: string;
  productLabel: string;
  /** This dossier's rank in its order (1 of `quantity`). */
  position: number;
  quantity: number;
  express: boolean;
  status: DossierStatus;
  statusLabel: string;
  /** The editing step the buyer is on, or null once signed. */
  step: string | null;
  /** Optimistic-concurrency version: send it back as `If-Match: "<version>"`. */
  version: number;
  /** Event types the caller may send now (`POST /v1/dossiers/{id}/events`). */
  accepts: string[];
  editable: boolean;
  /** Each step's saved data, the pre-fill from the order, and the lifecycle facts. */
  data: Record<string, unknown>;
  documents: DossierDocument[];
  /** Where a printed, hand-signed dossier is posted (the seller's address). */
  payee: Payee;
}

/** An event a buyer posts to `/v1/dossiers/{id}/events` (`dossier.save`, `dossier.goTo`, `signature.choosePaper`). */
export type CustomerDossierEvent = InferInput<typeof customerDossierEventSchema>;

/**
 * Who signs a dossier: the mandataire always, the bénéficiaire too when they are another person
 * (`requiredSigners`). Each signs with their own SMS code.
 */
export const SIGNERS = ['mandataire', 'beneficiaire'] as const;
export type Signer = (typeof SIGNERS)[number];

/** `POST /v1/dossiers/{id}/signature/code`. */
export interface SignatureCodeResponse {
  /** Whose code it is. */
  signer: Signer;
  /** That signer's mobile, masked: `06 •• •• •• 78`. */
  sentTo: string;
  expiresAt: string;
  dossier: DossierResponse;
}

/** `POST /v1/certificates/{id}/revocation` (202): the code is e-mailed to this many people, valid until `expiresAt`. */
export interface RevocationRequested {
  expiresAt: string;
  sentTo: number;
}

/** `POST /v1/revocations` (202): the same answer whether or not the code exists. */
export interface RevocationReceived {
  received: true;
}
