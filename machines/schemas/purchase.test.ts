import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../purchase/step-issues.ts';
import {
  billingDraft,
  chequeDraft,
  mandateDraft,
  transferDraft,
} from '../purchase/test-fixtures.ts';
import { toFieldErrors } from './field-errors.ts';
import {
  billingSchema,
  civilitySchema,
  customerSchema,
  paymentSchema,
  purchaseOptionsSchema,
} from './purchase.ts';
import { customer, problems, SIRET } from './test-problems.ts';

describe('civilitySchema', () => {
  it.each([
    ['MME', 'MME'],
    ['MR', 'MR'],
    [' mr ', 'MR'],
  ])('%j → %s', (input, output) => {
    expect(v.parse(civilitySchema, input)).toBe(output);
  });

  it('refuses anything else', () => {
    expect(problems(civilitySchema, 'MLLE')).toEqual({ '': 'validation.civility' });
    expect(problems(civilitySchema, '')).toEqual({ '': 'validation.required' });
    expect(problems(civilitySchema, undefined)).toEqual({ '': 'validation.required' });
  });
});

describe('customerSchema', () => {
  it('accepts the seed’s buyer and normalises it', () => {
    const output = v.parse(customerSchema, {
      ...customer,
      email: ' JB.Poquelin@Moliere.fr ',
      emailConfirmation: 'jb.poquelin@moliere.FR',
      siret: '812 345 676 00017',
      country: undefined,
      firstName: '  Jean-Baptiste ',
    });
    expect(output).toEqual({
      ...customer,
      email: 'jb.poquelin@moliere.fr',
      emailConfirmation: 'jb.poquelin@moliere.fr',
      phone: '+33102030405',
      siret: SIRET,
      country: 'FR',
    });
  });

  it('requires every field but the country', () => {
    expect(problems(customerSchema, {})).toEqual({
      civility: 'validation.required',
      firstName: 'validation.required',
      lastName: 'validation.required',
      email: 'validation.required',
      emailConfirmation: 'validation.required',
      phone: 'validation.required',
      companyName: 'validation.required',
      siret: 'validation.required',
      address: 'validation.required',
      postalCode: 'validation.required',
      city: 'validation.required',
    });
    expect(problems(customerSchema, { ...customer, lastName: '   ' })).toEqual({
      lastName: 'validation.required',
    });
  });

  it('checks the e-mail and its confirmation (reported on emailConfirmation)', () => {
    expect(problems(customerSchema, { ...customer, email: 'jb.poquelin@' })).toEqual({
      email: 'validation.email',
    });
    expect(
      problems(customerSchema, { ...customer, emailConfirmation: 'jb.poquelim@moliere.fr' }),
    ).toEqual({ emailConfirmation: 'validation.email_mismatch' });
  });

  it('reports a mismatch together with other fields’ problems', () => {
    expect(
      problems(customerSchema, { ...customer, city: '', emailConfirmation: 'x@moliere.fr' }),
    ).toEqual({ city: 'validation.required', emailConfirmation: 'validation.email_mismatch' });
  });

  it.each([
    ['0102030405', '+33102030405'],
    ['06 12 34 56 78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('French phone %s → %s', (phone, e164) => {
    expect(v.parse(customerSchema, { ...customer, phone }).phone).toBe(e164);
  });

  it('refuses a phone that is not French when the country is France', () => {
    expect(problems(customerSchema, { ...customer, phone: '12 34' })).toEqual({
      phone: 'validation.phone_fr',
    });
    expect(problems(customerSchema, { ...customer, phone: '+32 2 123 45 67' })).toEqual({
      phone: 'validation.phone_fr',
    });
  });

  it('checks foreign phones loosely and keeps them as typed', () => {
    const belgian = { ...customer, country: 'be', postalCode: '1000', phone: '+32 2 123 45 67' };
    expect(v.parse(customerSchema, belgian)).toMatchObject({
      country: 'BE',
      phone: '+32 2 123 45 67',
    });
    expect(problems(customerSchema, { ...belgian, phone: 'call me' })).toEqual({
      phone: 'validation.phone',
    });
    expect(problems(customerSchema, { ...belgian, phone: '+32 12' })).toEqual({
      phone: 'validation.phone',
    });
  });

  it.each([
    ['1234', 'validation.siret_format'],
    ['8123456760001A', 'validation.siret_format'],
    ['812345676000170', 'validation.siret_format'],
    ['12345678900001', 'validation.siret_checksum'],
    ['81234567600018', 'validation.siret_checksum'],
  ])('SIRET %s → %s', (siret, key) => {
    expect(problems(customerSchema, { ...customer, siret })).toEqual({ siret: key });
  });

  it('accepts La Poste SIRETs (digit-sum rule)', () => {
    expect(v.parse(customerSchema, { ...customer, siret: '356 000 000 10000' }).siret).toBe(
      '35600000010000',
    );
  });

  it('checks the postal code against the country', () => {
    expect(problems(customerSchema, { ...customer, postalCode: '7501' })).toEqual({
      postalCode: 'validation.postal_code',
    });
    expect(problems(customerSchema, { ...customer, postalCode: '2A004' })).toEqual({
      postalCode: 'validation.postal_code',
    });
    expect(problems(customerSchema, { ...customer, country: 'France' })).toEqual({
      country: 'validation.country',
    });
  });

  it('limits lengths, with the maximum as a parameter', () => {
    const result = v.safeParse(customerSchema, { ...customer, lastName: 'X'.repeat(101) });
    expect(result.success).toBe(false);
    expect(toFieldIssues(result.issues ?? [])).toEqual([
      { field: 'lastName', key: 'validation.too_long', params: { max: 100 } },
    ]);
    expect(toFieldErrors(result.issues ?? [], 'fr')).toEqual([
      { field: 'lastName', message: 'Ce champ ne doit pas dépasser 100 caractères.' },
    ]);
    expect(problems(customerSchema, { ...customer, address: 'X'.repeat(200) })).toEqual({});
    expect(problems(customerSchema, { ...customer, address: 'X'.repeat(201) })).toEqual({
      address: 'validation.too_long',
    });
  });

  it('refuses values of the wrong type', () => {
    expect(problems(customerSchema, { ...customer, firstName: 42 })).toEqual({
      firstName: 'validation.required',
    });
    expect(problems(customerSchema, 'customer')).toEqual({ '': 'validation.type' });
  });
});

describe('billingSchema', () => {
  it('accepts billing details, the invoice e-mail being optional', () => {
    expect(v.parse(billingSchema, billingDraft)).toEqual(billingDraft);
    const { email: _email, country: _country, ...minimal } = billingDraft;
    expect(v.parse(billingSchema, minimal)).toEqual({ ...minimal, country: 'FR' });
    expect(v.parse(billingSchema, { ...billingDraft, email: '  ' }).email).toBeUndefined();
    expect(v.parse(billingSchema, { ...billingDraft, email: null }).email).toBeUndefined();
  });

  it('refuses missing and invalid fields', () => {
    expect(problems(billingSchema, {})).toEqual({
      companyName: 'validation.required',
      address: 'validation.required',
      postalCode: 'validation.required',
      city: 'validation.required',
    });
    expect(problems(billingSchema, { ...billingDraft, email: 'factures@' })).toEqual({
      email: 'validation.email',
    });
    expect(problems(billingSchema, { ...billingDraft, postalCode: '690' })).toEqual({
      postalCode: 'validation.postal_code',
    });
  });
});

describe('purchaseOptionsSchema', () => {
  it('defaults both options to false and refuses non-booleans', () => {
    expect(v.parse(purchaseOptionsSchema, {})).toEqual({ usbReader: false, express: false });
    expect(v.parse(purchaseOptionsSchema, { usbReader: true, express: true })).toEqual({
      usbReader: true,
      express: true,
    });
    expect(problems(purchaseOptionsSchema, { usbReader: 'yes' })).toEqual({
      usbReader: 'validation.type',
    });
  });
});

describe('paymentSchema', () => {
  it('accepts each method with its fields only', () => {
    expect(
      v.parse(paymentSchema, { ...mandateDraft('217 509 991 00014'), transferReference: 'x' }),
    ).toEqual({
      method: 'mandate',
      siret: '21750999100014',
      serviceCode: 'SERV-FIN_01',
      chorusOrderNumber: 'EJ 2024/000123',
    });
    expect(v.parse(paymentSchema, transferDraft)).toEqual(transferDraft);
    expect(v.parse(paymentSchema, chequeDraft)).toEqual({
      ...chequeDraft,
      chequeNumber: '1234567',
    });
  });

  it('requires a known method', () => {
    expect(problems(paymentSchema, {})).toEqual({ method: 'validation.payment_method' });
    expect(problems(paymentSchema, { method: 'card' })).toEqual({
      method: 'validation.payment_method',
    });
  });

  it('checks the mandate’s fields', () => {
    expect(problems(paymentSchema, { method: 'mandate' })).toEqual({
      siret: 'validation.required',
      serviceCode: 'validation.required',
      chorusOrderNumber: 'validation.required',
    });
    const mandate = mandateDraft('21750999100014');
    expect(problems(paymentSchema, { ...mandate, siret: '21750999100015' })).toEqual({
      siret: 'validation.siret_checksum',
    });
    expect(problems(paymentSchema, { ...mandate, serviceCode: 'S'.repeat(100) })).toEqual({});
    expect(problems(paymentSchema, { ...mandate, serviceCode: 'S'.repeat(101) })).toEqual({
      serviceCode: 'validation.too_long',
    });
    expect(problems(paymentSchema, { ...mandate, chorusOrderNumber: '1'.repeat(50) })).toEqual({});
    expect(problems(paymentSchema, { ...mandate, chorusOrderNumber: '1'.repeat(51) })).toEqual({
      chorusOrderNumber: 'validation.too_long',
    });
    expect(problems(paymentSchema, { ...mandate, serviceCode: 'SERV#1' })).toEqual({
      serviceCode: 'validation.service_code',
    });
    expect(problems(paymentSchema, { ...mandate, chorusOrderNumber: 'EJ;1' })).toEqual({
      chorusOrderNumber: 'validation.chorus_order_number',
    });
  });

  it('checks the transfer reference (SEPA characters, 1–35)', () => {
    const ok = "VIR-2024/01.A:B'(C)+D,E";
    expect(v.parse(paymentSchema, { method: 'transfer', transferReference: ok })).toEqual({
      method: 'transfer',
      transferReference: ok,
    });
    expect(problems(paymentSchema, { method: 'transfer', transferReference: ' ' })).toEqual({
      transferReference: 'validation.required',
    });
    expect(
      problems(paymentSchema, { method: 'transfer', transferReference: 'R'.repeat(35) }),
    ).toEqual({});
    expect(
      problems(paymentSchema, { method: 'transfer', transferReference: 'R'.repeat(36) }),
    ).toEqual({ transferReference: 'validation.too_long' });
    expect(problems(paymentSchema, { method: 'transfer', transferReference: 'Référence' })).toEqual(
      { transferReference: 'validation.transfer_reference' },
    );
    expect(problems(paymentSchema, { method: 'transfer', transferReference: 'A?B' })).toEqual({
      transferReference: 'validation.transfer_reference',
    });
  });

  it('checks the cheque number (7 digits, spaces allowed) and the bank', () => {
    expect(problems(paymentSchema, { ...chequeDraft, chequeNumber: '123456' })).toEqual({
      chequeNumber: 'validation.cheque_number',
    });
    expect(problems(paymentSchema, { ...chequeDraft, chequeNumber: '12345678' })).toEqual({
      chequeNumber: 'validation.cheque_number',
    });
    expect(problems(paymentSchema, { ...chequeDraft, chequeNumber: '12345A7' })).toEqual({
      chequeNumber: 'validation.cheque_number',
    });
    expect(problems(paymentSchema, { method: 'cheque', chequeNumber: '' })).toEqual({
      chequeNumber: 'validation.required',
      bank: 'validation.required',
    });
    expect(problems(paymentSchema, { ...chequeDraft, bank: 'B'.repeat(101) })).toEqual({
      bank: 'validation.too_long',
    });
  });
});
