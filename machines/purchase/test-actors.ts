import * as v from 'valibot';
import { type Actor, createActor } from 'xstate';
import { type PurchaseEvent, type PurchaseInput, purchaseMachine } from '../purchase.machine.ts';
import { type OrderRequest, orderRequestSchema } from '../schemas/purchase.ts';
import type { PaymentDraft } from './context.ts';
import { lookupStatusOf, type OrganisationFacts } from './organisation.ts';
import {
  CGV_VERSION,
  customerDraft,
  mandateDraft,
  organisations,
  PRODUCT,
  transferDraft,
} from './test-fixtures.ts';

export type PurchaseActor = Actor<typeof purchaseMachine>;

export function start(input: PurchaseInput = {}, machine = purchaseMachine): PurchaseActor {
  return createActor(machine, { input }).start();
}

export const state = (actor: PurchaseActor) => actor.getSnapshot().value;
export const context = (actor: PurchaseActor) => actor.getSnapshot().context;
export const issueFields = (actor: PurchaseActor) =>
  Object.fromEntries(context(actor).issues.map((issue) => [issue.field, issue.key]));

export function send(actor: PurchaseActor, ...events: PurchaseEvent[]): PurchaseActor {
  for (const event of events) actor.send(event);
  return actor;
}

export function resolved(organisation: OrganisationFacts): PurchaseEvent {
  return {
    type: 'purchase.organisationResolved',
    siret: organisation.siret,
    organisation,
    status: lookupStatusOf(organisation),
  };
}

/** Products → quantity (2) → identification. */
export function toIdentification(actor = start()): PurchaseActor {
  return send(
    actor,
    { type: 'purchase.selectProduct', product: PRODUCT },
    { type: 'purchase.setQuantity', quantity: 2 },
    { type: 'purchase.next' },
  );
}

/** Fills Identification client for `organisation` and the lookup's answer, without leaving. */
export function identified(
  organisation: OrganisationFacts,
  actor = toIdentification(),
): PurchaseActor {
  return send(
    actor,
    { type: 'purchase.update', section: 'customer', values: customerDraft(organisation.siret) },
    { type: 'purchase.lookupStarted', siret: organisation.siret },
    resolved(organisation),
  );
}

export function toOptions(organisation: OrganisationFacts): PurchaseActor {
  return send(identified(organisation), { type: 'purchase.next' });
}

export function toPayment(organisation: OrganisationFacts): PurchaseActor {
  return send(toOptions(organisation), { type: 'purchase.next' });
}

export function toReview(
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

/** Like toPayment, on another machine (one with a submitOrder provided). */
export function toPaymentOn(
  machine: typeof purchaseMachine,
  organisation: OrganisationFacts = organisations.privateExisting,
): PurchaseActor {
  const actor = identified(organisation, toIdentification(start({}, machine)));
  return send(actor, { type: 'purchase.next' }, { type: 'purchase.next' });
}

/** A parsed order request, as the API has it when it calls replayOrder. */
export function orderFor(
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
export function unparsedOrder(organisation: OrganisationFacts, overrides: Partial<OrderRequest>) {
  return { ...orderFor(organisation), ...overrides } as OrderRequest;
}
