/**
 * The purchase flow, one state per screen of the seed: Liste des produits (`products`) →
 * Commande du certificat (`quantity`) → Formulaire de commande (`identification`, `options`,
 * `payment`) → récapitulatif and CGV (`review`) → `submitting` → `confirmed`.
 *
 * The element runs it to drive the screens; the API replays an order request through it
 * (`replayOrder`, with xstate's pure `transition`) to accept or refuse the order. An order is
 * accepted by the API exactly when the element could have submitted it.
 *
 * Refused events change nothing but `context.issues` (the issues the screen shows).
 */
import { and, assertEvent, assign, fromPromise, initialTransition, transition } from 'xstate';
import {
  type BillingDraft,
  type CustomerDraft,
  emptyForm,
  type OptionsDraft,
  type PaymentDraft,
  type PurchaseContext,
  paymentRequestOf,
} from './purchase/context.ts';
import type {
  OrganisationFacts,
  OrganisationLookupStatus,
  OrganisationStatus,
} from './purchase/organisation.ts';
import {
  allIssues,
  type FieldIssue,
  isStepId,
  productIssues,
  quantityIssues,
  type StepId,
  stepIssues,
} from './purchase/step-issues.ts';
import {
  applyOrganisation,
  applyUpdate,
  sameSiret,
  type UpdateSection,
} from './purchase/update.ts';
import type { OrderRequest } from './schemas/purchase.ts';
import { QUANTITY_MIN } from './schemas/purchase.ts';
import { setup } from './setup.ts';

export type { PurchaseContext } from './purchase/context.ts';
export type { UpdateSection } from './purchase/update.ts';

export interface PurchaseInput {
  /** Product code chosen by the embedding page: the flow starts at `quantity` when it is valid. */
  product?: string;
  /** Catalogue product codes, when known: only these can be selected. */
  productCodes?: readonly string[];
  /** A renewal (Renouveler): the certificate renewed, and its buyer and organisation, pre-filled. */
  renewalOf?: string;
  customer?: CustomerDraft;
}

export type PurchaseEvent =
  | { type: 'purchase.selectProduct'; product: string }
  | { type: 'purchase.setQuantity'; quantity: number }
  | { type: 'purchase.update'; section: UpdateSection; values: Record<string, unknown> }
  | { type: 'purchase.setBillingDifferent'; value: boolean }
  | { type: 'purchase.lookupStarted'; siret: string }
  | {
      type: 'purchase.organisationResolved';
      siret: string;
      organisation: OrganisationFacts | null;
      status: OrganisationLookupStatus;
    }
  | { type: 'purchase.next' }
  | { type: 'purchase.back' }
  | { type: 'purchase.reset' }
  | { type: 'purchase.cancel' }
  | { type: 'purchase.acceptCgv'; version: string }
  | { type: 'purchase.submit' }
  | { type: 'purchase.submitted'; order: unknown }
  | { type: 'purchase.submitFailed'; error: unknown }
  | { type: 'purchase.retry' };

/** The body of `POST /v1/orders` built from the screens (the API validates it). */
export interface OrderRequestDraft {
  product: string | null;
  quantity: number;
  options: OptionsDraft;
  customer: CustomerDraft;
  billing: BillingDraft | null;
  payment: PaymentDraft;
  cgvAccepted: boolean;
  cgvVersion: string | null;
  /** Only for a renewal. */
  renewalOf?: string;
}

/** The body for `POST /v1/orders`: billing only when different, the chosen payment's fields only. */
export function toOrderRequest(context: PurchaseContext): OrderRequestDraft {
  return {
    product: context.product,
    quantity: context.quantity,
    options: { ...context.options },
    customer: { ...context.customer },
    billing: context.billingDifferent ? { ...context.billing } : null,
    payment: paymentRequestOf(context.payment),
    cgvAccepted: context.cgvAccepted,
    cgvVersion: context.cgvVersion,
    ...(context.renewalOf ? { renewalOf: context.renewalOf } : {}),
  };
}

function initialProduct(input: PurchaseInput): string | null {
  if (typeof input.product !== 'string') return null;
  const product = input.product.trim();
  return productIssues(product, input.productCodes ?? null).length === 0 ? product : null;
}

/** Everything entered cleared, product and quantity included (Annuler). */
function cleared(): Partial<PurchaseContext> {
  return { product: null, quantity: QUANTITY_MIN, ...emptyForm() };
}

export const purchaseMachine = setup({
  types: {
    context: {} as PurchaseContext,
    events: {} as PurchaseEvent,
    input: {} as PurchaseInput,
  },
  actors: {
    /** Places the order (`POST /v1/orders`); the element provides it with `machine.provide`. */
    submitOrder: fromPromise<unknown, OrderRequestDraft>(async () => {
      throw new Error('submitOrder not provided');
    }),
  },
  guards: {
    hasProduct: ({ context }) => context.product !== null,
    productSelectable: ({ context, event }) =>
      event.type === 'purchase.selectProduct' &&
      productIssues(event.product, context.productCodes).length === 0,
    quantityInRange: ({ event }) =>
      event.type === 'purchase.setQuantity' && quantityIssues(event.quantity).length === 0,
    stepComplete: ({ context }, params: { step: StepId }) =>
      stepIssues(params.step, context).length === 0,
    orderComplete: ({ context }) => allIssues(context).length === 0,
    /** The lookup is about the SIRET currently entered (a stale answer is ignored). */
    currentSiret: ({ context, event }) =>
      (event.type === 'purchase.lookupStarted' || event.type === 'purchase.organisationResolved') &&
      sameSiret(event.siret, context.customer.siret),
    hasSubmitError: ({ context }) => context.submitError !== null,
  },
  actions: {
    selectProduct: assign(({ event }) => {
      assertEvent(event, 'purchase.selectProduct');
      return { product: event.product.trim(), issues: [] };
    }),
    refuseProduct: assign(({ context, event }) => {
      assertEvent(event, 'purchase.selectProduct');
      return { issues: productIssues(event.product, context.productCodes) };
    }),
    setQuantity: assign(({ event }) => {
      assertEvent(event, 'purchase.setQuantity');
      return { quantity: event.quantity, issues: [] };
    }),
    refuseQuantity: assign(({ event }) => {
      assertEvent(event, 'purchase.setQuantity');
      return { issues: quantityIssues(event.quantity) };
    }),
    update: assign(({ context, event }) => {
      assertEvent(event, 'purchase.update');
      return applyUpdate(context, event.section, event.values);
    }),
    setBillingDifferent: assign(({ context, event }) => {
      assertEvent(event, 'purchase.setBillingDifferent');
      return {
        billingDifferent: event.value === true,
        issues: context.issues.filter((issue) => !issue.field.startsWith('billing.')),
      };
    }),
    startLookup: assign({ organisation: null, organisationStatus: 'pending' as const }),
    resolveOrganisation: assign(({ context, event }) => {
      assertEvent(event, 'purchase.organisationResolved');
      return applyOrganisation(context, event.organisation, event.status);
    }),
    acceptCgv: assign(({ context, event }) => {
      assertEvent(event, 'purchase.acceptCgv');
      return {
        cgvAccepted: true,
        cgvVersion: event.version.trim(),
        issues: context.issues.filter((issue) => issue.field !== 'cgvAccepted'),
      };
    }),
    clearIssues: assign({ issues: [] }),
    storeStepIssues: assign(({ context }, params: { step: StepId }) => ({
      issues: stepIssues(params.step, context),
    })),
    storeAllIssues: assign(({ context }) => ({ issues: allIssues(context) })),
    resetForm: assign(() => emptyForm()),
    clearAll: assign(() => cleared()),
    storeOrder: assign(({ event }) => {
      assertEvent(event, 'purchase.submitted');
      return { order: event.order };
    }),
    storeSubmitError: assign(({ event }) => {
      assertEvent(event, 'purchase.submitFailed');
      return { submitError: event.error };
    }),
    clearSubmitError: assign({ submitError: null }),
  },
}).createMachine({
  id: 'purchase',
  context: ({ input }) => ({
    product: initialProduct(input),
    quantity: QUANTITY_MIN,
    ...emptyForm(),
    ...(input.customer ? { customer: { ...input.customer } } : {}),
    productCodes: input.productCodes ? [...input.productCodes] : null,
    renewalOf: input.renewalOf ?? null,
  }),
  initial: 'start',
  states: {
    /** Transient: straight to `quantity` when the page chose the product. */
    start: {
      always: [{ guard: 'hasProduct', target: 'quantity' }, { target: 'products' }],
    },
    /** Liste des produits. */
    products: {
      on: {
        'purchase.selectProduct': [
          { guard: 'productSelectable', target: 'quantity', actions: 'selectProduct' },
          { actions: 'refuseProduct' },
        ],
      },
    },
    /** Commande du certificat: quantity and récapitulatif; the validity can still change. */
    quantity: {
      on: {
        'purchase.selectProduct': [
          { guard: 'productSelectable', actions: 'selectProduct' },
          { actions: 'refuseProduct' },
        ],
        'purchase.setQuantity': [
          { guard: 'quantityInRange', actions: 'setQuantity' },
          { actions: 'refuseQuantity' },
        ],
        'purchase.next': [
          {
            guard: and([
              { type: 'stepComplete', params: { step: 'products' as const } },
              { type: 'stepComplete', params: { step: 'quantity' as const } },
            ]),
            target: 'identification',
            actions: 'clearIssues',
          },
          { actions: { type: 'storeStepIssues', params: { step: 'quantity' } } },
        ],
        'purchase.back': { target: 'products', actions: 'clearIssues' },
        'purchase.cancel': { target: 'products', actions: 'clearAll' },
      },
    },
    /** 1 Identification client. */
    identification: {
      on: {
        'purchase.update': { actions: 'update' },
        'purchase.setBillingDifferent': { actions: 'setBillingDifferent' },
        'purchase.lookupStarted': { guard: 'currentSiret', actions: 'startLookup' },
        'purchase.organisationResolved': { guard: 'currentSiret', actions: 'resolveOrganisation' },
        'purchase.next': [
          {
            guard: { type: 'stepComplete', params: { step: 'identification' } },
            target: 'options',
            actions: 'clearIssues',
          },
          { actions: { type: 'storeStepIssues', params: { step: 'identification' } } },
        ],
        'purchase.back': { target: 'quantity', actions: 'clearIssues' },
        'purchase.reset': { target: 'identification', actions: 'resetForm' },
        'purchase.cancel': { target: 'products', actions: 'clearAll' },
      },
    },
    /** 2 Options. */
    options: {
      on: {
        'purchase.update': { actions: 'update' },
        'purchase.setBillingDifferent': { actions: 'setBillingDifferent' },
        'purchase.lookupStarted': { guard: 'currentSiret', actions: 'startLookup' },
        'purchase.organisationResolved': { guard: 'currentSiret', actions: 'resolveOrganisation' },
        'purchase.next': [
          {
            guard: { type: 'stepComplete', params: { step: 'options' } },
            target: 'payment',
            actions: 'clearIssues',
          },
          { actions: { type: 'storeStepIssues', params: { step: 'options' } } },
        ],
        'purchase.back': { target: 'identification', actions: 'clearIssues' },
        'purchase.reset': { target: 'identification', actions: 'resetForm' },
        'purchase.cancel': { target: 'products', actions: 'clearAll' },
      },
    },
    /** 3 Paiement. */
    payment: {
      on: {
        'purchase.update': { actions: 'update' },
        'purchase.setBillingDifferent': { actions: 'setBillingDifferent' },
        'purchase.lookupStarted': { guard: 'currentSiret', actions: 'startLookup' },
        'purchase.organisationResolved': { guard: 'currentSiret', actions: 'resolveOrganisation' },
        'purchase.next': [
          {
            guard: { type: 'stepComplete', params: { step: 'payment' } },
            target: 'review',
            actions: 'clearIssues',
          },
          { actions: { type: 'storeStepIssues', params: { step: 'payment' } } },
        ],
        'purchase.back': { target: 'options', actions: 'clearIssues' },
        'purchase.reset': { target: 'identification', actions: 'resetForm' },
        'purchase.cancel': { target: 'products', actions: 'clearAll' },
      },
    },
    /** Récapitulatif and CGV acceptance, then Commander. */
    review: {
      on: {
        'purchase.update': { actions: 'update' },
        'purchase.setBillingDifferent': { actions: 'setBillingDifferent' },
        'purchase.lookupStarted': { guard: 'currentSiret', actions: 'startLookup' },
        'purchase.organisationResolved': { guard: 'currentSiret', actions: 'resolveOrganisation' },
        'purchase.acceptCgv': { actions: 'acceptCgv' },
        'purchase.submit': [
          { guard: 'orderComplete', target: 'submitting', actions: 'clearIssues' },
          { actions: 'storeAllIssues' },
        ],
        'purchase.retry': [
          {
            guard: and(['hasSubmitError', 'orderComplete']),
            target: 'submitting',
            actions: 'clearIssues',
          },
          { guard: 'hasSubmitError', actions: 'storeAllIssues' },
        ],
        'purchase.back': { target: 'payment', actions: 'clearIssues' },
        'purchase.reset': { target: 'identification', actions: 'resetForm' },
        'purchase.cancel': { target: 'products', actions: 'clearAll' },
      },
    },
    /** The order is being placed (`submitOrder`); nothing can change meanwhile. */
    submitting: {
      entry: 'clearSubmitError',
      invoke: {
        src: 'submitOrder',
        input: ({ context }) => toOrderRequest(context),
        onDone: { target: 'confirmed', actions: assign({ order: ({ event }) => event.output }) },
        onError: { target: 'review', actions: assign({ submitError: ({ event }) => event.error }) },
      },
      on: {
        'purchase.submitted': { target: 'confirmed', actions: 'storeOrder' },
        'purchase.submitFailed': { target: 'review', actions: 'storeSubmitError' },
      },
    },
    /** Order placed: `context.order` holds the API's confirmation. Reset or cancel starts over. */
    confirmed: {
      on: {
        'purchase.reset': { target: 'products', actions: 'clearAll' },
        'purchase.cancel': { target: 'products', actions: 'clearAll' },
      },
    },
  },
});

/** The states a settled snapshot can be in (`start` is transient). */
export type PurchaseState = StepId | 'submitting' | 'confirmed';

export type ReplayResult = { ok: true } | { ok: false; step: StepId; issues: FieldIssue[] };

/**
 * The API's check of an order request: replays, from the machine's initial state and with
 * xstate's pure `transition` (nothing is invoked), the events a buyer would send for it, and
 * reports the first step where the machine refused, with its issues. `status` is the
 * outcome of the API's organisation lookup for `request.customer.siret`.
 */
export function replayOrder(
  request: OrderRequest,
  organisation: OrganisationFacts | null,
  status: OrganisationLookupStatus,
  options: { productCodes?: readonly string[] } = {},
): ReplayResult {
  const input: PurchaseInput = {
    ...(options.productCodes ? { productCodes: options.productCodes } : {}),
    ...(request.renewalOf ? { renewalOf: request.renewalOf } : {}),
  };
  let [snapshot] = initialTransition(purchaseMachine, input);
  const steps: Array<{ event: PurchaseEvent; expect?: PurchaseState }> = [
    { event: { type: 'purchase.selectProduct', product: request.product }, expect: 'quantity' },
    { event: { type: 'purchase.setQuantity', quantity: request.quantity } },
    { event: { type: 'purchase.next' }, expect: 'identification' },
    { event: { type: 'purchase.update', section: 'customer', values: { ...request.customer } } },
    ...(request.billing
      ? [
          { event: { type: 'purchase.setBillingDifferent', value: true } as const },
          {
            event: {
              type: 'purchase.update',
              section: 'billing',
              values: { ...request.billing },
            } as const,
          },
        ]
      : []),
    {
      event: {
        type: 'purchase.organisationResolved',
        siret: request.customer.siret,
        organisation,
        status,
      },
    },
    { event: { type: 'purchase.next' }, expect: 'options' },
    { event: { type: 'purchase.update', section: 'options', values: { ...request.options } } },
    { event: { type: 'purchase.next' }, expect: 'payment' },
    { event: { type: 'purchase.update', section: 'payment', values: { ...request.payment } } },
    { event: { type: 'purchase.next' }, expect: 'review' },
    { event: { type: 'purchase.acceptCgv', version: request.cgvVersion } },
    { event: { type: 'purchase.submit' }, expect: 'submitting' },
  ];
  for (const { event, expect } of steps) {
    const before = snapshot;
    [snapshot] = transition(purchaseMachine, snapshot, event);
    const step = isStepId(before.value) ? before.value : 'review';
    if (snapshot.context.issues.length > 0) {
      return { ok: false, step, issues: snapshot.context.issues };
    }
    if (expect !== undefined && snapshot.value !== expect) {
      // Refused without a reason of its own: report what the step lacks.
      return { ok: false, step, issues: stepIssues(step, snapshot.context) };
    }
  }
  return { ok: true };
}

export type { FieldIssue, OrganisationFacts, OrganisationStatus, StepId };
