/** The purchase schemas of quantities, products, quotes and whole orders, and their messages. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { en } from '../messages/en.ts';
import { fr } from '../messages/fr.ts';
import { isMessageKey, translate } from '../messages/messages.ts';
import {
  billingDraft,
  CGV_VERSION,
  chequeDraft,
  mandateDraft,
  PRODUCT,
  transferDraft,
} from '../purchase/test-fixtures.ts';
import { messageKeyOf } from './field-errors.ts';
import {
  billingSchema,
  civilitySchema,
  customerSchema,
  orderRequestSchema,
  paymentSchema,
  productCodeSchema,
  purchaseOptionsSchema,
  QUANTITY_MAX,
  QUANTITY_MIN,
  quantitySchema,
  quoteRequestSchema,
} from './purchase.ts';
import { customer, problems } from './test-problems.ts';

describe('quantitySchema and productCodeSchema', () => {
  it.each([1, 2, 50])('accepts %s', (quantity) => {
    expect(v.is(quantitySchema, quantity)).toBe(true);
  });

  it.each([0, 51, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '3', null])(
    'refuses %s',
    (quantity) => {
      expect(problems(quantitySchema, quantity)).toEqual({ '': 'validation.quantity_range' });
    },
  );

  it('states the range in its message', () => {
    for (const locale of ['fr', 'en'] as const) {
      const message = translate(locale, 'validation.quantity_range');
      expect(message).toContain(String(QUANTITY_MIN));
      expect(message).toContain(String(QUANTITY_MAX));
    }
  });

  it('requires a product code', () => {
    expect(v.parse(productCodeSchema, ` ${PRODUCT} `)).toBe(PRODUCT);
    expect(problems(productCodeSchema, '')).toEqual({ '': 'validation.required' });
    expect(problems(productCodeSchema, null)).toEqual({ '': 'validation.required' });
  });
});

const order = {
  product: PRODUCT,
  quantity: 3,
  options: { usbReader: true, express: false },
  customer,
  billing: null,
  payment: transferDraft,
  cgvAccepted: true,
  cgvVersion: CGV_VERSION,
};

describe('quoteRequestSchema and orderRequestSchema', () => {
  it('default the options and strip unknown keys (a client’s prices are ignored)', () => {
    expect(
      v.parse(quoteRequestSchema, { product: PRODUCT, quantity: 2, priceHt: 1, totalTtc: 1 }),
    ).toEqual({ product: PRODUCT, quantity: 2, options: { usbReader: false, express: false } });
    const output = v.parse(orderRequestSchema, {
      ...order,
      totalTtc: 1,
      priceHt: 0,
      options: { ...order.options, priceHt: 0 },
    });
    expect(output).not.toHaveProperty('totalTtc');
    expect(output).not.toHaveProperty('priceHt');
    expect(output.options).toEqual({ usbReader: true, express: false });
  });

  it('takes billing as optional (absent or null → null)', () => {
    const { billing: _billing, ...withoutBilling } = order;
    expect(v.parse(orderRequestSchema, withoutBilling).billing).toBeNull();
    expect(v.parse(orderRequestSchema, { ...order, billing: billingDraft }).billing).toEqual(
      billingDraft,
    );
    expect(
      problems(orderRequestSchema, { ...order, billing: { ...billingDraft, city: '' } }),
    ).toEqual({ 'billing.city': 'validation.required' });
  });

  it.each([false, undefined, 'true', 1])('refuses cgvAccepted = %j', (cgvAccepted) => {
    expect(problems(orderRequestSchema, { ...order, cgvAccepted })).toEqual({
      cgvAccepted: 'validation.cgv_required',
    });
  });

  it('reports nested fields with dotted paths', () => {
    expect(
      problems(orderRequestSchema, {
        ...order,
        quantity: 0,
        customer: { ...customer, email: 'x' },
        payment: { method: 'cheque', chequeNumber: '1' },
        cgvVersion: '',
      }),
    ).toEqual({
      quantity: 'validation.quantity_range',
      'customer.email': 'validation.email',
      'payment.chequeNumber': 'validation.cheque_number',
      'payment.bank': 'validation.required',
      cgvVersion: 'validation.required',
    });
  });

  it('gives an output that parses to itself (the API may validate twice)', () => {
    const pools = {
      phone: ['0102030405', '+33 6 12 34 56 78', '0033 1 02 03 04 05'],
      email: ['JB@Moliere.fr', ' a.b@c.fr '],
      siret: ['812 345 676 00017', '21750999100014', '35600000010000'],
      payment: [transferDraft, chequeDraft, mandateDraft('217-509-991-00014')],
      billing: [null, billingDraft, { ...billingDraft, email: '' }],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...pools.phone),
        fc.constantFrom(...pools.email),
        fc.constantFrom(...pools.siret),
        fc.constantFrom(...pools.payment),
        fc.constantFrom(...pools.billing),
        fc.integer({ min: 1, max: 50 }),
        (phone, email, siret, payment, billing, quantity) => {
          const input = {
            ...order,
            quantity,
            customer: { ...customer, phone, email, emailConfirmation: email, siret },
            payment,
            billing,
          };
          const once = v.parse(orderRequestSchema, input);
          expect(v.parse(orderRequestSchema, once)).toEqual(once);
        },
      ),
    );
  });
});

describe('messages', () => {
  it('every issue of the purchase schemas carries a message key known in French and English', () => {
    const bad: Array<[v.GenericSchema, unknown]> = [
      [civilitySchema, 'X'],
      [customerSchema, {}],
      [customerSchema, 7],
      [
        customerSchema,
        {
          ...customer,
          email: 'x',
          emailConfirmation: 'y',
          phone: '1',
          siret: '1',
          postalCode: '1',
          country: 'FRA',
          city: 'C'.repeat(101),
        },
      ],
      [customerSchema, { ...customer, emailConfirmation: 'y@z.fr', siret: '12345678900001' }],
      [customerSchema, { ...customer, country: 'DE', phone: 'x', postalCode: '#' }],
      [billingSchema, { ...billingDraft, email: 'x', postalCode: '1' }],
      [purchaseOptionsSchema, { usbReader: 1, express: 'no' }],
      [paymentSchema, { method: 'x' }],
      [paymentSchema, { method: 'mandate', siret: '1', serviceCode: '#', chorusOrderNumber: ';' }],
      [paymentSchema, { method: 'transfer', transferReference: 'é' }],
      [paymentSchema, { method: 'cheque', chequeNumber: '1', bank: 3 }],
      [quantitySchema, 0],
      [orderRequestSchema, { cgvAccepted: false }],
      [orderRequestSchema, null],
    ];
    const keys = new Set<string>();
    for (const [schema, input] of bad) {
      const result = v.safeParse(schema, input);
      expect(result.success).toBe(false);
      for (const issue of result.issues ?? []) keys.add(messageKeyOf(issue));
    }
    expect(keys.size).toBeGreaterThan(15);
    for (const key of keys) {
      expect(isMessageKey(key), key).toBe(true);
      if (!isMessageKey(key)) continue;
      expect(fr[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
    }
  });
});
