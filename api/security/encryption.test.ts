import { describe, expect, it } from 'vitest';
import { ConfigError, encryptionKeyRing, readConfig } from '../config.ts';
import { startNodeServer } from '../node.ts';
import {
  decryptBytes,
  decryptText,
  developmentKeyRing,
  encryptBytes,
  encryptedTextKeyId,
  encryptText,
  envelopeKeyId,
  generateMasterKeyEntry,
  importKeyRing,
  isEncryptedText,
  isEnvelope,
  parseKeyRingSpec,
  rewrapEnvelope,
  rewrapText,
  UnreadableCiphertextError,
} from './encryption.ts';

const k1 = generateMasterKeyEntry('k1');
const k2 = generateMasterKeyEntry('k2');
const scan = new TextEncoder().encode(
  '%PDF-1.7 pièce d’identité de Jeanne Martin, née le 1er mai 1980',
);

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('envelope encryption (AES-256-GCM, per-object data key wrapped by a master key)', () => {
  it('round-trips, and the stored bytes neither are nor contain the plaintext', async () => {
    const ring = await importKeyRing(k1);
    const stored = await encryptBytes(ring, scan, 'file:a');
    expect(isEnvelope(stored)).toBe(true);
    expect(envelopeKeyId(stored)).toBe('k1');
    expect(contains(stored, scan.subarray(0, 16))).toBe(false);
    expect(contains(stored, new TextEncoder().encode('Jeanne'))).toBe(false);
    expect(await decryptBytes(ring, stored, 'file:a')).toEqual(scan);
    // A fresh data key and IV each time: the same file never gives the same bytes twice.
    expect(await encryptBytes(ring, scan, 'file:a')).not.toEqual(stored);
    expect(isEnvelope(scan)).toBe(false);
  });

  it('refuses every altered byte, another context and an unknown key, as unreadable', async () => {
    const ring = await importKeyRing(k1);
    const stored = await encryptBytes(ring, scan, 'file:a');
    // Every byte of the stored form is protected: header (key id, wrapping), IV, ciphertext, tag.
    for (let i = 0; i < stored.length; i++) {
      const altered = stored.slice();
      altered[i] = (altered[i] ?? 0) ^ 0x01;
      await expect(decryptBytes(ring, altered, 'file:a'), `byte ${i}`).rejects.toBeInstanceOf(
        UnreadableCiphertextError,
      );
    }
    await expect(decryptBytes(ring, stored.subarray(0, 40), 'file:a')).rejects.toBeInstanceOf(
      UnreadableCiphertextError,
    );
    // Moved under another object's name: refused.
    await expect(decryptBytes(ring, stored, 'file:b')).rejects.toBeInstanceOf(
      UnreadableCiphertextError,
    );
    // Without the master key that wrapped it.
    await expect(decryptBytes(await importKeyRing(k2), stored, 'file:a')).rejects.toThrow(
      /master key "k1" is not in ENCRYPTION_KEYS/,
    );
    await expect(decryptBytes(ring, scan, 'file:a')).rejects.toBeInstanceOf(
      UnreadableCiphertextError,
    );
  });

  it('rotates: a new current key still opens old objects; re-wrapped, they open without the old key', async () => {
    const old = await encryptBytes(await importKeyRing(k1), scan, 'file:a');
    const rotated = await importKeyRing(`${k2},${k1}`);
    expect(rotated.current.id).toBe('k2');
    expect(await decryptBytes(rotated, old, 'file:a')).toEqual(scan);
    expect(envelopeKeyId(await encryptBytes(rotated, scan, 'file:b'))).toBe('k2');

    const rewrapped = await rewrapEnvelope(rotated, old, 'file:a');
    expect(rewrapped).not.toBeNull();
    expect(envelopeKeyId(rewrapped as Uint8Array)).toBe('k2');
    // Only the header changed: the ciphertext is the same bytes.
    expect((rewrapped as Uint8Array).subarray(-scan.length)).toEqual(old.subarray(-scan.length));
    expect(await rewrapEnvelope(rotated, rewrapped as Uint8Array, 'file:a')).toBeNull();
    const k2Only = await importKeyRing(k2);
    expect(await decryptBytes(k2Only, rewrapped as Uint8Array, 'file:a')).toEqual(scan);
    await expect(decryptBytes(k2Only, old, 'file:a')).rejects.toBeInstanceOf(
      UnreadableCiphertextError,
    );
    // Re-wrapping under another name is refused too (the wrapping is bound to the context).
    await expect(rewrapEnvelope(rotated, old, 'file:b')).rejects.toBeInstanceOf(
      UnreadableCiphertextError,
    );
  });

  it('seals short secrets as text, told apart from clear values', async () => {
    const ring = await importKeyRing(k1);
    const stored = await encryptText(ring, 'whsec_abcdefghijklmnop', 'partner:1');
    expect(isEncryptedText(stored)).toBe(true);
    expect(isEncryptedText('whsec_abcdefghijklmnop')).toBe(false);
    expect(stored).not.toContain('abcdefghijklmnop');
    expect(encryptedTextKeyId(stored)).toBe('k1');
    expect(encryptedTextKeyId('whsec_abcdefghijklmnop')).toBeNull();
    expect(await decryptText(ring, stored, 'partner:1')).toBe('whsec_abcdefghijklmnop');
    await expect(decryptText(ring, stored, 'partner:2')).rejects.toBeInstanceOf(
      UnreadableCiphertextError,
    );
    const rotated = await importKeyRing(`${k2},${k1}`);
    const rewrapped = (await rewrapText(rotated, stored, 'partner:1')) as string;
    expect(encryptedTextKeyId(rewrapped)).toBe('k2');
    expect(await decryptText(await importKeyRing(k2), rewrapped, 'partner:1')).toBe(
      'whsec_abcdefghijklmnop',
    );
  });

  it('parses ENCRYPTION_KEYS strictly, never echoing a key', () => {
    const specs = parseKeyRingSpec(` ${k2} , ${k1} `);
    expect(specs.map((s) => s.id)).toEqual(['k2', 'k1']);
    expect(specs[0]?.bytes).toHaveLength(32);
    const secret = k1.slice(3);
    for (const [spec, message] of [
      ['', /names no key/],
      [secret, /must be "<id>:<base64 key>"/],
      [`bad id:${secret}`, /must be "<id>:<base64 key>"/],
      [`k1:${secret},${k1}`, /names key "k1" twice/],
      ['k1:c2hvcnQ=', /must be 32 bytes \(got 5\)/],
      ['k1:not*base64', /is not base64/],
    ] as const) {
      expect(() => parseKeyRingSpec(spec)).toThrow(message);
      try {
        parseKeyRingSpec(spec);
      } catch (error) {
        expect((error as Error).message).not.toContain(secret);
      }
    }
  });

  it('derives the same development key every time (demo data survives restarts)', async () => {
    const a = await developmentKeyRing();
    const b = await developmentKeyRing();
    expect(a.current.id).toBe('dev');
    expect(await decryptBytes(b, await encryptBytes(a, scan, 'x'), 'x')).toEqual(scan);
  });
});

describe('ENCRYPTION_KEYS in configuration', () => {
  it('refuses to start the Node server without it outside demo mode, before listening', async () => {
    const config = readConfig({ PORT: '0', DATA_DIR: '/nonexistent/never-opened/pglite' });
    await expect(startNodeServer(config)).rejects.toThrow(ConfigError);
    await expect(startNodeServer(config)).rejects.toThrow(/ENCRYPTION_KEYS is not set/);
  });

  it('uses the development key in demo mode only, with a warning', async () => {
    const warnings: string[] = [];
    const ring = await encryptionKeyRing(readConfig({ DEMO: '1' }), {
      allowDevelopmentKey: true,
      warn: (message) => warnings.push(message),
    });
    expect(ring.current.id).toBe('dev');
    expect(warnings).toEqual([expect.stringContaining('development key')]);
    const configured = await encryptionKeyRing(readConfig({ ENCRYPTION_KEYS: `${k2},${k1}` }), {
      allowDevelopmentKey: false,
    });
    expect(configured.current.id).toBe('k2');
  });

  it('names a malformed ENCRYPTION_KEYS or retention period as a ConfigError', () => {
    expect(() => readConfig({ ENCRYPTION_KEYS: 'k1:short' })).toThrow(ConfigError);
    expect(() => readConfig({ RETENTION_CLOSED_SCANS_DAYS: '0' })).toThrow(
      /RETENTION_CLOSED_SCANS_DAYS must be a whole number/,
    );
    expect(readConfig({ RETENTION_EVIDENCE_YEARS: '10' }).retention).toMatchObject({
      evidenceYearsAfterExpiry: 10,
      closedDossierScansDays: 30,
    });
  });
});
