/** `/v1/partner` (server to server, `Authorization: Bearer sk_…`): a partner's own data. */

export const WEBHOOK_EVENT_STATUSES = ['delivered', 'pending', 'failed'] as const;
export type WebhookEventStatus = (typeof WEBHOOK_EVENT_STATUSES)[number];

export interface WebhookAttemptView {
  attempt: number;
  attemptedAt: string;
  /** The endpoint's HTTP status; null on timeouts and network errors. */
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
  succeeded: boolean;
  url: string;
  /** An attempt the partner asked for (replay), outside the retry schedule. */
  manual: boolean;
}

/** One event of `GET /v1/partner/webhooks/deliveries`. */
export interface WebhookEventView {
  /** `evt_<uuid>`, the `id` of the body and the `Certinomis-Event-Id` header. */
  id: string;
  type: string;
  /** When the event was queued. */
  createdAt: string;
  status: WebhookEventStatus;
  deliveredAt: string | null;
  /** When the next attempt is due (pending events only). */
  nextAttemptAt: string | null;
  /** When retries stopped for good (failed events only). */
  failedAt: string | null;
  lastError: string | null;
  /** Oldest first. */
  attempts: WebhookAttemptView[];
}
