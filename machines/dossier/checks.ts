/**
 * Why the dossier machine would refuse an event, as field issues (empty: accepted). Two parts:
 *
 * - `contextIssues(type, context, phase)`: what depends only on where the dossier stands (its
 *   phase and context), whatever the payload — `acceptedEvents` lists the types for which it
 *   is empty;
 * - the payload's own issues (the event schemas, the step schemas, the rules between fields).
 *
 * The machine's guards accept an event exactly when `eventIssues` is empty, and a refused
 * event stores these issues in `context.issues` and changes nothing else.
 */
import '../messages/dossier.ts';
import * as v from 'valibot';
import { type FieldIssue, toFieldIssues } from '../purchase/step-issues.ts';
import {
  type DossierEventType,
  type DossierStep,
  type DossierStepData,
  dossierEventSchemas,
  dossierStepSchemas,
  isoDateTimeSchema,
  type SignatureMethod,
} from '../schemas/dossier.ts';
import {
  completenessIssues,
  isDossierStep,
  isStepReachable,
  mailNeedsOnlineIdentity,
  missingForIssue,
  missingKey,
} from './conditions.ts';
import type { DossierContext } from './context.ts';
import { type DossierEvent, isUntimed } from './events.ts';
import { hasSigned, isRequiredSigner, SIGNERS, signerRecord, unsignedSigners } from './signers.ts';

/**
 * Where the dossier stands, as far as events are concerned: the buyer fills it in (`editing`),
 * it is signed and with CERTINOMIS (`submitted`: paper awaited or under review), the
 * certificate is issued (`issued`), or nothing more happens (`closed`: shipped, at the post
 * office, cancelled, refused).
 */
export type DossierPhase = 'editing' | 'submitted' | 'issued' | 'closed';

const READ_ONLY: FieldIssue = { field: 'dossier', key: 'validation.dossier_read_only' };

/** The field prefix of each event's payload issues (the part of the dossier it is about). */
const PAYLOAD_PREFIX: Partial<Record<DossierEventType, string>> = {
  'identity.documentUploaded': 'identity',
  'signature.codeSent': 'signature',
  'identity.refused': 'identity',
  'payment.received': 'payment',
  'certificate.issued': 'certificate',
  'certificate.shipped': 'shipment',
  'order.cancelled': 'cancellation',
  'dossier.refused': 'refusal',
  'revocation.requested': 'revocation',
  'revocation.refused': 'revocation',
};

const REVOCATION_PENDING: FieldIssue = {
  field: 'revocation',
  key: 'validation.revocation_pending',
};
const CODE_REQUIRED: FieldIssue = {
  field: 'signature.code',
  key: 'validation.signature_code_required',
};
const NO_REVOCATION: FieldIssue = { field: 'revocation', key: 'validation.revocation_none' };

/** Signing with `method`: the dossier complete, the method chosen at the signature step. */
function signingIssues(context: DossierContext, method: SignatureMethod): FieldIssue[] {
  const issues = completenessIssues(context);
  if (context.signature?.method !== method) {
    issues.push({ field: 'signature.method', key: 'validation.signature_method' });
  }
  return issues;
}

function identityCheckIssues(context: DossierContext, refusing: boolean): FieldIssue[] {
  if (context.identity === null) return [{ field: 'identity', key: 'validation.step_incomplete' }];
  if (context.identityStatus === 'verified') {
    return [{ field: 'identity', key: 'validation.identity_already_verified' }];
  }
  if (context.identity.method === 'online') {
    const reviewable =
      context.identityStatus === 'submitted' || (refusing && context.identityStatus === 'refused');
    if (!reviewable)
      return [{ field: 'identity.document', key: 'validation.identity_not_submitted' }];
  }
  return [];
}

/**
 * What refuses an event of `type` whatever its payload, in `phase` (the states that handle the
 * event at all are the machine's business).
 */
export function contextIssues(
  type: DossierEventType,
  context: DossierContext,
  phase: DossierPhase,
): FieldIssue[] {
  switch (type) {
    case 'dossier.save':
    case 'dossier.goTo':
      return phase === 'editing' ? [] : [READ_ONLY];
    case 'identity.documentUploaded':
      if (phase !== 'editing' && !(phase === 'submitted' && context.identityStatus === 'refused')) {
        return [READ_ONLY];
      }
      return context.identity?.method === 'online'
        ? []
        : [{ field: 'identity.method', key: 'validation.identity_not_online' }];
    case 'signature.codeSent':
      return signingIssues(context, 'online');
    case 'signature.signedOnline': {
      // Someone may sign: an unsigned signer holds a live code (which one: `signerIssues`).
      const issues = signingIssues(context, 'online');
      const live = unsignedSigners(context).some(
        (signer) => signerRecord(context, signer).codeSentForVersion !== null,
      );
      if (!live) issues.push(CODE_REQUIRED);
      return issues;
    }
    case 'signature.choosePaper':
      return signingIssues(context, 'handwritten');
    case 'identity.verified':
      return identityCheckIssues(context, false);
    case 'identity.refused':
      return identityCheckIssues(context, true);
    case 'payment.received':
      return context.paid ? [{ field: 'payment', key: 'validation.already_paid' }] : [];
    case 'certificate.issued':
      return missingForIssue(context).map((condition) => ({
        field: 'certificate',
        key: missingKey(condition),
      }));
    case 'certificate.shipped':
      return context.delivery?.mode === 'mail'
        ? []
        : [{ field: 'delivery.mode', key: 'validation.delivery_not_mail' }];
    case 'certificate.atPostOffice':
      return context.delivery?.mode === 'post_office'
        ? []
        : [{ field: 'delivery.mode', key: 'validation.delivery_not_post_office' }];
    case 'revocation.requested':
      return context.revocation?.status === 'requested' ? [REVOCATION_PENDING] : [];
    case 'revocation.confirmed':
    case 'revocation.refused':
      return context.revocation?.status === 'requested' ? [] : [NO_REVOCATION];
    case 'paper.received':
    case 'order.cancelled':
    case 'dossier.refused':
      return [];
  }
}

export type SaveResult<S extends DossierStep = DossierStep> =
  | { ok: true; step: S; value: DossierStepData[S] }
  | { ok: false; issues: FieldIssue[] };

/** Where the buyer may go: a known step whose predecessors are complete. */
export function goToIssues(context: DossierContext, step: unknown): FieldIssue[] {
  if (!isDossierStep(step)) return [{ field: 'step', key: 'validation.step' }];
  return isStepReachable(step, context) ? [] : [{ field: 'step', key: 'validation.step_locked' }];
}

/**
 * `dossier.save`: a reachable step, its data valid for the step's schema (issues on
 * `<step>.<field>`), and mail delivery only with an online identity check — reported on
 * `delivery.mode` when choosing the delivery, on `identity.method` when choosing the identity.
 */
export function parseSave(context: DossierContext, step: unknown, data: unknown): SaveResult {
  const stepIssues = goToIssues(context, step);
  if (stepIssues.length > 0 || !isDossierStep(step)) return { ok: false, issues: stepIssues };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ field: step, key: 'validation.type' }] };
  }
  const schema: v.GenericSchema<unknown, DossierStepData[typeof step]> = dossierStepSchemas[step];
  const result = v.safeParse(schema, data);
  if (!result.success) return { ok: false, issues: toFieldIssues(result.issues, step) };
  const value = result.output;
  if (step === 'delivery') {
    const delivery = value as DossierStepData['delivery'];
    if (mailNeedsOnlineIdentity(delivery, context.identity)) {
      return {
        ok: false,
        issues: [{ field: 'delivery.mode', key: 'validation.mail_requires_online_identity' }],
      };
    }
  }
  if (step === 'identity') {
    const identity = value as DossierStepData['identity'];
    if (mailNeedsOnlineIdentity(context.delivery, identity)) {
      return {
        ok: false,
        issues: [{ field: 'identity.method', key: 'validation.mail_requires_online_identity' }],
      };
    }
  }
  return { ok: true, step, value };
}

/**
 * The signer named by a code or a signature: one the dossier needs (the bénéficiaire only when
 * another person), who has not signed yet, and who has a live code to sign with.
 */
function signerIssues(event: DossierEvent, context: DossierContext): FieldIssue[] {
  if (event.type !== 'signature.codeSent' && event.type !== 'signature.signedOnline') return [];
  const signer = event.signer ?? 'mandataire';
  if (!(SIGNERS as readonly unknown[]).includes(signer)) return [];
  if (!isRequiredSigner(context, signer)) {
    return [{ field: 'signer', key: 'validation.signer_not_required' }];
  }
  if (hasSigned(context, signer)) return [{ field: 'signer', key: 'validation.signer_signed' }];
  const codeless = signerRecord(context, signer).codeSentForVersion === null;
  return event.type === 'signature.signedOnline' && codeless ? [CODE_REQUIRED] : [];
}

/** The payload's own issues (schema, time, Express carrier); `dossier.save`/`goTo` excepted. */
export function payloadIssues(event: DossierEvent, context: DossierContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const schema: v.GenericSchema | undefined = dossierEventSchemas[event.type];
  if (schema === undefined) return [{ field: 'type', key: 'validation.event_type' }];
  const result = v.safeParse(schema, event);
  if (!result.success) {
    issues.push(...toFieldIssues(result.issues, PAYLOAD_PREFIX[event.type] ?? ''));
  }
  if (!isUntimed(event.type) && !v.is(isoDateTimeSchema, (event as { at?: unknown }).at)) {
    issues.push({ field: 'at', key: 'validation.datetime' });
  }
  if (
    event.type === 'certificate.shipped' &&
    context.express &&
    typeof event.carrier === 'string' &&
    event.carrier.trim().toLowerCase() !== 'chronopost' &&
    !issues.some((issue) => issue.field === 'shipment.carrier')
  ) {
    issues.push({ field: 'shipment.carrier', key: 'validation.express_chronopost' });
  }
  return issues;
}

/** Everything that refuses `event` in `phase` (empty: the machine accepts it). */
export function eventIssues(
  event: DossierEvent,
  context: DossierContext,
  phase: DossierPhase,
): FieldIssue[] {
  const stateIssues = contextIssues(event.type, context, phase);
  switch (event.type) {
    case 'dossier.save': {
      if (stateIssues.length > 0) return stateIssues;
      const save = parseSave(context, event.step, event.data);
      return save.ok ? [] : save.issues;
    }
    case 'dossier.goTo':
      return stateIssues.length > 0 ? stateIssues : goToIssues(context, event.step);
    default: {
      const own = [...payloadIssues(event, context), ...signerIssues(event, context)];
      const said = (issue: FieldIssue) =>
        stateIssues.some((known) => known.field === issue.field && known.key === issue.key);
      return [...stateIssues, ...own.filter((issue) => !said(issue))];
    }
  }
}
