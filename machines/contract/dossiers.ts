/** `/v1/me` (the buyer's dossiers and certificates) and `/v1/dossiers/{id}` (one dossier). */
import type { InferInput } from 'valibot';
import type { customerDossierEventSchema } from '../schemas/dossier.ts';
import type { Payee } from './catalog.ts';
import type { DossierStatus } from './lists.ts';

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

/** `POST /v1/dossiers/{id}/signature/code`. */
export interface SignatureCodeResponse {
  /** The mandataire's mobile, masked: `06 •• •• •• 78`. */
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
