import { describe, expect, it } from 'vitest';
import { fromPromise, waitFor } from 'xstate';
import {
  context,
  identified,
  issueFields,
  resolved,
  send,
  start,
  state,
  toIdentification,
  toOptions,
  toPayment,
  toPaymentOn,
  toReview,
} from './purchase/test-actors.ts';
import {
  billingDraft,
  CGV_VERSION,
  chequeDraft,
  customerDraft,
  mandateDraft,
  organisations,
  PRODUCT,
  transferDraft,
} from './purchase/test-fixtures.ts';
import { type OrderRequestDraft, purchaseMachine, toOrderRequest } from './purchase.machine.ts';

describe('options', () => {
  it('forces the USB key reader for a first certificate and refuses to uncheck it', () => {
    const actor = toOptions(organisations.publicFirst);
    expect(context(actor).options.usbReader).toBe(true);
    send(actor, {
      type: 'purchase.update',
      section: 'options',
      values: { usbReader: false, express: true },
    });
    expect(context(actor).options).toEqual({ usbReader: true, express: true });
    expect(issueFields(actor)).toEqual({ 'options.usbReader': 'validation.usb_reader_required' });
    send(actor, { type: 'purchase.next' });
    expect(state(actor)).toBe('payment');
  });

  it('lets an existing customer go without the reader', () => {
    const actor = toOptions(organisations.privateExisting);
    expect(context(actor).options.usbReader).toBe(false);
    send(
      actor,
      { type: 'purchase.update', section: 'options', values: { usbReader: true } },
      { type: 'purchase.update', section: 'options', values: { usbReader: false } },
      { type: 'purchase.next' },
    );
    expect(context(actor).issues).toEqual([]);
    expect(state(actor)).toBe('payment');
  });
});

describe('payment', () => {
  it('refuses the mandate for a private organisation', () => {
    const actor = toPayment(organisations.privateFirst);
    send(actor, {
      type: 'purchase.update',
      section: 'payment',
      values: mandateDraft(organisations.privateFirst.siret),
    });
    expect(context(actor).payment.method).toBeUndefined();
    expect(issueFields(actor)).toEqual({ 'payment.method': 'validation.mandate_public_only' });
    send(actor, { type: 'purchase.next' });
    expect(state(actor)).toBe('payment');
    expect(issueFields(actor)).toEqual({ 'payment.method': 'validation.payment_method' });
  });

  it('accepts the mandate for a public administration', () => {
    const actor = toReview(
      organisations.publicExisting,
      mandateDraft(organisations.publicExisting.siret),
    );
    expect(state(actor)).toBe('review');
    expect(context(actor).payment.method).toBe('mandate');
  });

  it('drops a chosen mandate when the SIRET turns out to be private', () => {
    const actor = toPayment(organisations.publicFirst);
    send(actor, {
      type: 'purchase.update',
      section: 'payment',
      values: mandateDraft(organisations.publicFirst.siret),
    });
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.privateFirst.siret },
    });
    send(actor, resolved(organisations.privateFirst));
    expect(context(actor).payment.method).toBeUndefined();
  });

  it('refuses Suivant with the chosen method’s missing fields', () => {
    const actor = toPayment(organisations.privateExisting);
    send(
      actor,
      { type: 'purchase.update', section: 'payment', values: { method: 'cheque' } },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({
      'payment.chequeNumber': 'validation.required',
      'payment.bank': 'validation.required',
    });
    send(actor, { type: 'purchase.update', section: 'payment', values: { method: 'transfer' } });
    expect(context(actor).issues).toEqual([]);
    send(actor, { type: 'purchase.update', section: 'payment', values: { method: 'card' } });
    expect(issueFields(actor)).toEqual({ 'payment.method': 'validation.payment_method' });
    expect(context(actor).payment.method).toBe('transfer');
  });
});

describe('review and submission', () => {
  const placed = { reference: 'BD00000000422', totalTtc: 26400 };

  function machineSubmitting(submit: (input: OrderRequestDraft) => Promise<unknown>) {
    return purchaseMachine.provide({
      actors: { submitOrder: fromPromise(({ input }) => submit(input)) },
    });
  }

  it('refuses to submit before the CGV are accepted', () => {
    const actor = toReview(organisations.privateExisting);
    send(actor, { type: 'purchase.submit' });
    expect(state(actor)).toBe('review');
    expect(issueFields(actor)).toEqual({ cgvAccepted: 'validation.cgv_required' });
  });

  it('submits, then confirms with the order returned by submitOrder', async () => {
    const bodies: OrderRequestDraft[] = [];
    const machine = machineSubmitting(async (input) => {
      bodies.push(input);
      return placed;
    });
    const actor = toReview(
      organisations.publicFirst,
      chequeDraft,
      toPaymentOn(machine, organisations.publicFirst),
    );
    send(actor, { type: 'purchase.acceptCgv', version: CGV_VERSION }, { type: 'purchase.submit' });
    expect(state(actor)).toBe('submitting');
    await waitFor(actor, (snapshot) => snapshot.matches('confirmed'));
    expect(context(actor).order).toEqual(placed);
    expect(bodies).toEqual([
      {
        product: PRODUCT,
        quantity: 2,
        options: { usbReader: true, express: false },
        customer: customerDraft(organisations.publicFirst.siret),
        billing: null,
        payment: chequeDraft,
        cgvAccepted: true,
        cgvVersion: CGV_VERSION,
      },
    ]);
  });

  it('goes back to review on failure, then retries', async () => {
    let calls = 0;
    const machine = machineSubmitting(async () => {
      calls += 1;
      if (calls === 1) throw new Error('network down');
      return placed;
    });
    const actor = toReview(organisations.privateExisting, transferDraft, toPaymentOn(machine));
    send(actor, { type: 'purchase.acceptCgv', version: CGV_VERSION }, { type: 'purchase.submit' });
    await waitFor(actor, (snapshot) => snapshot.context.submitError !== null);
    expect(state(actor)).toBe('review');
    expect(context(actor).submitError).toEqual(new Error('network down'));
    send(actor, { type: 'purchase.retry' });
    expect(state(actor)).toBe('submitting');
    expect(context(actor).submitError).toBeNull();
    await waitFor(actor, (snapshot) => snapshot.matches('confirmed'));
    expect(calls).toBe(2);
    expect(context(actor).order).toEqual(placed);
  });

  it('fails when no submitOrder is provided', async () => {
    const actor = toReview(organisations.privateExisting);
    send(actor, { type: 'purchase.acceptCgv', version: CGV_VERSION }, { type: 'purchase.submit' });
    await waitFor(actor, (snapshot) => snapshot.context.submitError !== null);
    expect(state(actor)).toBe('review');
    expect(context(actor).submitError).toEqual(new Error('submitOrder not provided'));
  });

  it('accepts the outcome as events too (submitted / submitFailed)', () => {
    const machine = machineSubmitting(() => new Promise(() => {}));
    const actor = toReview(organisations.privateExisting, transferDraft, toPaymentOn(machine));
    send(actor, { type: 'purchase.acceptCgv', version: CGV_VERSION }, { type: 'purchase.submit' });
    send(actor, { type: 'purchase.submitFailed', error: 'HTTP 503' });
    expect(state(actor)).toBe('review');
    expect(context(actor).submitError).toBe('HTTP 503');
    send(actor, { type: 'purchase.retry' }, { type: 'purchase.submitted', order: placed });
    expect(state(actor)).toBe('confirmed');
    expect(context(actor).order).toEqual(placed);
  });

  it('retries only after a failure, and ignores edits while submitting', () => {
    const machine = machineSubmitting(() => new Promise(() => {}));
    const actor = toReview(organisations.privateExisting, transferDraft, toPaymentOn(machine));
    send(actor, { type: 'purchase.acceptCgv', version: CGV_VERSION }, { type: 'purchase.retry' });
    expect(state(actor)).toBe('review');
    send(actor, { type: 'purchase.submit' });
    const before = actor.getSnapshot().context;
    send(
      actor,
      { type: 'purchase.update', section: 'customer', values: { city: 'LYON' } },
      { type: 'purchase.cancel' },
      { type: 'purchase.reset' },
      { type: 'purchase.back' },
    );
    expect(state(actor)).toBe('submitting');
    expect(context(actor)).toEqual(before);
  });

  it('refuses to submit when an earlier step became incomplete', () => {
    const actor = toReview(organisations.privateExisting);
    send(
      actor,
      { type: 'purchase.acceptCgv', version: CGV_VERSION },
      {
        type: 'purchase.update',
        section: 'customer',
        values: { siret: organisations.closed.siret },
      },
      resolved(organisations.closed),
      { type: 'purchase.submit' },
    );
    expect(state(actor)).toBe('review');
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_closed' });
  });

  it('builds the order body: billing only when different, the chosen method’s fields only', () => {
    const actor = toReview(organisations.privateExisting, {
      ...chequeDraft,
      transferReference: 'VIR 1',
    });
    send(actor, { type: 'purchase.update', section: 'billing', values: billingDraft });
    expect(toOrderRequest(context(actor))).toMatchObject({ billing: null, payment: chequeDraft });
    send(actor, { type: 'purchase.setBillingDifferent', value: true });
    expect(toOrderRequest(context(actor)).billing).toEqual(billingDraft);
  });
});

describe('back, reset and cancel', () => {
  it.each([
    ['quantity', () => start({ product: PRODUCT }), 'products'],
    ['identification', () => toIdentification(), 'quantity'],
    ['options', () => toOptions(organisations.privateExisting), 'identification'],
    ['payment', () => toPayment(organisations.privateExisting), 'options'],
    ['review', () => toReview(organisations.privateExisting), 'payment'],
  ] as const)('goes back from %s, keeping what was entered', (_from, make, to) => {
    const actor = make();
    const before = context(actor);
    send(actor, { type: 'purchase.back' });
    expect(state(actor)).toBe(to);
    expect(context(actor)).toEqual({ ...before, issues: [] });
  });

  it('can go forward again after going back', () => {
    const actor = send(toReview(organisations.privateExisting), { type: 'purchase.back' });
    send(actor, { type: 'purchase.back' }, { type: 'purchase.back' });
    expect(state(actor)).toBe('identification');
    send(actor, { type: 'purchase.next' }, { type: 'purchase.next' }, { type: 'purchase.next' });
    expect(state(actor)).toBe('review');
  });

  it.each([
    ['identification', () => identified(organisations.publicFirst)],
    ['options', () => toOptions(organisations.publicFirst)],
    ['payment', () => toPayment(organisations.publicFirst)],
    ['review', () => toReview(organisations.publicFirst)],
  ] as const)('Réinitialiser from %s clears the form, keeps product and quantity', (_f, make) => {
    const actor = send(make(), { type: 'purchase.acceptCgv', version: CGV_VERSION });
    send(actor, { type: 'purchase.reset' });
    expect(state(actor)).toBe('identification');
    expect(context(actor)).toMatchObject({
      product: PRODUCT,
      quantity: 2,
      customer: {},
      billingDifferent: false,
      billing: {},
      options: { usbReader: false, express: false },
      payment: {},
      organisation: null,
      organisationStatus: 'idle',
      cgvAccepted: false,
      cgvVersion: null,
      issues: [],
    });
  });

  it.each([
    ['quantity', () => start({ product: PRODUCT })],
    ['identification', () => identified(organisations.publicFirst)],
    ['options', () => toOptions(organisations.publicFirst)],
    ['payment', () => toPayment(organisations.publicFirst)],
    ['review', () => toReview(organisations.publicFirst)],
  ] as const)('Annuler from %s goes back to the products, everything cleared', (_f, make) => {
    const actor = send(make(), { type: 'purchase.cancel' });
    expect(state(actor)).toBe('products');
    expect(context(actor)).toMatchObject({
      product: null,
      quantity: 1,
      customer: {},
      payment: {},
      organisation: null,
      cgvAccepted: false,
    });
  });

  it.each(['purchase.reset', 'purchase.cancel'] as const)(
    '%s after confirmation starts over',
    (type) => {
      const machine = purchaseMachine.provide({
        actors: {
          submitOrder: fromPromise<unknown, OrderRequestDraft>(() => new Promise(() => {})),
        },
      });
      const actor = toReview(organisations.privateExisting, transferDraft, toPaymentOn(machine));
      send(
        actor,
        { type: 'purchase.acceptCgv', version: CGV_VERSION },
        { type: 'purchase.submit' },
        { type: 'purchase.submitted', order: { reference: 'BD00000000422' } },
      );
      expect(state(actor)).toBe('confirmed');
      send(actor, { type: 'purchase.back' }, { type: 'purchase.next' });
      expect(state(actor)).toBe('confirmed');
      send(actor, { type });
      expect(state(actor)).toBe('products');
      expect(context(actor)).toMatchObject({ product: null, order: null, customer: {} });
    },
  );
});
