import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Signing of partner webhooks, the same code on Node and Workers.
 *
 * Header `Certinomis-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`: the
 * HMAC key is the UTF-8 bytes of the whole `whsec_…` secret, the message is
 * `${t}.${body}` where `body` is the exact request body. Several `v1=` entries
 * (one per secret) are sent while a secret is being rotated; a receiver
 * accepts the request when any of them matches. See docs/webhooks.md.
 */

export const SIGNATURE_HEADER = 'Certinomis-Signature';
export const EVENT_ID_HEADER = 'Certinomis-Event-Id';
export const EVENT_TYPE_HEADER = 'Certinomis-Event-Type';

/**
 * Hex HMAC-SHA256 of `${timestampSeconds}.${body}` under `secret`. Synchronous, with
 * `@noble/hashes` (as api/security/sha256.ts): Web Crypto's `importKey` and `sign` are two
 * asynchronous jobs on Node, each with a thread-pool hop, costlier than the hashing of a
 * webhook's body (signature.test.ts proves the same bytes as node:crypto).
 */
export function webhookHmac(secret: string, timestampSeconds: number, body: string): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(`${timestampSeconds}.${body}`)));
}

/**
 * The `Certinomis-Signature` header value for `body` sent at `timestampSeconds`
 * (whole Unix seconds): `t=…,v1=…`, with one `v1=` per secret when given several.
 */
export async function signWebhook(
  secret: string | readonly string[],
  timestampSeconds: number,
  body: string,
): Promise<string> {
  if (!Number.isSafeInteger(timestampSeconds) || timestampSeconds < 0) {
    throw new RangeError('signWebhook: timestampSeconds must be whole Unix seconds');
  }
  const secrets = typeof secret === 'string' ? [secret] : [...secret];
  if (secrets.length === 0 || secrets.some((s) => s.length === 0)) {
    throw new Error('signWebhook: empty secret');
  }
  const macs = secrets.map((s) => webhookHmac(s, timestampSeconds, body));
  return [`t=${timestampSeconds}`, ...macs.map((mac) => `v1=${mac}`)].join(',');
}
