import { base64url, constantTimeEqual } from './tokens.ts';

/**
 * Password hashing: PBKDF2-HMAC-SHA256 through Web Crypto, 100,000
 * iterations, 16-byte random salt, 32-byte key, stored as
 * `pbkdf2-sha256$<iterations>$<salt>$<hash>` so the parameters travel with
 * the hash and can be raised later (verify reports `needsRehash`).
 *
 * Why PBKDF2 and not scrypt/Argon2: it is the only slow KDF that Web Crypto
 * implements natively on both Node and Cloudflare Workers, so a hash made on
 * one verifies on the other at native speed; memory-hard KDFs in pure JS
 * would cost a Worker far more CPU time per login for less work factor.
 * Workers refuse PBKDF2 above 100,000 iterations — below OWASP's 600,000 for
 * PBKDF2-SHA256 — so the API also throttles failed logins per account and per
 * IP, refuses common passwords, and requires the e-mailed second factor.
 */
export const passwordKdf = {
  name: 'pbkdf2-sha256',
  iterations: 100_000,
  saltBytes: 16,
  keyBytes: 32,
};

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  bytes: number,
) {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    bytes * 8,
  );
  return new Uint8Array(bits);
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) =>
    c.charCodeAt(0),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(passwordKdf.saltBytes));
  const hash = await derive(password, salt, passwordKdf.iterations, passwordKdf.keyBytes);
  return `${passwordKdf.name}$${passwordKdf.iterations}$${base64url(salt)}$${base64url(hash)}`;
}

export interface PasswordCheck {
  ok: boolean;
  /** The stored hash uses weaker parameters than today's: store a new one. */
  needsRehash: boolean;
}

export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const [name, iterationsText, saltText, hashText] = stored.split('$');
  const iterations = Number(iterationsText);
  if (name !== passwordKdf.name || !Number.isInteger(iterations) || !saltText || !hashText) {
    return { ok: false, needsRehash: false };
  }
  const expected = fromBase64url(hashText);
  const actual = await derive(password, fromBase64url(saltText), iterations, expected.length);
  const ok = constantTimeEqual(base64url(actual), base64url(expected));
  return { ok, needsRehash: ok && iterations < passwordKdf.iterations };
}

let decoy: Promise<string> | undefined;
/**
 * A hash of a random password: verifying against it costs the same time as a
 * real one. Made on first use, not at import: Workers forbid random values and
 * crypto in a module's global scope.
 */
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword(crypto.randomUUID());
  return decoy;
}
