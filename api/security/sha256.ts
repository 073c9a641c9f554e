import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256, synchronous, for the short inputs hashed on every request: a session token
 * (43 characters), an idempotent request's canonical body (a few KB). Web Crypto's
 * `crypto.subtle.digest` gives the same bytes, but on Node each call is an asynchronous job
 * with its own promise and thread-pool hop, which CPU profiles of the hot routes showed costing
 * more than the hashing itself (about 25 µs of CPU a call against 2 µs). The hashing itself is
 * `@noble/hashes` (audited, dependency-free, the same code on Node and Workers); sha256.test.ts
 * proves it equal to Web Crypto.
 */
export function sha256(input: string | Uint8Array): Uint8Array {
  return nobleSha256(typeof input === 'string' ? utf8ToBytes(input) : input);
}

/** The SHA-256 of `input` (a string is hashed as its UTF-8 bytes) as 64 lower-case hex digits. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(input));
}
