/**
 * Where a purchase in progress is kept (sessionStorage, per partner key). Light on purpose:
 * `<certinomis-order>` asks whether there is one to restore before it loads the purchase.
 */

/** sessionStorage key of one partner's purchase (nothing secret is stored). */
export function storageKey(partnerKey: string | null): string {
  return `certinomis-order:${partnerKey || 'public'}:purchase`;
}

export function purchaseStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // blocked (sandboxed iframe, privacy settings)
  }
}

/** Whether a purchase of this partner was saved in this tab (its shape is checked on load). */
export function hasSavedPurchase(partnerKey: string | null): boolean {
  try {
    return purchaseStorage()?.getItem(storageKey(partnerKey)) != null;
  } catch {
    return false;
  }
}
