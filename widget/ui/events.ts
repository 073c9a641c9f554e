import type { ApiError } from '../api-client.ts';

/** Fires a `certinomis:*` event from `host`: bubbling and composed, so the page hears it. */
export function emit(host: EventTarget, type: string, detail: unknown): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** `certinomis:error`: `{ status, title }` (status 0: network), the API's title or `fallback`. */
export function emitError(host: EventTarget, error: ApiError, fallback: string): void {
  emit(host, 'certinomis:error', { status: error.status, title: error.problem?.title ?? fallback });
}
