/** Renouveler's purchase: what the purchase machine starts with for a renewal. */
import type { RenewalStart } from '../contract/dossiers.ts';
import type { PurchaseInput } from '../purchase.machine.ts';

/**
 * The purchase machine's input for a renewal: the certificate renewed, the same product
 * (validity), and the expiring order's buyer and organisation typed in (the e-mail confirmed).
 * Quantity 1 and no option are the machine's own defaults; the reader is not forced.
 */
export function renewalInput(start: RenewalStart): PurchaseInput {
  return {
    product: start.product,
    renewalOf: start.renewalOf,
    customer: { ...start.customer, emailConfirmation: start.customer.email },
  };
}
