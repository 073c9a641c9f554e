import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  createActor,
  fromPromise,
  initialTransition,
  transition,
  waitFor,
} from 'xstate';
import type { PaymentDraft } from './purchase/context.ts';
import { lookupStatusOf, type OrganisationFacts } from './purchase/organisation.ts';
import {
  billingDraft,
  CGV_VERSION,
  chequeDraft,
  customerDraft,
  mandateDraft,
  organisations,
  PRODUCT,
  PRODUCT_CODES,
  transferDraft,
} from './purchase/test-fixtures.ts';
import {
  type OrderRequestDraft,
  type PurchaseEvent,
  type PurchaseInput,
  purchaseMachine,
  replayOrder,
  toOrderRequest,
} from './purchase.machine.ts';
import { type OrderRequest, orderRequestSchema } from './schemas/purchase.ts';

type PurchaseActor = Actor<typeof purchaseMachine>;

function start(input: PurchaseInput = {}, machine = purchaseMachine): PurchaseActor {
  return createActor(machine, { input }).start();
}

const state = (actor: PurchaseActor) => actor.getSnapshot().value;
const context = (actor: PurchaseActor) => actor.getSnapshot().context;
const issueFields = (actor: PurchaseActor) =>
  Object.fromEntries(context(actor).issues.map((issue) => [issue.field, issue.key]));

function send(actor: PurchaseActor, ...events: PurchaseEvent[]): PurchaseActor {
  for (const event of events) actor.send(event);
  return actor;
}

function resolved(organisation: OrganisationFacts): PurchaseEvent {
  return {
    type: 'purchase.organisationResolved',
    siret: organisation.siret,
    organisation,
    status: lookupStatusOf(organisation),
  };
}

/** Products → quantity (2) → identification. */
function toIdentification(actor = start()): PurchaseActor {
  return send(
    actor,
    { type: 'purchase.selectProduct', product: PRODUCT },
    { type: 'purchase.setQuantity', quantity: 2 },
    { type: 'purchase.next' },
  );
}

/** Fills Identification client for `organisation` and the lookup's answer, without leaving. */
function identified(organisation: OrganisationFacts, actor = toIdentification()): PurchaseActor {
  return send(
    actor,
    { type: 'purchase.update', section: 'customer', values: customerDraft(organisation.siret) },
    { type: 'purchase.lookupStarted', siret: organisation.siret },
    resolved(organisation),
  );
}

function toOptions(organisation: OrganisationFacts): PurchaseActor {
  return send(identified(organisation), { type: 'purchase.next' });
}

function toPayment(organisation: OrganisationFacts): PurchaseActor {
  return send(toOptions(organisation), { type: 'purchase.next' });
}

function toReview(
  organisation: OrganisationFacts,
  payment: PaymentDraft = transferDraft,
  actor = toPayment(organisation),
): PurchaseActor {
  return send(
    actor,
    { type: 'purchase.update', section: 'payment', values: { ...payment } },
    { type: 'purchase.next' },
  );
}

describe('start', () => {
  it('starts at the product list without a product', () => {
    const actor = start();
    expect(state(actor)).toBe('products');
    expect(context(actor)).toMatchObject({
      product: null,
      quantity: 1,
      organisation: null,
      organisationStatus: 'idle',
      cgvAccepted: false,
      issues: [],
      order: null,
      submitError: null,
    });
  });

  it('starts at the quantity when the page chose a valid product', () => {
    const actor = start({ product: PRODUCT, productCodes: PRODUCT_CODES });
    expect(state(actor)).toBe('quantity');
    expect(context(actor).product).toBe(PRODUCT);
  });

  it('ignores a product the catalogue does not have', () => {
    const actor = start({ product: 'OPE-AES-CAP-9A', productCodes: PRODUCT_CODES });
    expect(state(actor)).toBe('products');
    expect(context(actor).product).toBeNull();
    expect(state(start({ product: '  ' }))).toBe('products');
  });
});

describe('products and quantity', () => {
  it('selects a product, then a quantity, then goes to the form', () => {
    const actor = start({ productCodes: PRODUCT_CODES });
    send(actor, { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-3A' });
    expect(state(actor)).toBe('quantity');
    send(actor, { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-2A' });
    expect(context(actor).product).toBe('OPE-AES-CAP-2A');
    send(actor, { type: 'purchase.setQuantity', quantity: 50 }, { type: 'purchase.next' });
    expect(state(actor)).toBe('identification');
    expect(context(actor)).toMatchObject({ product: 'OPE-AES-CAP-2A', quantity: 50 });
  });

  it('refuses an unknown or empty product', () => {
    const actor = start({ productCodes: PRODUCT_CODES });
    send(actor, { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-9A' });
    expect(state(actor)).toBe('products');
    expect(issueFields(actor)).toEqual({ product: 'validation.product_unknown' });
    send(actor, { type: 'purchase.selectProduct', product: '' });
    expect(issueFields(actor)).toEqual({ product: 'validation.required' });
    send(actor, { type: 'purchase.selectProduct', product: PRODUCT });
    expect(state(actor)).toBe('quantity');
    expect(context(actor).issues).toEqual([]);
  });

  it.each([0, 51, 2.5, -3, Number.NaN])('refuses the quantity %s', (quantity) => {
    const actor = send(
      start({ product: PRODUCT }),
      { type: 'purchase.setQuantity', quantity: 4 },
      { type: 'purchase.setQuantity', quantity },
    );
    expect(context(actor).quantity).toBe(4);
    expect(issueFields(actor)).toEqual({ quantity: 'validation.quantity_range' });
    send(actor, { type: 'purchase.setQuantity', quantity: 5 });
    expect(context(actor).issues).toEqual([]);
  });

  it('refuses to change the product once past the quantity (one validity per order)', () => {
    for (const actor of [
      toIdentification(),
      toOptions(organisations.privateExisting),
      toPayment(organisations.privateExisting),
      toReview(organisations.privateExisting),
    ]) {
      const event = { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-3A' } as const;
      expect(actor.getSnapshot().can(event)).toBe(false);
      const before = actor.getSnapshot();
      actor.send(event);
      expect(context(actor).product).toBe(PRODUCT);
      expect(actor.getSnapshot().value).toBe(before.value);
      expect(actor.getSnapshot().context).toEqual(before.context);
    }
  });

  it('does not take a quantity outside its screen', () => {
    const actor = toIdentification();
    send(actor, { type: 'purchase.setQuantity', quantity: 7 });
    expect(context(actor).quantity).toBe(2);
  });
});

describe('identification', () => {
  it('refuses Suivant with missing fields and shows them', () => {
    const actor = send(toIdentification(), { type: 'purchase.next' });
    expect(state(actor)).toBe('identification');
    expect(issueFields(actor)).toMatchObject({
      'customer.civility': 'validation.required',
      'customer.email': 'validation.required',
      'customer.siret': 'validation.required',
      'customer.city': 'validation.required',
    });
  });

  it('clears a field’s issue when it is edited', () => {
    const actor = send(toIdentification(), { type: 'purchase.next' });
    send(actor, { type: 'purchase.update', section: 'customer', values: { city: 'PARIS' } });
    expect(issueFields(actor)).not.toHaveProperty('customer.city');
    expect(issueFields(actor)).toHaveProperty('customer.email');
  });

  it('refuses an e-mail mismatch', () => {
    const actor = identified(organisations.privateExisting);
    send(
      actor,
      {
        type: 'purchase.update',
        section: 'customer',
        values: { emailConfirmation: 'jb.poqelin@moliere.fr' },
      },
      { type: 'purchase.next' },
    );
    expect(state(actor)).toBe('identification');
    expect(issueFields(actor)).toEqual({
      'customer.emailConfirmation': 'validation.email_mismatch',
    });
  });

  it('refuses a bad SIRET', () => {
    const actor = send(
      toIdentification(),
      { type: 'purchase.update', section: 'customer', values: customerDraft('12345678900001') },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_checksum' });
  });

  it('waits for the organisation lookup', () => {
    const actor = send(
      toIdentification(),
      {
        type: 'purchase.update',
        section: 'customer',
        values: customerDraft(organisations.privateExisting.siret),
      },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_unverified' });
    send(
      actor,
      { type: 'purchase.lookupStarted', siret: organisations.privateExisting.siret },
      { type: 'purchase.next' },
    );
    expect(context(actor).organisationStatus).toBe('pending');
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_pending' });
    send(actor, resolved(organisations.privateExisting));
    expect(context(actor).issues).toEqual([]);
    send(actor, { type: 'purchase.next' });
    expect(state(actor)).toBe('options');
  });

  it.each([
    [organisations.closed, 'closed', 'validation.siret_closed'],
    [null, 'unknown', 'validation.siret_unknown'],
    [null, 'error', 'validation.siret_lookup_failed'],
  ] as const)('refuses a SIRET whose lookup gave %j / %s', (organisation, status, key) => {
    const siret = organisations.closed.siret;
    const actor = send(
      toIdentification(),
      { type: 'purchase.update', section: 'customer', values: customerDraft(siret) },
      { type: 'purchase.organisationResolved', siret, organisation, status },
      { type: 'purchase.next' },
    );
    expect(state(actor)).toBe('identification');
    expect(issueFields(actor)).toEqual({ 'customer.siret': key });
  });

  it('ignores a lookup answer for a SIRET no longer entered (stale)', () => {
    const actor = identified(organisations.privateExisting);
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.publicFirst.siret },
    });
    expect(context(actor)).toMatchObject({ organisation: null, organisationStatus: 'idle' });
    send(actor, resolved(organisations.privateExisting));
    send(actor, { type: 'purchase.lookupStarted', siret: organisations.privateExisting.siret });
    expect(context(actor)).toMatchObject({ organisation: null, organisationStatus: 'idle' });
    send(actor, resolved(organisations.publicFirst));
    expect(context(actor).organisation).toEqual(organisations.publicFirst);
  });

  it('keeps the organisation when the SIRET is only re-spaced', () => {
    const actor = identified(organisations.privateExisting);
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: '523 456 788 00018' },
    });
    expect(context(actor).organisation).toEqual(organisations.privateExisting);
    send(actor, resolved(organisations.privateExisting));
    expect(context(actor).organisationStatus).toBe('found');
  });

  it('carries the SIRET into the mandate unless the buyer typed another one', () => {
    const actor = identified(organisations.publicFirst);
    expect(context(actor).payment.siret).toBe(organisations.publicFirst.siret);
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.publicExisting.siret },
    });
    expect(context(actor).payment.siret).toBe(organisations.publicExisting.siret);
    send(actor, {
      type: 'purchase.update',
      section: 'payment',
      values: { siret: '23750999700019' },
    });
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.publicFirst.siret },
    });
    expect(context(actor).payment.siret).toBe('23750999700019');
  });

  it('checks billing only when "Les informations de facturation sont différentes" is ticked', () => {
    const actor = identified(organisations.privateExisting);
    send(
      actor,
      { type: 'purchase.setBillingDifferent', value: true },
      { type: 'purchase.update', section: 'billing', values: { ...billingDraft, city: '' } },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({ 'billing.city': 'validation.required' });
    send(actor, { type: 'purchase.setBillingDifferent', value: false });
    expect(context(actor).issues).toEqual([]);
    send(actor, { type: 'purchase.next' });
    expect(state(actor)).toBe('options');
  });

  it('ignores unknown keys and refuses values of the wrong type', () => {
    const actor = toIdentification();
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { firstName: 42, nickname: 'Molière', city: 'PARIS' },
    });
    expect(context(actor).customer).toEqual({ city: 'PARIS' });
    expect(issueFields(actor)).toEqual({ 'customer.firstName': 'validation.type' });
  });
});

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

/** Like toPayment, on another machine (one with a submitOrder provided). */
function toPaymentOn(
  machine: typeof purchaseMachine,
  organisation: OrganisationFacts = organisations.privateExisting,
): PurchaseActor {
  const actor = identified(organisation, toIdentification(start({}, machine)));
  return send(actor, { type: 'purchase.next' }, { type: 'purchase.next' });
}

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

/** A parsed order request, as the API has it when it calls replayOrder. */
function orderFor(
  organisation: OrganisationFacts,
  overrides: Partial<Record<keyof OrderRequest, unknown>> = {},
): OrderRequest {
  return v.parse(orderRequestSchema, {
    product: PRODUCT,
    quantity: 3,
    options: { usbReader: organisation.firstCertificate, express: true },
    customer: customerDraft(organisation.siret),
    billing: null,
    payment: organisation.publicAdministration ? mandateDraft(organisation.siret) : transferDraft,
    cgvAccepted: true,
    cgvVersion: CGV_VERSION,
    ...overrides,
  });
}

/** An order request the schema would refuse, to show that the replay checks by itself. */
function unparsedOrder(organisation: OrganisationFacts, overrides: Partial<OrderRequest>) {
  return { ...orderFor(organisation), ...overrides } as OrderRequest;
}

describe('replayOrder', () => {
  it.each([
    ['mandate, public first certificate', organisations.publicFirst, {}],
    ['mandate, public existing customer', organisations.publicExisting, {}],
    ['transfer, private existing customer', organisations.privateExisting, {}],
    ['transfer, public organisation', organisations.publicFirst, { payment: transferDraft }],
    ['cheque, private first certificate', organisations.privateFirst, { payment: chequeDraft }],
    ['with billing details', organisations.privateExisting, { billing: billingDraft }],
  ] as const)('accepts %s', (_label, organisation, overrides) => {
    const request = orderFor(organisation, overrides);
    expect(replayOrder(request, organisation, 'found', { productCodes: PRODUCT_CODES })).toEqual({
      ok: true,
    });
  });

  it('steps with pure transitions: submitOrder is returned as an action, never run', async () => {
    let calls = 0;
    const machine = purchaseMachine.provide({
      actors: {
        submitOrder: fromPromise<unknown, OrderRequestDraft>(async () => {
          calls += 1;
          return {};
        }),
      },
    });
    const organisation = organisations.privateExisting;
    let [snapshot] = initialTransition(machine, { product: PRODUCT });
    let actions: Array<{ type: string }> = [];
    for (const event of [
      { type: 'purchase.next' },
      { type: 'purchase.update', section: 'customer', values: customerDraft(organisation.siret) },
      resolved(organisation),
      { type: 'purchase.next' },
      { type: 'purchase.next' },
      { type: 'purchase.update', section: 'payment', values: transferDraft },
      { type: 'purchase.next' },
      { type: 'purchase.acceptCgv', version: CGV_VERSION },
      { type: 'purchase.submit' },
    ] satisfies PurchaseEvent[]) {
      [snapshot, actions] = transition(machine, snapshot, event);
    }
    expect(snapshot.value).toBe('submitting');
    expect(actions.map((action) => action.type)).toContain('xstate.spawnChild');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(0);
    expect(replayOrder(orderFor(organisation), organisation, 'found')).toEqual({ ok: true });
  });

  it.each([
    [
      'a product not in the catalogue',
      unparsedOrder(organisations.privateExisting, { product: 'OPE-AES-CAP-9A' }),
      organisations.privateExisting,
      'found',
      'products',
      { product: 'validation.product_unknown' },
    ],
    [
      'a quantity out of range',
      unparsedOrder(organisations.privateExisting, { quantity: 51 }),
      organisations.privateExisting,
      'found',
      'quantity',
      { quantity: 'validation.quantity_range' },
    ],
    [
      'a closed organisation',
      orderFor(organisations.closed),
      organisations.closed,
      'closed',
      'identification',
      { 'customer.siret': 'validation.siret_closed' },
    ],
    [
      'an unknown SIRET',
      orderFor(organisations.privateExisting),
      null,
      'unknown',
      'identification',
      { 'customer.siret': 'validation.siret_unknown' },
    ],
    [
      'a registry failure',
      orderFor(organisations.privateExisting),
      null,
      'error',
      'identification',
      { 'customer.siret': 'validation.siret_lookup_failed' },
    ],
    [
      'facts about another organisation',
      orderFor(organisations.privateExisting),
      organisations.privateFirst,
      'found',
      'identification',
      { 'customer.siret': 'validation.siret_unverified' },
    ],
    [
      'an e-mail mismatch',
      unparsedOrder(organisations.privateExisting, {
        customer: {
          ...orderFor(organisations.privateExisting).customer,
          emailConfirmation: 'x@y.fr',
        },
      }),
      organisations.privateExisting,
      'found',
      'identification',
      { 'customer.emailConfirmation': 'validation.email_mismatch' },
    ],
    [
      'bad billing details',
      unparsedOrder(organisations.privateExisting, {
        billing: { ...billingDraft, postalCode: '690', email: undefined },
      }),
      organisations.privateExisting,
      'found',
      'identification',
      { 'billing.postalCode': 'validation.postal_code' },
    ],
    [
      'no USB key reader for a first certificate',
      orderFor(organisations.privateFirst, {
        options: { usbReader: false, express: false },
        payment: chequeDraft,
      }),
      organisations.privateFirst,
      'found',
      'options',
      { 'options.usbReader': 'validation.usb_reader_required' },
    ],
    [
      'a mandate for a private organisation',
      orderFor(organisations.privateExisting, {
        payment: mandateDraft(organisations.privateExisting.siret),
      }),
      organisations.privateExisting,
      'found',
      'payment',
      { 'payment.method': 'validation.mandate_public_only' },
    ],
    [
      'a mandate for a public organisation the lookup says is private',
      orderFor(organisations.publicExisting),
      { ...organisations.publicExisting, publicAdministration: false },
      'found',
      'payment',
      { 'payment.method': 'validation.mandate_public_only' },
    ],
    [
      'a bad cheque number',
      unparsedOrder(organisations.privateExisting, {
        payment: { method: 'cheque', chequeNumber: '12', bank: 'BNP' },
      }),
      organisations.privateExisting,
      'found',
      'payment',
      { 'payment.chequeNumber': 'validation.cheque_number' },
    ],
    [
      'CGV without a version',
      unparsedOrder(organisations.privateExisting, { cgvVersion: ' ' }),
      organisations.privateExisting,
      'found',
      'review',
      { cgvAccepted: 'validation.cgv_required' },
    ],
  ] as const)('refuses %s', (_label, request, organisation, status, step, issues) => {
    const result = replayOrder(request, organisation, status, { productCodes: PRODUCT_CODES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.step).toBe(step);
    expect(Object.fromEntries(result.issues.map((issue) => [issue.field, issue.key]))).toEqual(
      issues,
    );
  });

  it('accepts exactly the orders the element could submit', () => {
    const orgs = Object.values(organisations);
    const payments: PaymentDraft[] = [
      transferDraft,
      chequeDraft,
      { method: 'cheque', chequeNumber: '12', bank: 'BNP' },
      mandateDraft(organisations.publicFirst.siret),
      mandateDraft('217 509 991 00014'),
      { method: 'transfer', transferReference: 'é' },
    ];
    const customers = (siret: string) => [
      customerDraft(siret),
      { ...customerDraft(siret), siret: siret.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3 ') },
      { ...customerDraft(siret), email: ' JB.Poquelin@Moliere.FR' },
      { ...customerDraft(siret), emailConfirmation: 'other@moliere.fr' },
      { ...customerDraft(siret), phone: '+33 (0)1 02 03 04 05' },
      { ...customerDraft(siret), postalCode: '7501' },
    ];
    const outcomes = { submitted: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom(...orgs),
        fc.nat(5),
        fc.constantFrom(...payments),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(null, billingDraft, { ...billingDraft, city: '' }),
        fc.integer({ min: 1, max: 50 }),
        (organisation, customerIndex, payment, usbReader, express, billing, quantity) => {
          const customer = customers(organisation.siret)[customerIndex] ?? {};
          // The element: a buyer going through the screens.
          const actor = start({ productCodes: PRODUCT_CODES });
          send(
            actor,
            { type: 'purchase.selectProduct', product: PRODUCT },
            { type: 'purchase.setQuantity', quantity },
            { type: 'purchase.next' },
            { type: 'purchase.update', section: 'customer', values: customer },
            { type: 'purchase.setBillingDifferent', value: billing !== null },
            { type: 'purchase.update', section: 'billing', values: billing ?? {} },
            { type: 'purchase.lookupStarted', siret: organisation.siret },
            resolved(organisation),
            { type: 'purchase.next' },
            { type: 'purchase.update', section: 'options', values: { usbReader, express } },
            { type: 'purchase.next' },
            { type: 'purchase.update', section: 'payment', values: { ...payment } },
            { type: 'purchase.next' },
            { type: 'purchase.acceptCgv', version: CGV_VERSION },
            { type: 'purchase.submit' },
          );
          const submitted = actor.getSnapshot().matches('submitting');
          // The API: the body the element sent, parsed, then replayed.
          const body = toOrderRequest(context(actor));
          const parsed = v.safeParse(orderRequestSchema, body);
          const accepted =
            parsed.success &&
            replayOrder(parsed.output, organisation, lookupStatusOf(organisation), {
              productCodes: PRODUCT_CODES,
            }).ok;
          actor.stop();
          outcomes[submitted ? 'submitted' : 'refused'] += 1;
          expect(accepted).toBe(submitted);
        },
      ),
      { numRuns: 300 },
    );
    // Both kinds of order were tried.
    expect(outcomes.submitted).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });
});

describe('robustness', () => {
  it('ignores an update of an unknown section', () => {
    const actor = toIdentification();
    const before = context(actor);
    actor.send({
      type: 'purchase.update',
      section: 'price' as 'customer',
      values: { priceHt: 0 },
    });
    expect(context(actor)).toEqual(before);
  });
});
