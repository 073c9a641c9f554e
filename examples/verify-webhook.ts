/**
 * Verify a CERTINOMIS webhook — a self-contained sample to copy into your
 * receiver. No dependencies: Web Crypto only, so it runs unchanged on
 * Node.js ≥ 20, Deno, Bun and Cloudflare Workers.
 *
 *   const event = await verifyWebhook(rawBody, request.headers.get('Certinomis-Signature'), secret);
 *
 * - `rawBody` must be the request body exactly as received (read it as text
 *   before any JSON parsing: re-serialised JSON does not verify);
 * - `secret` is your `whsec_…` signing secret, or a list of them while you
 *   rotate it: after `POST /v1/partner/webhooks/secret/roll`, every delivery
 *   carries `t=…,v1=<new>,v1=<old>` until `previousExpiresAt`, so passing
 *   either secret (or `[newSecret, oldSecret]`) verifies; after the overlap
 *   only the new one does;
 * - it throws a `WebhookVerificationError` when the request must be refused
 *   (answer 400 and do not process it), else returns the parsed event.
 *
 * Deliveries are at least once: remember the `id` of the events you processed
 * and ignore one you have already seen.
 */

export interface CertinomisWebhookEvent<T = Record<string, unknown>> {
  /** `evt_<uuid>`: the same on every retry of the event. */
  id: string;
  type: string;
  /** ISO 8601 date-time of the event. */
  created: string;
  /** False for events caused by test keys. */
  livemode: boolean;
  /** True on test events (`POST /v1/partner/webhooks/test`): a `ping` or a sample. */
  test?: boolean;
  data: T;
}

export type WebhookVerificationFailure =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch'
  | 'malformed_body';

export class WebhookVerificationError extends Error {
  readonly reason: WebhookVerificationFailure;
  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
  }
}

export interface VerifyWebhookOptions {
  /** Largest accepted gap between the signature's `t` and now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time (default: the system clock). */
  now?: Date;
}

const encoder = new TextEncoder();

export async function verifyWebhook<T = Record<string, unknown>>(
  rawBody: string,
  signatureHeader: string | null | undefined,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<CertinomisWebhookEvent<T>> {
  const toleranceSeconds = options.toleranceSeconds ?? 300;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (!signatureHeader) {
    throw new WebhookVerificationError('missing_header', 'No Certinomis-Signature header.');
  }

  // `t=1767225600,v1=5257a8…,v1=…`: one timestamp, one or more signatures.
  let timestamp: number | undefined;
  const signatures: ArrayBuffer[] = [];
  for (const part of signatureHeader.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(hexBytes(value));
    // other keys (future schemes) are ignored
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError(
      'malformed_header',
      'The Certinomis-Signature header has no t= timestamp or no v1= signature.',
    );
  }
  // Refuse old (replayed) and far-future requests.
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_out_of_tolerance',
      `The signature timestamp is more than ${toleranceSeconds} s away from now.`,
    );
  }

  // crypto.subtle.verify compares in constant time.
  const message = encoder.encode(`${timestamp}.${rawBody}`);
  const secrets = typeof secret === 'string' ? [secret] : secret;
  let valid = false;
  for (const s of secrets) {
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(s),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    for (const signature of signatures) {
      if (await crypto.subtle.verify('HMAC', key, signature, message)) valid = true;
    }
  }
  if (!valid) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      'No v1= signature matches the body with this secret.',
    );
  }

  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    throw new WebhookVerificationError('malformed_body', 'The body is not JSON.');
  }
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof (event as { id?: unknown }).id !== 'string' ||
    typeof (event as { type?: unknown }).type !== 'string'
  ) {
    throw new WebhookVerificationError('malformed_body', 'The body is not a webhook event.');
  }
  return event as CertinomisWebhookEvent<T>;
}

function hexBytes(hex: string): ArrayBuffer {
  const buffer = new ArrayBuffer(hex.length / 2);
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  }
  return buffer;
}
