/**
 * How a partner's webhook leaves (api/webhooks/deliver.ts): `fetch` on Workers and by default
 * (api/webhooks/fetch-poster.ts), undici on Node's entry
 * (api/adapters/undici-webhook-poster.ts). Web-standard: no Node imports here.
 */

/** One webhook request: the signed event's headers and body, and the attempt's time limit. */
export interface WebhookPost {
  headers: Record<string, string>;
  body: string;
  /** Aborted when the attempt's time is up: the request, and the reading of its answer, stop. */
  signal: AbortSignal;
}

/**
 * How a webhook leaves: POSTs `body` to `url` and resolves with the answer's status. Redirects
 * are never followed (a 3xx is the answer); the answer's body is dropped, never kept: it is
 * shown to nobody, and must not turn a misconfigured endpoint into a window on a network.
 * Rejects on a network error, and when `signal` aborts.
 */
export type WebhookPoster = (url: string, post: WebhookPost) => Promise<{ status: number }>;

/**
 * An answer's body is read to its end and dropped, so that its connection serves the next
 * webhook, up to this many bytes; past it, the connection is closed instead.
 */
export const DISCARDED_BODY_LIMIT = 256 * 1024;
