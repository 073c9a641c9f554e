import type { Totals } from '../machines/contract.ts';
import type { PurchaseState } from '../machines/purchase.machine.ts';

/**
 * The `detail` of each DOM event `<certinomis-order>` fires (bubbling, composed), by event name:
 * the types a partner's code (and the React wrapper's callbacks) receive. Amounts in cents.
 */
export interface CertinomisEventDetails {
  /** Every screen change: the purchase's step and product, or the client space's screen. */
  'certinomis:step': { step: string; product?: string | null; mode?: 'space' };
  /** The order is placed. */
  'certinomis:order-placed': { reference: string; totals: Totals; totalTTC: number };
  /** The API cannot be used (status 0: network). */
  'certinomis:error': { status: number; title: string };
  /** Every transition of the purchase machine (developer tools). */
  'certinomis:state': { state: PurchaseState; event: { type: string } };
  /** The buyer picks a language in the client space. */
  'certinomis:locale': { locale: string };
  /** The pen of a dossier row is clicked (client space). */
  'certinomis:dossier-open': { id: string };
  /** A dossier leaves editing (signed online or by hand). */
  'certinomis:dossier-submitted': { id: string; status: string };
}

/** The DOM event of `name`, as a listener receives it. */
export type CertinomisEvent<Name extends keyof CertinomisEventDetails> = CustomEvent<
  CertinomisEventDetails[Name]
>;
