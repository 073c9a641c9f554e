import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetadataStrippingSanitizer } from '../adapters/metadata-stripping-sanitizer.ts';
import { createPostgresFileStore } from '../adapters/postgres-file-store.ts';
import { createSharpImageSanitizer } from '../adapters/sharp-image-sanitizer.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import { sniffDocumentType } from './sniff.ts';

const text = (s: string) => new TextEncoder().encode(s);

/** A real 16×16 JPEG with EXIF (camera, GPS-like comment) made by sharp. */
async function jpegWithExif(): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c00' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SecretCam', ImageDescription: 'GPS 48.8566N 2.3522E' } })
    .toBuffer();
  return new Uint8Array(buffer);
}

async function pngWithText(): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#0c0' } })
    .png()
    .withMetadata({ exif: { IFD0: { Artist: 'SecretArtist' } } })
    .toBuffer();
  return new Uint8Array(buffer);
}

const contains = (haystack: Uint8Array, needle: string) =>
  new TextDecoder('latin1').decode(haystack).includes(needle);

describe('sniffDocumentType: the type from the bytes, not the name', () => {
  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16], 'image/jpeg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], 'image/png'],
    ['PDF', [...text('%PDF-1.7\n%âãÏÓ\n')], 'application/pdf'],
    ['PDF after blank lines', [...text('\r\n %PDF-1.4\n')], 'application/pdf'],
    ['HTML named .png', [...text('<!doctype html><script>alert(1)</script>')], null],
    ['SVG', [...text('<svg xmlns="http://www.w3.org/2000/svg"/>')], null],
    ['GIF', [...text('GIF89a')], null],
    // Formats whose pixel size this API does not read from the header are not accepted at all.
    ['WebP', [...text('RIFF'), 0x24, 0, 0, 0, ...text('WEBPVP8 ')], null],
    ['HEIC', [0, 0, 0, 0x18, ...text('ftypheic'), 0, 0, 0, 0, ...text('mif1heic')], null],
    ['TIFF', [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], null],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04], null],
    ['text mentioning %PDF- later', [...text('hello %PDF-1.4')], null],
    ['empty', [], null],
  ] as const)('%s → %s', (_name, bytes, expected) => {
    expect(sniffDocumentType(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('image sanitizers remove metadata and keep a valid image', () => {
  it.each([
    ['sharp (Node, re-encodes)', createSharpImageSanitizer()],
    ['metadata stripper (Workers)', createMetadataStrippingSanitizer()],
  ])('%s: JPEG', async (_name, sanitizer) => {
    const original = await jpegWithExif();
    expect(contains(original, 'SecretCam')).toBe(true);
    const clean = await sanitizer.sanitize(original, 'image/jpeg');
    expect(contains(clean, 'SecretCam')).toBe(false);
    expect(contains(clean, 'GPS 48.8566N')).toBe(false);
    const meta = await sharp(clean).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 16, 16, undefined]);
  });

  it.each([
    ['sharp (Node, re-encodes)', createSharpImageSanitizer()],
    ['metadata stripper (Workers)', createMetadataStrippingSanitizer()],
  ])('%s: PNG', async (_name, sanitizer) => {
    const original = await pngWithText();
    expect(contains(original, 'SecretArtist')).toBe(true);
    const clean = await sanitizer.sanitize(original, 'image/png');
    expect(contains(clean, 'SecretArtist')).toBe(false);
    const meta = await sharp(clean).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 8, 8]);
  });

  it('drops a payload appended after the image (polyglot)', async () => {
    const original = await jpegWithExif();
    const polyglot = new Uint8Array([...original, ...text('<html><script>evil()</script>')]);
    for (const sanitizer of [createSharpImageSanitizer(), createMetadataStrippingSanitizer()]) {
      expect(contains(await sanitizer.sanitize(polyglot, 'image/jpeg'), 'evil()')).toBe(false);
    }
  });

  it('refuses a file that only looks like an image', async () => {
    const fake = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...text('not really a jpeg')]);
    await expect(createSharpImageSanitizer().sanitize(fake, 'image/jpeg')).rejects.toThrow();
    await expect(createMetadataStrippingSanitizer().sanitize(fake, 'image/jpeg')).rejects.toThrow();
  });
});

describe(`Postgres file store (${databaseKind})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('round-trips bytes exactly and forgets deleted files', async () => {
    const store = createPostgresFileStore(t.db);
    const bytes = new Uint8Array(256).map((_, i) => i);
    await store.put('k-00000001', { bytes, contentType: 'application/pdf' });
    const back = await store.get('k-00000001');
    expect(back?.contentType).toBe('application/pdf');
    expect([...(back?.bytes ?? [])]).toEqual([...bytes]);
    await store.delete('k-00000001');
    expect(await store.get('k-00000001')).toBeNull();
  });
});
