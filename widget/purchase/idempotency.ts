/** The Idempotency-Key of the order request it was made for (reused by retries). */
export interface IdempotencyRecord {
  key: string;
  /** The order request (JSON) the key belongs to. */
  request: string;
}

/** A new Idempotency-Key (a UUID; `randomUUID` needs a secure context, hence the fallback). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One Idempotency-Key per order request, reused while the request is unchanged (a retry after
 * a network failure or a 409 never orders twice); saved with the purchase, so a reload keeps it.
 */
export class OrderIdempotency {
  constructor(public record: IdempotencyRecord | null = null) {}

  /** The key for `body` (the order request as sent): the same one while the body is the same. */
  keyFor(body: string): string {
    if (this.record?.request !== body) this.record = { key: newIdempotencyKey(), request: body };
    return this.record.key;
  }

  /** The key served another request (`idempotency-key-reused`): the next attempt needs a new one. */
  forget(): void {
    this.record = null;
  }
}
