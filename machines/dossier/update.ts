/**
 * The context changes of accepted dossier events (pure). Called by the machine only once the
 * event is accepted (`eventIssues` empty): payloads are parsed again here for their normalised
 * form (SIRET digits, E.164 mobile, uppercase serial number, ISO dates).
 */
import * as v from 'valibot';
import {
  certificateIssuedSchema,
  certificateShippedSchema,
  type DossierStep,
  type DossierStepData,
  type IdentityStep,
  paymentReceivedSchema,
} from '../schemas/dossier.ts';
import { parseSave } from './checks.ts';
import { addYears } from './conditions.ts';
import type { DossierContext } from './context.ts';
import type { DossierEvent } from './events.ts';
import { completesSignatures, signerRecord, signerRecords } from './signers.ts';

/** A code sent for online signature no longer holds once the dossier changes. */
const CODE_VOIDED = { codeSentAt: null, codeSentForVersion: null } as const;

/** Any change to the dossier voids every signer's code and signature (`dossier/signers.ts`). */
const SIGNATURES_VOIDED = {
  ...CODE_VOIDED,
  signers: {},
} as const satisfies Partial<DossierContext>;

/** `dossier.save` of valid data: stored; an identity check other than online forgets the scan. */
function saveUpdate(
  step: DossierStep,
  value: DossierStepData[DossierStep],
): Partial<DossierContext> {
  const update: Partial<DossierContext> = { [step]: value, ...SIGNATURES_VOIDED, issues: [] };
  if (step === 'identity' && (value as IdentityStep).method !== 'online') {
    Object.assign(update, {
      documentUploaded: false,
      identityDocumentId: null,
      identityStatus: 'none',
      identitySubmittedAt: null,
      identityRefusalReason: null,
    } satisfies Partial<DossierContext>);
  }
  return update;
}

/** The ISO form of a valid event time. */
function time(event: { at: string }): string {
  return new Date(event.at).toISOString();
}

/** The context after an accepted `event` (only what changes, `issues` cleared). */
export function acceptedUpdate(
  context: DossierContext,
  event: DossierEvent,
): Partial<DossierContext> {
  switch (event.type) {
    case 'dossier.save': {
      const save = parseSave(context, event.step, event.data);
      if (!save.ok) return { issues: save.issues };
      return saveUpdate(save.step, save.value);
    }
    case 'dossier.goTo':
      return { issues: [] };
    case 'identity.documentUploaded':
      return {
        documentUploaded: true,
        identityDocumentId: event.documentId.trim(),
        identityStatus: 'submitted',
        identitySubmittedAt: time(event),
        identityRefusalReason: null,
        // Before signing, a new scan changes what is signed.
        ...(context.signedAt === null ? SIGNATURES_VOIDED : {}),
        issues: [],
      };
    case 'signature.codeSent': {
      const who = event.signer ?? 'mandataire';
      const code = { codeSentAt: time(event), codeSentForVersion: event.version };
      const signer = { ...signerRecord(context, who), ...code };
      return { ...code, signers: { ...signerRecords(context), [who]: signer }, issues: [] };
    }
    case 'signature.signedOnline': {
      const who = event.signer ?? 'mandataire';
      const signed = { codeSentAt: null, codeSentForVersion: null, signedAt: time(event) };
      const signers = { ...signerRecords(context), [who]: signed };
      if (!completesSignatures(context, who)) return { signers, issues: [] };
      return {
        signers,
        signedAt: time(event),
        signatureMethod: 'online',
        completedAt: context.completedAt ?? time(event),
        ...CODE_VOIDED,
        issues: [],
      };
    }
    case 'signature.choosePaper':
      return { signedAt: time(event), signatureMethod: 'handwritten', ...CODE_VOIDED, issues: [] };
    case 'paper.received':
      return {
        paperReceived: true,
        paperReceivedAt: time(event),
        completedAt: context.completedAt ?? time(event),
        issues: [],
      };
    case 'identity.verified':
      return {
        identityStatus: 'verified',
        identityVerifiedAt: time(event),
        identityRefusalReason: null,
        issues: [],
      };
    case 'identity.refused':
      return { identityStatus: 'refused', identityRefusalReason: event.reason.trim(), issues: [] };
    case 'payment.received': {
      const payment = v.parse(paymentReceivedSchema, event);
      return {
        paid: true,
        payment: {
          amount: payment.amount,
          reference: payment.reference ?? null,
          chequeNumber: payment.chequeNumber ?? null,
          bank: payment.bank ?? null,
          receivedAt: time(event),
        },
        issues: [],
      };
    }
    case 'certificate.issued': {
      const { serialNumber, notBefore } = v.parse(certificateIssuedSchema, event);
      return {
        certificate: {
          serialNumber,
          notBefore,
          notAfter: addYears(notBefore, context.validityYears),
        },
        issuedAt: time(event),
        issues: [],
      };
    }
    case 'certificate.shipped': {
      const { carrier, trackingNumber } = v.parse(certificateShippedSchema, event);
      return { shipment: { mode: 'mail', carrier, trackingNumber, at: time(event) }, issues: [] };
    }
    case 'certificate.atPostOffice':
      return { shipment: { mode: 'post_office', at: time(event) }, issues: [] };
    case 'order.cancelled':
      return { cancelReason: event.reason.trim(), cancelledAt: time(event), issues: [] };
    case 'dossier.refused':
      return { refusalReason: event.reason.trim(), refusedAt: time(event), issues: [] };
    case 'revocation.requested':
      return {
        revocation: {
          reason: event.reason,
          comment: (event.comment ?? '').trim(),
          requestedAt: time(event),
          status: 'requested',
          refusalReason: null,
          decidedAt: null,
        },
        issues: [],
      };
    case 'revocation.confirmed':
      return {
        ...(context.revocation
          ? { revocation: { ...context.revocation, decidedAt: time(event) } }
          : {}),
        revokedAt: time(event),
        issues: [],
      };
    case 'revocation.refused':
      return {
        ...(context.revocation
          ? {
              revocation: {
                ...context.revocation,
                status: 'refused',
                refusalReason: event.reason.trim(),
                decidedAt: time(event),
              },
            }
          : {}),
        issues: [],
      };
  }
}
