/**
 * Where text messages go once the outbox releases them (an HTTP SMS gateway,
 * later). Web-standard: no Node imports here.
 */
export interface OutgoingSms {
  /** The outbox row id, stable across retries: usable as the gateway's idempotency key. */
  id: string;
  /** Recipient phone number as enqueued (E.164 expected, e.g. `+33612345678`). */
  to: string;
  text: string;
}

export interface SmsSender {
  /** Resolves once the gateway accepted the message; throws (rejects) on any failure. */
  send(message: OutgoingSms): Promise<void>;
}
