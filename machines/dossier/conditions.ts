/**
 * Pure conditions on a dossier's context: is each step complete, which steps the buyer may
 * reach, is the dossier complete (ready to sign), and what is missing to issue the
 * certificate ("Quand le dossier est complet, signé et reçu par Certinomis, le certificat
 * sera généré"; for transfer and cheque, only once the payment is received).
 */
import '../messages/dossier.ts';
import * as v from 'valibot';
import type { MessageKey } from '../messages/messages.ts';
import { type FieldIssue, toFieldIssues } from '../purchase/step-issues.ts';
import {
  type DeliveryStep,
  DOSSIER_STEPS,
  type DossierStep,
  dossierStepSchemas,
  type IdentityStep,
  type Person,
} from '../schemas/dossier.ts';
import type { DossierContext } from './context.ts';

export type { FieldIssue };

/** The steps whose data makes the dossier complete (the signature is the act of signing it). */
export const DATA_STEPS = [
  'organisation',
  'mandataire',
  'beneficiaire',
  'delivery',
  'identity',
] as const satisfies readonly DossierStep[];

export function isDossierStep(value: unknown): value is DossierStep {
  return typeof value === 'string' && (DOSSIER_STEPS as readonly string[]).includes(value);
}

/** The step after `step` (the signature is the last one: itself). */
export function nextStep(step: DossierStep): DossierStep {
  const index = DOSSIER_STEPS.indexOf(step);
  return DOSSIER_STEPS[index + 1] ?? step;
}

/** Delivery by mail needs an online identity check (a face-to-face check happens at the post office). */
export function mailNeedsOnlineIdentity(
  delivery: Pick<DeliveryStep, 'mode'> | null,
  identity: Pick<IdentityStep, 'method'> | null,
): boolean {
  return delivery?.mode === 'mail' && identity !== null && identity.method !== 'online';
}

/**
 * What is wrong with a step's stored data: the step not given yet (`<step>`,
 * `validation.step_incomplete`), its schema's issues (`<step>.<field>`), or the rule between
 * delivery and identity. Empty: the step is complete.
 */
export function stepIssues(step: DossierStep, context: DossierContext): FieldIssue[] {
  const data = context[step];
  if (data === null) return [{ field: step, key: 'validation.step_incomplete' }];
  const result = v.safeParse(dossierStepSchemas[step], data);
  if (!result.success) return toFieldIssues(result.issues, step);
  if (step === 'delivery' && mailNeedsOnlineIdentity(context.delivery, context.identity)) {
    return [{ field: 'delivery.mode', key: 'validation.mail_requires_online_identity' }];
  }
  return [];
}

export function isStepComplete(step: DossierStep, context: DossierContext): boolean {
  return stepIssues(step, context).length === 0;
}

/** A step the buyer may show or save: every step before it is complete. */
export function isStepReachable(step: DossierStep, context: DossierContext): boolean {
  const index = DOSSIER_STEPS.indexOf(step);
  return DOSSIER_STEPS.slice(0, index).every((before) => isStepComplete(before, context));
}

/** The steps the buyer may show now, in screen order. */
export function reachableSteps(context: DossierContext): DossierStep[] {
  return DOSSIER_STEPS.filter((step) => isStepReachable(step, context));
}

/**
 * Why the dossier cannot be signed yet: each incomplete step, and the ID scan when the identity
 * is checked online. Empty: complete.
 */
export function completenessIssues(context: DossierContext): FieldIssue[] {
  const issues = DATA_STEPS.flatMap((step) => stepIssues(step, context));
  if (context.identity?.method === 'online' && !context.documentUploaded) {
    issues.push({ field: 'identity.document', key: 'validation.identity_document_required' });
  }
  return issues;
}

/**
 * Every step's data is given and valid, and the ID scan is uploaded when the identity is
 * checked online: the dossier can be signed.
 */
export function isComplete(context: DossierContext): boolean {
  return completenessIssues(context).length === 0;
}

export type IssueCondition =
  | 'dossier_incomplete'
  | 'not_signed'
  | 'paper_not_received'
  | 'identity_not_verified'
  | 'payment_not_received';

/** Administrative mandates are paid after invoicing: the certificate does not wait for them. */
export function paymentRequired(context: DossierContext): boolean {
  return context.paymentMethod !== 'mandate' && !context.paid;
}

/**
 * Exactly the conditions missing to issue the certificate, in this order: the dossier is
 * complete, signed, (handwritten) its paper received, the identity verified, and the payment
 * received unless it is an administrative mandate. Empty: the certificate may be issued.
 */
export function missingForIssue(context: DossierContext): IssueCondition[] {
  const missing: IssueCondition[] = [];
  if (!isComplete(context)) missing.push('dossier_incomplete');
  if (context.signedAt === null) missing.push('not_signed');
  if (context.signatureMethod === 'handwritten' && !context.paperReceived) {
    missing.push('paper_not_received');
  }
  if (context.identityStatus !== 'verified') missing.push('identity_not_verified');
  if (paymentRequired(context)) missing.push('payment_not_received');
  return missing;
}

/** The message key of a missing condition. */
export function missingKey(condition: IssueCondition): MessageKey {
  return `dossier.missing.${condition}`;
}

/** The person the certificate is issued to (the mandataire when "same as mandataire"). */
export function beneficiaryOf(
  context: Pick<DossierContext, 'beneficiaire' | 'mandataire'>,
): Person | null {
  const beneficiaire = context.beneficiaire;
  if (beneficiaire === null) return null;
  return beneficiaire.sameAsMandataire ? context.mandataire : beneficiaire.person;
}

const EXPRESS_HOURS = 48;

/** Express: when the certificate must have shipped (48 h after the complete dossier), or null. */
export function shipBy(context: DossierContext): string | null {
  if (!context.express || context.completedAt === null) return null;
  const completed = Date.parse(context.completedAt);
  if (Number.isNaN(completed)) return null;
  return new Date(completed + EXPRESS_HOURS * 3_600_000).toISOString();
}

/**
 * `iso` plus `years` calendar years, same time of day in UTC; 29 February gives 28 February of
 * a common year (a certificate never outlives its validity).
 */
export function addYears(iso: string, years: number): string {
  const date = new Date(iso);
  const month = date.getUTCMonth();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  if (date.getUTCMonth() !== month) date.setUTCDate(0);
  return date.toISOString();
}
