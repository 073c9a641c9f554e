import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { beneficiaireData, mandataireData, organisationData } from '../dossier/test-fixtures.ts';
import { isMessageKey } from '../messages/index.ts';
import { toFieldIssues } from '../purchase/step-issues.ts';
import {
  beneficiaireStepSchema,
  certificateIssuedSchema,
  certificateShippedSchema,
  customerDossierEventSchema,
  DOSSIER_EVENT_TYPES,
  deliveryStepSchema,
  dossierEventSchema,
  dossierEventSchemas,
  dossierStepSchemas,
  identityStepSchema,
  mandataireStepSchema,
  organisationStepSchema,
  paymentReceivedSchema,
  personSchema,
  signatureStepSchema,
} from './dossier.ts';

/** `{ field: key }` of a failed parse, as the machine reports it (first issue per field). */
function issuesOf(schema: v.GenericSchema, input: unknown): Record<string, string> {
  const result = v.safeParse(schema, input);
  if (result.success) return {};
  return Object.fromEntries(toFieldIssues(result.issues).map((issue) => [issue.field, issue.key]));
}

describe('organisationStepSchema', () => {
  it('normalises the SIRET and defaults the country to FR', () => {
    const { country: _, ...withoutCountry } = organisationData;
    expect(v.parse(organisationStepSchema, withoutCountry)).toEqual({
      ...organisationData,
      siret: '81234567600017',
      country: 'FR',
    });
  });

  it.each([
    [{ siret: '' }, 'siret', 'validation.required'],
    [{ siret: '1234' }, 'siret', 'validation.siret_format'],
    [{ siret: '81234567600018' }, 'siret', 'validation.siret_checksum'],
    [{ postalCode: '7501' }, 'postalCode', 'validation.postal_code'],
    [{ city: '' }, 'city', 'validation.required'],
    [{ name: 'x'.repeat(201) }, 'name', 'validation.too_long'],
  ])('%j → %s %s', (patch, field, key) => {
    expect(issuesOf(organisationStepSchema, { ...organisationData, ...patch })[field]).toBe(key);
  });

  it('accepts a foreign postal code', () => {
    expect(
      v.is(organisationStepSchema, { ...organisationData, country: 'be', postalCode: '1000' }),
    ).toBe(true);
  });
});

describe('personSchema', () => {
  it('trims, normalises the mobile to E.164 and is idempotent', () => {
    const person = v.parse(personSchema, mandataireData);
    expect(person).toEqual({
      civility: 'MR',
      firstName: 'Jean-Baptiste',
      lastName: 'POQUELIN',
      email: 'jb.poquelin@moliere.fr',
      mobile: '+33612345678',
      function: 'Directeur',
    });
    expect(v.parse(personSchema, person)).toEqual(person);
    expect(mandataireStepSchema).toBe(personSchema);
  });

  it.each([
    ['07 98 76 54 32', '+33798765432'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
  ])('accepts the mobile %s', (mobile, e164) => {
    expect(v.parse(personSchema, { ...mandataireData, mobile }).mobile).toBe(e164);
  });

  it.each([
    [{ mobile: '01 02 03 04 05' }, 'mobile', 'validation.mobile_fr'],
    [{ mobile: '09 12 34 56 78' }, 'mobile', 'validation.mobile_fr'],
    [{ mobile: '+32 470 12 34 56' }, 'mobile', 'validation.mobile_fr'],
    [{ mobile: ' ' }, 'mobile', 'validation.required'],
    [{ firstName: 'x'.repeat(101) }, 'firstName', 'validation.too_long'],
    [{ lastName: '' }, 'lastName', 'validation.required'],
    [{ email: 'nope' }, 'email', 'validation.email'],
    [{ civility: 'MLLE' }, 'civility', 'validation.civility'],
    [{ function: '' }, 'function', 'validation.required'],
  ])('%j → %s %s', (patch, field, key) => {
    expect(issuesOf(personSchema, { ...mandataireData, ...patch })[field]).toBe(key);
  });
});

describe('beneficiaireStepSchema', () => {
  it('needs a person unless the mandataire is the bénéficiaire', () => {
    expect(v.parse(beneficiaireStepSchema, { sameAsMandataire: true, person: { x: 1 } })).toEqual({
      sameAsMandataire: true,
    });
    expect(v.parse(beneficiaireStepSchema, beneficiaireData)).toMatchObject({
      sameAsMandataire: false,
      person: { lastName: 'BEJART', mobile: '+33798765432' },
    });
    expect(v.safeParse(beneficiaireStepSchema, { sameAsMandataire: false }).success).toBe(false);
    expect(issuesOf(beneficiaireStepSchema, {})).toEqual({
      sameAsMandataire: 'validation.required',
    });
  });
});

describe('delivery, identity and signature steps', () => {
  it('accept their choices only', () => {
    expect(v.is(deliveryStepSchema, { recipient: 'mandataire', mode: 'mail' })).toBe(true);
    expect(issuesOf(deliveryStepSchema, { recipient: 'porteur', mode: 'pigeon' })).toEqual({
      recipient: 'validation.choice',
      mode: 'validation.choice',
    });
    expect(v.is(identityStepSchema, { method: 'face_to_face' })).toBe(true);
    expect(issuesOf(identityStepSchema, { method: 'video' })).toEqual({
      method: 'validation.choice',
    });
    expect(v.is(signatureStepSchema, { method: 'handwritten' })).toBe(true);
    expect(issuesOf(signatureStepSchema, {})).toEqual({ method: 'validation.required' });
  });

  it('has a schema per step', () => {
    expect(Object.keys(dossierStepSchemas)).toEqual([
      'organisation',
      'mandataire',
      'beneficiaire',
      'delivery',
      'identity',
      'signature',
    ]);
  });
});

describe('operator payloads', () => {
  it('payment: integer cents, optional transfer and cheque details', () => {
    expect(v.parse(paymentReceivedSchema, { amount: 13_200, reference: ' ', bank: '' })).toEqual({
      amount: 13_200,
      reference: undefined,
      bank: undefined,
    });
    expect(v.parse(paymentReceivedSchema, { amount: 1, chequeNumber: '123 4567' })).toMatchObject({
      chequeNumber: '1234567',
    });
    for (const amount of [0, -5, 1.5, '100', Number.NaN]) {
      expect(issuesOf(paymentReceivedSchema, { amount })).toEqual({ amount: 'validation.amount' });
    }
  });

  it('certificate: hex serial 8–40, ISO notBefore normalised', () => {
    expect(
      v.parse(certificateIssuedSchema, {
        serialNumber: '0a:1b:2c:3d',
        notBefore: '2025-01-10T09:00:00+01:00',
      }),
    ).toEqual({ serialNumber: '0A1B2C3D', notBefore: '2025-01-10T08:00:00.000Z' });
    expect(
      issuesOf(certificateIssuedSchema, { serialNumber: '0A1B2C3', notBefore: '2025-01-10' }),
    ).toEqual({ serialNumber: 'validation.serial_number', notBefore: 'validation.datetime' });
    expect(
      issuesOf(certificateIssuedSchema, { serialNumber: 'F'.repeat(41), notBefore: '' }),
    ).toEqual({ serialNumber: 'validation.serial_number', notBefore: 'validation.required' });
  });

  it('shipment: carrier and tracking number', () => {
    expect(
      v.parse(certificateShippedSchema, { carrier: ' Chronopost ', trackingNumber: 'xy 1234 fr' }),
    ).toEqual({ carrier: 'Chronopost', trackingNumber: 'XY1234FR' });
    expect(issuesOf(certificateShippedSchema, { carrier: '', trackingNumber: '12' })).toEqual({
      carrier: 'validation.required',
      trackingNumber: 'validation.tracking_number',
    });
  });
});

describe('dossierEventSchema', () => {
  it('has a schema per event type, and strips a time sent by a client', () => {
    expect(Object.keys(dossierEventSchemas)).toEqual(DOSSIER_EVENT_TYPES);
    expect(
      v.parse(dossierEventSchema, { type: 'paper.received', at: '1999-01-01T00:00:00Z' }),
    ).toEqual({ type: 'paper.received' });
  });

  it('validates each body', () => {
    expect(
      v.parse(dossierEventSchema, {
        type: 'dossier.save',
        step: 'delivery',
        data: { mode: 'mail' },
      }),
    ).toEqual({ type: 'dossier.save', step: 'delivery', data: { mode: 'mail' } });
    expect(issuesOf(dossierEventSchema, { type: 'dossier.goTo', step: 'payment' })).toEqual({
      step: 'validation.step',
    });
    expect(issuesOf(dossierEventSchema, { type: 'dossier.save', step: 'delivery' })).toEqual({
      data: 'validation.required',
    });
    expect(issuesOf(dossierEventSchema, { type: 'signature.codeSent', version: -1 })).toEqual({
      version: 'validation.version',
    });
    expect(issuesOf(dossierEventSchema, { type: 'identity.refused', reason: '' })).toEqual({
      reason: 'validation.required',
    });
    expect(
      issuesOf(dossierEventSchema, { type: 'order.cancelled', reason: 'x'.repeat(501) }),
    ).toEqual({ reason: 'validation.too_long' });
    expect(issuesOf(dossierEventSchema, { type: 'dossier.delete' })).toEqual({
      type: 'validation.event_type',
    });
  });

  it('lets a buyer post only their own events', () => {
    expect(v.is(customerDossierEventSchema, { type: 'signature.choosePaper' })).toBe(true);
    expect(issuesOf(customerDossierEventSchema, { type: 'identity.verified' })).toEqual({
      type: 'validation.event_type',
    });
  });

  it('uses message keys only', () => {
    const samples: unknown[] = [
      { type: 'dossier.save', step: 'x', data: 1 },
      { type: 'payment.received', amount: 'x', reference: 3, chequeNumber: 'abc', bank: 4 },
      { type: 'certificate.issued', serialNumber: 1, notBefore: 2 },
      { type: 'certificate.shipped' },
      { type: 'identity.documentUploaded', documentId: '' },
      {},
    ];
    for (const sample of samples) {
      const result = v.safeParse(dossierEventSchema, sample);
      expect(result.success).toBe(false);
      for (const issue of result.issues ?? []) {
        // valibot's own English messages (missing key, wrong type) become validation.required / type.
        if (issue.kind !== 'schema') expect(isMessageKey(issue.message), issue.message).toBe(true);
      }
    }
    for (const step of Object.values(dossierStepSchemas)) {
      const result = v.safeParse(step as v.GenericSchema, {
        method: 'x',
        mode: 'x',
        recipient: 'x',
      });
      for (const issue of result.issues ?? []) {
        if (issue.kind !== 'schema') expect(isMessageKey(issue.message), issue.message).toBe(true);
      }
    }
  });
});
