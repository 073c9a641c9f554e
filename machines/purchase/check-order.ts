/**
 * The API's check of an order request without xstate: the same events `replayOrder` sends
 * through the purchase machine, applied with the same pure functions the machine's guards
 * and actions call (`productIssues`, `applyUpdate`, `applyOrganisation`, `stepIssues`,
 * `allIssues`), in the same order. The machine stays the authority: `checkOrder` must give
 * exactly `replayOrder`'s result, which check-order.test.ts proves on a corpus of orders.
 * It exists because the placement runs it on every order (issue 21: xstate's `transition`
 * builds a snapshot per event, about half a millisecond per order).
 */
import type { ReplayResult } from '../purchase.machine.ts';
import type { OrderRequest } from '../schemas/purchase.ts';
import { QUANTITY_MIN } from '../schemas/purchase.ts';
import { emptyForm, type PurchaseContext } from './context.ts';
import type { OrganisationFacts, OrganisationLookupStatus } from './organisation.ts';
import {
  allIssues,
  type FieldIssue,
  productIssues,
  quantityIssues,
  type StepId,
  stepIssues,
} from './step-issues.ts';
import { applyOrganisation, applyUpdate, sameSiret } from './update.ts';

/** Thrown inside `checkOrder` at the first refused step (never escapes it). */
class Refused {
  constructor(
    readonly step: StepId,
    readonly issues: FieldIssue[],
  ) {}
}

/**
 * Same contract as `replayOrder`: the first step where the purchase machine would refuse
 * the order, with its issues, or `{ ok: true }` when the element could have submitted it.
 */
export function checkOrder(
  request: OrderRequest,
  organisation: OrganisationFacts | null,
  status: OrganisationLookupStatus,
  options: { productCodes?: readonly string[] } = {},
): ReplayResult {
  // The machine's initial context, no product chosen by the page (state `products`).
  let context: PurchaseContext = {
    product: null,
    quantity: QUANTITY_MIN,
    ...emptyForm(),
    productCodes: options.productCodes ? [...options.productCodes] : null,
    renewalOf: request.renewalOf ?? null,
  };
  /** An event's actions ran in `step`: the machine reports issues left in the context. */
  const settle = (step: StepId, changes: Partial<PurchaseContext>) => {
    context = { ...context, ...changes };
    if (context.issues.length > 0) throw new Refused(step, context.issues);
  };
  /** `purchase.next` out of `step`: allowed when the guard holds, else the step's issues. */
  const next = (step: StepId, allowed: boolean) => {
    if (allowed) settle(step, { issues: [] });
    else throw new Refused(step, stepIssues(step, context));
  };
  const complete = (step: StepId) => stepIssues(step, context).length === 0;

  try {
    // products: purchase.selectProduct (guard productSelectable).
    const productRefusal = productIssues(request.product, context.productCodes);
    if (productRefusal.length > 0) throw new Refused('products', productRefusal);
    settle('products', { product: request.product.trim(), issues: [] });

    // quantity: purchase.setQuantity (guard quantityInRange), then purchase.next.
    const quantityRefusal = quantityIssues(request.quantity);
    if (quantityRefusal.length > 0) throw new Refused('quantity', quantityRefusal);
    settle('quantity', { quantity: request.quantity, issues: [] });
    next('quantity', complete('products') && complete('quantity'));

    // identification: customer, billing, the lookup's answer, then purchase.next.
    settle('identification', applyUpdate(context, 'customer', { ...request.customer }));
    if (request.billing) {
      settle('identification', {
        billingDifferent: true,
        issues: context.issues.filter((issue) => !issue.field.startsWith('billing.')),
      });
      settle('identification', applyUpdate(context, 'billing', { ...request.billing }));
    }
    if (sameSiret(request.customer.siret, context.customer.siret)) {
      settle('identification', applyOrganisation(context, organisation, status));
    }
    next('identification', complete('identification'));

    settle('options', applyUpdate(context, 'options', { ...request.options }));
    next('options', complete('options'));

    settle('payment', applyUpdate(context, 'payment', { ...request.payment }));
    next('payment', complete('payment'));

    // review: purchase.acceptCgv, then purchase.submit (guard orderComplete).
    settle('review', {
      cgvAccepted: true,
      cgvVersion: request.cgvVersion.trim(),
      issues: context.issues.filter((issue) => issue.field !== 'cgvAccepted'),
    });
    const remaining = allIssues(context);
    if (remaining.length > 0) throw new Refused('review', remaining);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, step: error.step, issues: error.issues };
    throw error;
  }
}
