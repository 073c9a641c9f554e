/** replayOrder (the API replays the element's machine on the order it receives) and robustness. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fromPromise, initialTransition, transition } from 'xstate';
import type { PaymentDraft } from './purchase/context.ts';
import { lookupStatusOf } from './purchase/organisation.ts';
import {
  context,
  orderFor,
  resolved,
  send,
  start,
  toIdentification,
  unparsedOrder,
} from './purchase/test-actors.ts';
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
  purchaseMachine,
  replayOrder,
  toOrderRequest,
} from './purchase.machine.ts';
import { orderRequestSchema } from './schemas/purchase.ts';

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
