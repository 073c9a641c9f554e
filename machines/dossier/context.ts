/**
 * The dossier machine's context: the order facts the dossier was created with, each step's data
 * (schema outputs, null until the buyer saves the step), and the facts of the lifecycle
 * (identity check, signature, paper dossier, payment, certificate, shipment). Every time is an
 * ISO date-time given by the API in the event (`at`): the machine never reads the clock.
 * The whole context is plain JSON (it is persisted as is, see `persistDossier`).
 */

import type { Signer } from '../contract/dossiers.ts';
import type { FieldIssue } from '../purchase/step-issues.ts';
import { type TimeZone, timeZoneOf } from '../rules/time-zone.ts';
import type {
  BeneficiaireStep,
  DeliveryStep,
  IdentityStep,
  OrganisationStep,
  OrganisationStepInput,
  Person,
  RevocationReason,
  SignatureMethod,
  SignatureStep,
} from '../schemas/dossier.ts';
import type { PaymentMethod } from '../schemas/purchase.ts';

/** What the purchase knew, to pre-fill the screens (never counts as a saved step). */
export interface DossierPrefill {
  organisation?: Partial<OrganisationStepInput>;
  /** The person who placed the order (a likely mandataire); `phone` may not be a mobile. */
  contact?: {
    civility: string;
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
  };
  /**
   * A renewal: the expiring certificate's dossier, and its confirmed steps offered again as
   * drafts (the buyer checks and saves each step; identity and signature are asked anew).
   */
  renewal?: {
    dossierId: string;
    orderReference: string;
    mandataire: Person | null;
    beneficiaire: BeneficiaireStep | null;
    delivery: DeliveryStep | null;
  };
}

/** Set by the API from the order when it creates the dossier. */
export interface DossierInput {
  orderReference: string;
  productCode: string;
  /** Certificate validity in years (from the catalogue product): `notAfter` is computed from it. */
  validityYears: number;
  /** Traitement Express: shipped by Chronopost within 48 h of the complete dossier. */
  express: boolean;
  paymentMethod: PaymentMethod;
  /** Payment already received when the dossier is created. */
  paid: boolean;
  prefill?: DossierPrefill;
}

export type IdentityStatus = 'none' | 'submitted' | 'verified' | 'refused';

export interface PaymentRecord {
  /** Integer cents. */
  amount: number;
  reference: string | null;
  chequeNumber: string | null;
  bank: string | null;
  receivedAt: string;
}

export interface CertificateRecord {
  /** Uppercase hexadecimal. */
  serialNumber: string;
  notBefore: string;
  /** `notBefore` + `validityYears` years. */
  notAfter: string;
}

/** A revocation asked for by the holder (code entered), then decided by an operator. */
export interface RevocationRecord {
  reason: RevocationReason;
  comment: string;
  requestedAt: string;
  /** `requested`: with the back office; `refused`: the operator kept the certificate valid. */
  status: 'requested' | 'refused';
  refusalReason: string | null;
  decidedAt: string | null;
}

/** One signer's SMS code and online signature (see `dossier/signers.ts`). */
export interface SignerRecord {
  codeSentAt: string | null;
  /** The dossier version their code is bound to (voided by any change: null). */
  codeSentForVersion: number | null;
  signedAt: string | null;
}

export type ShipmentRecord =
  | { mode: 'mail'; carrier: string; trackingNumber: string; at: string }
  | { mode: 'post_office'; at: string };

export interface DossierContext {
  orderReference: string;
  productCode: string;
  validityYears: number;
  express: boolean;
  paymentMethod: PaymentMethod;
  prefill: DossierPrefill | null;

  // Steps (null until saved).
  organisation: OrganisationStep | null;
  mandataire: Person | null;
  beneficiaire: BeneficiaireStep | null;
  delivery: DeliveryStep | null;
  identity: IdentityStep | null;
  signature: SignatureStep | null;

  // Identity check.
  identityStatus: IdentityStatus;
  /** Online: an ID scan was uploaded (cleared when the method changes before signing). */
  documentUploaded: boolean;
  identityDocumentId: string | null;
  identitySubmittedAt: string | null;
  identityVerifiedAt: string | null;
  /** The operator's reason, shown to the buyer until they upload again. */
  identityRefusalReason: string | null;

  // Signature.
  /** The last SMS code sent for online signature, whoever it went to (voided by any save). */
  codeSentAt: string | null;
  /** The dossier version the last SMS code is bound to. */
  codeSentForVersion: number | null;
  /**
   * Each signer's code and signature, voided by any save (absent from dossiers stored before
   * there were two signers: read with `signerRecord`).
   */
  signers?: Partial<Record<Signer, SignerRecord>>;
  /** Signed by every required signer online, or declared signed by hand and posted. */
  signedAt: string | null;
  signatureMethod: SignatureMethod | null;
  paperReceived: boolean;
  paperReceivedAt: string | null;
  /**
   * When the dossier first became complete and signed, as received by CERTINOMIS (online
   * signature, or the paper dossier's arrival): the Express 48 h promise counts from it.
   */
  completedAt: string | null;

  // Payment.
  paid: boolean;
  payment: PaymentRecord | null;

  // Outcome.
  certificate: CertificateRecord | null;
  issuedAt: string | null;
  shipment: ShipmentRecord | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  refusalReason: string | null;
  refusedAt: string | null;
  /** The last revocation request (absent from dossiers stored before revocations: read `?? null`). */
  revocation?: RevocationRecord | null;
  /** When the certificate was revoked (state `revoked`). */
  revokedAt?: string | null;

  /** Why the last event was refused (empty after an accepted one). */
  issues: FieldIssue[];
}

/** A fresh dossier ("Demande à compléter"). */
export function initialDossierContext(input: DossierInput): DossierContext {
  return {
    orderReference: input.orderReference,
    productCode: input.productCode,
    validityYears: input.validityYears,
    express: input.express === true,
    paymentMethod: input.paymentMethod,
    prefill: input.prefill ? structuredCopy(input.prefill) : null,
    organisation: null,
    mandataire: null,
    beneficiaire: null,
    delivery: null,
    identity: null,
    signature: null,
    identityStatus: 'none',
    documentUploaded: false,
    identityDocumentId: null,
    identitySubmittedAt: null,
    identityVerifiedAt: null,
    identityRefusalReason: null,
    codeSentAt: null,
    codeSentForVersion: null,
    signers: {},
    signedAt: null,
    signatureMethod: null,
    paperReceived: false,
    paperReceivedAt: null,
    completedAt: null,
    paid: input.paid === true,
    payment: null,
    certificate: null,
    issuedAt: null,
    shipment: null,
    cancelReason: null,
    cancelledAt: null,
    refusalReason: null,
    refusedAt: null,
    revocation: null,
    revokedAt: null,
    issues: [],
  };
}

/** A deep copy of plain JSON data (undefined members dropped). */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The time zone the dossier's times are shown in: the organisation's (its saved step, else the
 * order's address), by the one rule of `machines/rules/time-zone.ts`.
 */
export function dossierTimeZone(
  context: Partial<Pick<DossierContext, 'organisation' | 'prefill'>> | null | undefined,
): TimeZone {
  const organisation = context?.organisation ?? context?.prefill?.organisation;
  return timeZoneOf(organisation?.postalCode, organisation?.country);
}
