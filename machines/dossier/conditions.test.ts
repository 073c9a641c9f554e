import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  beneficiaireStepSchema,
  mandataireStepSchema,
  organisationStepSchema,
} from '../schemas/dossier.ts';
import {
  addYears,
  beneficiaryOf,
  completenessIssues,
  type IssueCondition,
  isComplete,
  isStepReachable,
  missingForIssue,
  nextStep,
  reachableSteps,
  shipBy,
  stepIssues,
} from './conditions.ts';
import { type DossierContext, initialDossierContext } from './context.ts';
import { beneficiaireData, mandataireData, orderInput, organisationData } from './test-fixtures.ts';

function context(overrides: Partial<DossierContext> = {}): DossierContext {
  return { ...initialDossierContext(orderInput()), ...overrides };
}

const mandataire = v.parse(mandataireStepSchema, mandataireData);

/** Every step given: online identity with its scan, delivery by mail. */
function complete(overrides: Partial<DossierContext> = {}): DossierContext {
  return context({
    organisation: v.parse(organisationStepSchema, organisationData),
    mandataire,
    beneficiaire: { sameAsMandataire: true },
    delivery: { recipient: 'mandataire', mode: 'mail' },
    identity: { method: 'online' },
    documentUploaded: true,
    identityStatus: 'submitted',
    ...overrides,
  });
}

describe('steps', () => {
  it('orders the steps, the signature last', () => {
    expect(nextStep('organisation')).toBe('mandataire');
    expect(nextStep('identity')).toBe('signature');
    expect(nextStep('signature')).toBe('signature');
  });

  it('reports a step not given, and the delivery/identity rule', () => {
    expect(stepIssues('organisation', context())).toEqual([
      { field: 'organisation', key: 'validation.step_incomplete' },
    ]);
    expect(stepIssues('organisation', complete())).toEqual([]);
    expect(stepIssues('delivery', complete({ identity: { method: 'face_to_face' } }))).toEqual([
      { field: 'delivery.mode', key: 'validation.mail_requires_online_identity' },
    ]);
  });

  it('reaches a step when every step before it is complete', () => {
    expect(reachableSteps(context())).toEqual(['organisation']);
    expect(reachableSteps(complete({ delivery: null }))).toEqual([
      'organisation',
      'mandataire',
      'beneficiaire',
      'delivery',
    ]);
    expect(isStepReachable('signature', complete({ documentUploaded: false }))).toBe(true);
  });
});

describe('isComplete', () => {
  it('needs every step and, online, the ID scan', () => {
    expect(isComplete(complete())).toBe(true);
    expect(isComplete(complete({ signature: null }))).toBe(true);
    expect(completenessIssues(complete({ documentUploaded: false }))).toEqual([
      { field: 'identity.document', key: 'validation.identity_document_required' },
    ]);
    expect(
      isComplete(
        complete({
          identity: { method: 'face_to_face' },
          delivery: { recipient: 'beneficiaire', mode: 'post_office' },
          documentUploaded: false,
        }),
      ),
    ).toBe(true);
    expect(completenessIssues(complete({ mandataire: null, beneficiaire: null }))).toEqual([
      { field: 'mandataire', key: 'validation.step_incomplete' },
      { field: 'beneficiaire', key: 'validation.step_incomplete' },
    ]);
  });
});

describe('missingForIssue', () => {
  const signedOnline = { signedAt: '2025-01-06T09:10:00.000Z', signatureMethod: 'online' } as const;
  const ready = (overrides: Partial<DossierContext> = {}) =>
    complete({ ...signedOnline, identityStatus: 'verified', paid: true, ...overrides });

  it.each<[string, Partial<DossierContext>, IssueCondition[]]>([
    ['nothing', {}, []],
    ['an incomplete dossier', { organisation: null }, ['dossier_incomplete']],
    ['no signature', { signedAt: null, signatureMethod: null }, ['not_signed']],
    [
      'the paper dossier',
      { signatureMethod: 'handwritten', paperReceived: false },
      ['paper_not_received'],
    ],
    ['the identity check (submitted)', { identityStatus: 'submitted' }, ['identity_not_verified']],
    ['the identity check (refused)', { identityStatus: 'refused' }, ['identity_not_verified']],
    ['the transfer', { paid: false }, ['payment_not_received']],
    ['the cheque', { paid: false, paymentMethod: 'cheque' }, ['payment_not_received']],
    ['nothing for an unpaid mandate', { paid: false, paymentMethod: 'mandate' }, []],
  ])('lists %s', (_, overrides, expected) => {
    expect(missingForIssue(ready(overrides))).toEqual(expected);
  });

  it('lists every missing condition of a fresh dossier', () => {
    expect(missingForIssue(context())).toEqual([
      'dossier_incomplete',
      'not_signed',
      'identity_not_verified',
      'payment_not_received',
    ]);
    expect(
      missingForIssue(
        ready({ signatureMethod: 'handwritten', identityStatus: 'none', paid: false }),
      ),
    ).toEqual(['paper_not_received', 'identity_not_verified', 'payment_not_received']);
  });
});

describe('helpers', () => {
  it('finds the bénéficiaire', () => {
    expect(beneficiaryOf(context())).toBeNull();
    expect(beneficiaryOf(complete())).toEqual(mandataire);
    const other = complete({ beneficiaire: v.parse(beneficiaireStepSchema, beneficiaireData) });
    expect(beneficiaryOf(other)?.lastName).toBe('BEJART');
  });

  it('adds calendar years, 29 February giving 28 February', () => {
    expect(addYears('2025-01-10T08:00:00.000Z', 3)).toBe('2028-01-10T08:00:00.000Z');
    expect(addYears('2024-02-29T12:00:00.000Z', 1)).toBe('2025-02-28T12:00:00.000Z');
    expect(addYears('2024-02-29T12:00:00.000Z', 4)).toBe('2028-02-29T12:00:00.000Z');
    expect(addYears('2025-12-31T23:59:59.000Z', 2)).toBe('2027-12-31T23:59:59.000Z');
  });

  it('gives the Express deadline: 48 h after the complete dossier', () => {
    const completedAt = '2025-01-09T08:00:00.000Z';
    expect(shipBy(context({ express: true, completedAt }))).toBe('2025-01-11T08:00:00.000Z');
    expect(shipBy(context({ express: false, completedAt }))).toBeNull();
    expect(shipBy(context({ express: true }))).toBeNull();
  });
});
