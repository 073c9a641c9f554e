/**
 * Signing of partner webhooks, with Web Crypto only (Node and Workers alike).
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

const encoder = new TextEncoder();

/** Hex HMAC-SHA256 of `${timestampSeconds}.${body}` under `secret`. */
export async function webhookHmac(
  secret: string,
  timestampSeconds: number,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestampSeconds}.${body}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
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
  const macs = await Promise.all(secrets.map((s) => webhookHmac(s, timestampSeconds, body)));
  return [`t=${timestampSeconds}`, ...macs.map((mac) => `v1=${mac}`)].join(',');
}
