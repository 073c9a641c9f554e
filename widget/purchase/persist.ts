import type { PurchaseContext } from '../../machines/purchase/context.ts';
import { isStepId, type StepId } from '../../machines/purchase/step-issues.ts';
import type { PurchaseState } from '../../machines/purchase.machine.ts';
import type { IdempotencyRecord } from './idempotency.ts';
import { purchaseStorage as storage } from './storage-key.ts';

/** What a reload restores: the screen and what was typed (never the order or its error). */
export interface SavedPurchase {
  v: 1;
  state: StepId;
  context: Omit<PurchaseContext, 'order' | 'submitError'>;
  idempotency: IdempotencyRecord | null;
}

export function savePurchase(key: string, saved: SavedPurchase | null): void {
  try {
    if (saved) storage()?.setItem(key, JSON.stringify(saved));
    else storage()?.removeItem(key);
  } catch {
    // Quota or blocked storage: the form still works, it just won't survive a reload.
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved purchase, when there is one of the expected shape. */
export function loadPurchase(key: string): SavedPurchase | null {
  try {
    const saved: unknown = JSON.parse(storage()?.getItem(key) ?? 'null');
    if (!isObject(saved) || saved.v !== 1 || !isStepId(saved.state)) return null;
    const context = saved.context;
    if (
      !isObject(context) ||
      !isObject(context.customer) ||
      !isObject(context.billing) ||
      !isObject(context.options) ||
      !isObject(context.payment) ||
      !Array.isArray(context.issues) ||
      typeof context.quantity !== 'number'
    ) {
      return null;
    }
    return saved as unknown as SavedPurchase;
  } catch {
    return null;
  }
}

/** What to keep of the machine's snapshot: nothing once confirmed; `submitting` is resumed in review. */
export function toSaved(
  state: PurchaseState,
  context: PurchaseContext,
  idempotency: IdempotencyRecord | null,
): SavedPurchase | null {
  if (state === 'confirmed') return null;
  const { order: _order, submitError: _error, ...kept } = context;
  return { v: 1, state: state === 'submitting' ? 'review' : state, context: kept, idempotency };
}

/** The machine context a saved purchase resumes with, for the catalogue's `productCodes`. */
export function resumedContext(
  saved: SavedPurchase,
  productCodes: readonly string[],
): PurchaseContext {
  return {
    ...saved.context,
    // A lookup in flight when the page was left is done again.
    organisationStatus:
      saved.context.organisationStatus === 'pending' ? 'idle' : saved.context.organisationStatus,
    productCodes,
    renewalOf: saved.context.renewalOf ?? null,
    order: null,
    submitError: null,
  };
}
