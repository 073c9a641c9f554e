/**
 * Random secrets and their stored form, web-standard only (Node and
 * Workers alike). Tokens sent to people (e-mailed links, bearer sessions,
 * login attempt ids) carry 256 random bits; the database keeps their SHA-256.
 */
import { sha256Hex } from './sha256.ts';

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** A URL-safe random token (default 32 bytes = 256 bits, 43 characters). */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * The stored form of a token: hex SHA-256 (tokens are high-entropy: no salt or KDF needed).
 * Hashed synchronously (./sha256.ts): every authenticated request hashes its bearer token, and
 * Web Crypto's asynchronous digest cost more than the hash. Still a promise for its callers.
 */
export async function hashToken(token: string): Promise<string> {
  return sha256Hex(token);
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

export { base64url };
