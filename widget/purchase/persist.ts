import type { PurchaseContext } from '../../machines/purchase/context.ts';
import { isStepId, type StepId } from '../../machines/purchase/step-issues.ts';

/** The Idempotency-Key of the order request it was made for (reused by retries). */
export interface IdempotencyRecord {
  key: string;
  /** The order request (JSON) the key belongs to. */
  request: string;
}

/** What a reload restores: the screen and what was typed (never the order or its error). */
export interface SavedPurchase {
  v: 1;
  state: StepId;
  context: Omit<PurchaseContext, 'order' | 'submitError'>;
  idempotency: IdempotencyRecord | null;
}

/** sessionStorage key of one partner's purchase (nothing secret is stored). */
export function storageKey(partnerKey: string | null): string {
  return `certinomis-order:${partnerKey || 'public'}:purchase`;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // blocked (sandboxed iframe, privacy settings)
  }
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

/** A new Idempotency-Key (a UUID; `randomUUID` needs a secure context, hence the fallback). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
