/**
 * The API's field errors (a 422 on `POST /v1/orders`) mapped onto the purchase form: by
 * order-request path (`customer.email`), shown next to their fields, the form taken back to the
 * first step that has one, and each error forgotten once the buyer changes its field.
 */
import { STEPS } from '../../machines/purchase/step-issues.ts';
import type { PurchaseEvent } from '../../machines/purchase.machine.ts';
import { ApiError } from '../api-client.ts';
import { firstStepOf } from './flow.ts';

export type ServerErrors = ReadonlyMap<string, string>;

export const noServerErrors: ServerErrors = new Map();

/** The field errors of a 422 refusal, or null when the error names no field. */
export function fieldErrorsOf(error: unknown): ServerErrors | null {
  const errors = error instanceof ApiError && error.status === 422 ? error.problem?.errors : null;
  if (!errors?.length) return null;
  return new Map(errors.map((e) => [e.field, e.message]));
}

/** How many `purchase.back` take the review back to the first step showing one of `fields`. */
export function backsToFirstError(fields: Iterable<string>): number {
  const target = firstStepOf(fields);
  return STEPS.indexOf('review') - STEPS.indexOf(target === 'products' ? 'quantity' : target);
}

/** The path prefixes whose API errors `event` makes stale (`''`: all of them). */
function changedPrefixes(event: PurchaseEvent): string[] {
  switch (event.type) {
    case 'purchase.update':
      return 'method' in event.values
        ? ['payment.']
        : Object.keys(event.values).map((key) => `${event.section}.${key}`);
    case 'purchase.setBillingDifferent':
      return ['billing.'];
    case 'purchase.acceptCgv':
      return ['cgv'];
    case 'purchase.setQuantity':
      return ['quantity'];
    case 'purchase.cancel':
    case 'purchase.reset':
      return [''];
    default:
      return [];
  }
}

/** `errors` without those about a field `event` changes (the same map when none). */
export function forgetChanged(errors: ServerErrors, event: PurchaseEvent): ServerErrors {
  if (errors.size === 0) return errors;
  const prefixes = changedPrefixes(event);
  const kept = [...errors].filter(
    ([field]) => !prefixes.some((prefix) => field.startsWith(prefix)),
  );
  return kept.length === errors.size ? errors : new Map(kept);
}
