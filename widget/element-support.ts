import type { CatalogResponse } from '../machines/contract.ts';
import type { ApiError } from './api-client.ts';

/** The catalogue's loading, as `<certinomis-order>` shows it. */
export type Load =
  | { state: 'loading' }
  | { state: 'ready'; catalog: CatalogResponse }
  | { state: 'error'; error: ApiError };

/** A lazy part of the element (the purchase, the client space): its chunk's loading. */
export type Chunk = 'idle' | 'loading' | 'ready' | 'error';

/** Where this module was loaded from: the API that serves it, by default. */
export const scriptOrigin = (() => {
  try {
    const origin = new URL(import.meta.url).origin;
    return origin === 'null' ? globalThis.location.origin : origin;
  } catch {
    return globalThis.location.origin;
  }
})();

/** Runs `run` once the page is idle (a short timer where `requestIdleCallback` is missing). */
export function whenIdle(run: () => void): void {
  const idle = globalThis.requestIdleCallback ?? ((next: () => void) => setTimeout(next, 200));
  idle(run);
}
