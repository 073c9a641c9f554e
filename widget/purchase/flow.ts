import type { CatalogResponse } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { STEPS, type StepId } from '../../machines/purchase/step-issues.ts';
import type {
  PurchaseContext,
  PurchaseEvent,
  PurchaseState,
} from '../../machines/purchase.machine.ts';
import type { ApiClient } from '../api-client.ts';

/** What every purchase screen receives from `<certinomis-order>` (a new object per change). */
export interface Flow {
  locale: Locale;
  client: ApiClient;
  catalog: CatalogResponse;
  state: PurchaseState;
  context: PurchaseContext;
  send(event: PurchaseEvent): void;
  /** Field errors of the API's last 422, by order-request path (`customer.email`). */
  serverErrors: ReadonlyMap<string, string>;
  /** Checks the SIRET again after a failed lookup. */
  lookup(): void;
}

/** The screen that shows the field at `path` (an order-request path). */
export function stepOfField(path: string): StepId {
  const head = path.split('.')[0];
  if (head === 'customer' || head === 'billing') return 'identification';
  if (head === 'options' || head === 'payment' || head === 'quantity') return head;
  return head === 'product' ? 'products' : 'review';
}

/** The earliest screen among `paths` (in flow order). */
export function firstStepOf(paths: Iterable<string>): StepId {
  let index = STEPS.length - 1;
  for (const path of paths) index = Math.min(index, STEPS.indexOf(stepOfField(path)));
  return STEPS[index] ?? 'review';
}
