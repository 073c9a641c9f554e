import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { en } from '../messages/en.ts';
import { fr } from '../messages/fr.ts';
import { translate } from '../messages/index.ts';
import { customerSchema } from '../schemas/purchase.ts';
import { isPublicLegalCategory, lookupStatusOf } from './organisation.ts';
import {
  allIssues,
  type FieldIssue,
  firstStepWithIssues,
  STEPS,
  stepIssues,
  toFieldIssues,
} from './step-issues.ts';
import {
  billingDraft,
  chequeDraft,
  completeContext,
  contextWith,
  customerDraft,
  mandateDraft,
  organisations,
  PRODUCT_CODES,
} from './test-fixtures.ts';

const fields = (issues: FieldIssue[]) =>
  Object.fromEntries(issues.map((issue) => [issue.field, issue.key]));

describe('isPublicLegalCategory', () => {
  it.each([
    ['7210', true],
    ['7230', true],
    ['7111', true],
    ['7490', true],
    ['71', true],
    ['7', true],
    ['5710', false],
    ['5499', false],
    ['1000', false],
    ['', false],
    ['72100', false],
    ['721', false],
  ])('%s → %s', (code, expected) => {
    expect(isPublicLegalCategory(code)).toBe(expected);
  });

  it('derives the lookup status from the facts', () => {
    expect(lookupStatusOf(null)).toBe('unknown');
    expect(lookupStatusOf(organisations.closed)).toBe('closed');
    expect(lookupStatusOf(organisations.publicFirst)).toBe('found');
  });
});

describe('toFieldIssues', () => {
  it('keeps the first issue per field, prefixes paths and carries parameters', () => {
    const result = v.safeParse(customerSchema, { firstName: 'X'.repeat(101), email: '' });
    expect(result.success).toBe(false);
    const issues = toFieldIssues(result.issues ?? [], 'customer');
    expect(issues.filter((issue) => issue.field === 'customer.email')).toEqual([
      { field: 'customer.email', key: 'validation.required' },
    ]);
    expect(issues).toContainEqual({
      field: 'customer.firstName',
      key: 'validation.too_long',
      params: { max: 100 },
    });
  });
});

describe('stepIssues', () => {
  it('products: a product is required, from the catalogue when it is known', () => {
    expect(fields(stepIssues('products', contextWith({ product: null })))).toEqual({
      product: 'validation.required',
    });
    expect(stepIssues('products', contextWith())).toEqual([]);
    expect(
      fields(
        stepIssues('products', contextWith({ product: 'OPE-X', productCodes: PRODUCT_CODES })),
      ),
    ).toEqual({ product: 'validation.product_unknown' });
  });

  it.each([0, 51, 2.5])('quantity: %s is refused', (quantity) => {
    expect(stepIssues('quantity', contextWith({ quantity }))).toEqual([
      { field: 'quantity', key: 'validation.quantity_range' },
    ]);
  });

  describe('identification', () => {
    it('lists every missing customer field under customer.*', () => {
      expect(fields(stepIssues('identification', contextWith()))).toEqual({
        'customer.civility': 'validation.required',
        'customer.firstName': 'validation.required',
        'customer.lastName': 'validation.required',
        'customer.email': 'validation.required',
        'customer.emailConfirmation': 'validation.required',
        'customer.phone': 'validation.required',
        'customer.companyName': 'validation.required',
        'customer.siret': 'validation.required',
        'customer.address': 'validation.required',
        'customer.postalCode': 'validation.required',
        'customer.city': 'validation.required',
      });
    });

    it('is complete with a valid customer whose SIRET was found active', () => {
      expect(stepIssues('identification', completeContext(organisations.privateExisting))).toEqual(
        [],
      );
    });

    it('reports an e-mail mismatch on customer.emailConfirmation', () => {
      const context = completeContext(organisations.privateExisting);
      context.customer = { ...context.customer, emailConfirmation: 'autre@moliere.fr' };
      expect(stepIssues('identification', context)).toEqual([
        { field: 'customer.emailConfirmation', key: 'validation.email_mismatch' },
      ]);
    });

    it('reports a bad SIRET by its format, not by the lookup', () => {
      const context = completeContext(organisations.privateExisting);
      context.customer = { ...context.customer, siret: '12345678900001' };
      expect(stepIssues('identification', context)).toEqual([
        { field: 'customer.siret', key: 'validation.siret_checksum' },
      ]);
    });

    it.each([
      ['idle', null, 'validation.siret_unverified'],
      ['pending', null, 'validation.siret_pending'],
      ['unknown', null, 'validation.siret_unknown'],
      ['closed', organisations.closed, 'validation.siret_closed'],
      ['found', organisations.closed, 'validation.siret_closed'],
      ['error', null, 'validation.siret_lookup_failed'],
      ['found', null, 'validation.siret_unverified'],
    ] as const)('lookup %s (%j) → %s', (organisationStatus, organisation, key) => {
      const context = contextWith({
        customer: customerDraft(organisations.closed.siret),
        organisation,
        organisationStatus,
      });
      expect(stepIssues('identification', context)).toEqual([{ field: 'customer.siret', key }]);
    });

    it('refuses an organisation found for another SIRET', () => {
      const context = completeContext(organisations.privateExisting, {
        customer: customerDraft(organisations.privateFirst.siret),
      });
      expect(stepIssues('identification', context)).toEqual([
        { field: 'customer.siret', key: 'validation.siret_unverified' },
      ]);
    });

    it('checks billing only when it is different', () => {
      const context = completeContext(organisations.privateExisting, {
        billing: { ...billingDraft, postalCode: '690' },
      });
      expect(stepIssues('identification', context)).toEqual([]);
      context.billingDifferent = true;
      expect(stepIssues('identification', context)).toEqual([
        { field: 'billing.postalCode', key: 'validation.postal_code' },
      ]);
      context.billing = {};
      expect(fields(stepIssues('identification', context))).toEqual({
        'billing.companyName': 'validation.required',
        'billing.address': 'validation.required',
        'billing.postalCode': 'validation.required',
        'billing.city': 'validation.required',
      });
    });
  });

  it('options: the USB key reader is mandatory for a first certificate only', () => {
    const options = { usbReader: false, express: true };
    expect(stepIssues('options', completeContext(organisations.publicFirst, { options }))).toEqual([
      { field: 'options.usbReader', key: 'validation.usb_reader_required' },
    ]);
    expect(stepIssues('options', completeContext(organisations.privateFirst, { options }))).toEqual(
      [{ field: 'options.usbReader', key: 'validation.usb_reader_required' }],
    );
    expect(
      stepIssues('options', completeContext(organisations.publicExisting, { options })),
    ).toEqual([]);
    expect(
      stepIssues('options', completeContext(organisations.privateExisting, { options })),
    ).toEqual([]);
  });

  describe('payment', () => {
    it('requires a method', () => {
      expect(
        stepIssues('payment', completeContext(organisations.publicFirst, { payment: {} })),
      ).toEqual([{ field: 'payment.method', key: 'validation.payment_method' }]);
    });

    it('offers the mandate to public administrations only', () => {
      const payment = mandateDraft(organisations.privateFirst.siret);
      expect(
        stepIssues('payment', completeContext(organisations.privateFirst, { payment })),
      ).toEqual([{ field: 'payment.method', key: 'validation.mandate_public_only' }]);
      expect(
        stepIssues(
          'payment',
          completeContext(organisations.publicFirst, {
            payment: mandateDraft(organisations.publicFirst.siret),
          }),
        ),
      ).toEqual([]);
    });

    it('accepts a mandate SIRET other than the customer’s, if valid', () => {
      const context = completeContext(organisations.publicFirst, {
        payment: mandateDraft('23750999700019'),
      });
      expect(stepIssues('payment', context)).toEqual([]);
      context.payment = mandateDraft('23750999700018');
      expect(stepIssues('payment', context)).toEqual([
        { field: 'payment.siret', key: 'validation.siret_checksum' },
      ]);
    });

    it('checks only the chosen method’s fields', () => {
      const context = completeContext(organisations.privateExisting, {
        payment: { ...chequeDraft, transferReference: 'é', serviceCode: '#' },
      });
      expect(stepIssues('payment', context)).toEqual([]);
      context.payment = { method: 'cheque', chequeNumber: '12' };
      expect(fields(stepIssues('payment', context))).toEqual({
        'payment.chequeNumber': 'validation.cheque_number',
        'payment.bank': 'validation.required',
      });
    });
  });

  it('review: the CGV must be accepted, with a version', () => {
    const context = completeContext(organisations.privateExisting, { cgvAccepted: false });
    expect(stepIssues('review', context)).toEqual([
      { field: 'cgvAccepted', key: 'validation.cgv_required' },
    ]);
    context.cgvAccepted = true;
    context.cgvVersion = null;
    expect(stepIssues('review', context)).toEqual([
      { field: 'cgvAccepted', key: 'validation.cgv_required' },
    ]);
  });
});

describe('allIssues', () => {
  it('is empty for a complete order and lists every step’s issues in screen order', () => {
    expect(allIssues(completeContext(organisations.publicFirst))).toEqual([]);
    expect(firstStepWithIssues(completeContext(organisations.publicFirst))).toBeNull();
    const context = completeContext(organisations.privateFirst, {
      quantity: 0,
      options: { usbReader: false, express: false },
      payment: mandateDraft(organisations.privateFirst.siret),
      cgvAccepted: false,
    });
    expect(allIssues(context).map((issue) => issue.field)).toEqual([
      'quantity',
      'options.usbReader',
      'payment.method',
      'cgvAccepted',
    ]);
    expect(firstStepWithIssues(context)).toBe('quantity');
    expect(STEPS).toEqual([
      'products',
      'quantity',
      'identification',
      'options',
      'payment',
      'review',
    ]);
  });

  it('only produces keys translated in French and English', () => {
    const context = contextWith({
      product: null,
      quantity: 2.5,
      billingDifferent: true,
      organisation: organisations.privateFirst,
      options: { usbReader: false, express: false },
      payment: { method: 'mandate' },
    });
    const issues = allIssues(context);
    expect(issues.length).toBeGreaterThan(10);
    for (const { key, params } of issues) {
      expect(fr[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
      expect(translate('fr', key, params)).not.toMatch(/\{\w+\}/);
      expect(translate('en', key, params)).not.toMatch(/\{\w+\}/);
    }
  });
});
