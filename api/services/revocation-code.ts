import { hashToken } from '../security/tokens.ts';

/**
 * Revocation codes: 20 characters of Crockford's base 32 (100 random bits), shown in groups of
 * four (`7K3Q-…`). The code alone identifies a request on the public page, so it carries as
 * many random bits as a password-reset link would need; the database keeps its SHA-256.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 20;

export const revocationCodePolicy = {
  lifetimeMs: 72 * 3_600_000,
  /** Wrong codes for one request before it is dead (client space). */
  maxAttempts: 5,
  /** New requests per certificate (each e-mails a code). */
  requestsPerDossier: { limit: 3, windowMs: 3_600_000 },
  /** The public page: tries per client address, and for everyone together. */
  publicPerAddress: { limit: 10, windowMs: 3_600_000 },
  publicOverall: { limit: 1_000, windowMs: 3_600_000 },
};

export function randomRevocationCode(): string {
  // 256 is a multiple of 32: `byte & 31` is uniform.
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

/** The canonical form of what a person typed: case, spaces, dashes and look-alikes forgiven; null if it cannot be a code. */
export function normaliseRevocationCode(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== LENGTH) return null;
  for (const char of canonical) if (!ALPHABET.includes(char)) return null;
  return canonical;
}

/** The stored form of a code (its canonical form hashed). */
export async function hashRevocationCode(code: string): Promise<string> {
  return hashToken(`revocation:${normaliseRevocationCode(code) ?? code}`);
}
