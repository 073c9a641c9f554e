import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.ts';

const webCrypto = async (bytes: Uint8Array) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

describe('sha256', () => {
  it('gives the published digests of the standard test messages', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals Web Crypto for every length across the block boundaries and for UTF-8 text', async () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length * 7) & 0xff);
      expect(sha256Hex(bytes), `length ${length}`).toBe(await webCrypto(bytes));
    }
    const text = `{"organisation":"Société Générale — Île-de-France ✓ 🚀","x":${'é'.repeat(3000)}}`;
    expect(sha256Hex(text)).toBe(await webCrypto(new TextEncoder().encode(text)));
  });
});
