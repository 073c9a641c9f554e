import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createSharpImageSanitizer } from '../adapters/sharp-image-sanitizer.ts';
import { imageDimensions } from './dimensions.ts';
import { jpeg, jpegClaiming, jpegWithDecoyFrame, pngClaiming } from './image-fixtures.ts';
import { sniffDocumentType } from './sniff.ts';

describe('imageDimensions: the size from the header, without decoding', () => {
  it('reads real PNG and JPEG files as sharp does', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 123, height: 45, channels: 4, background: '#0c0' } })
        .png()
        .toBuffer(),
    );
    expect(imageDimensions(png, 'image/png')).toEqual({ width: 123, height: 45 });
    const progressive = new Uint8Array(
      await sharp({ create: { width: 301, height: 77, channels: 3, background: '#c00' } })
        .jpeg({ progressive: true })
        .toBuffer(),
    );
    expect(imageDimensions(progressive, 'image/jpeg')).toEqual({ width: 301, height: 77 });
    expect(imageDimensions(await jpeg(40, 25), 'image/jpeg')).toEqual({ width: 40, height: 25 });
  });

  it('reads what a pixel bomb claims: 20000×20000 in a few hundred bytes', async () => {
    const png = pngClaiming(20_000, 20_000);
    expect(png.length).toBeLessThan(4096);
    expect(sniffDocumentType(png)).toBe('image/png');
    expect(imageDimensions(png, 'image/png')).toEqual({ width: 20_000, height: 20_000 });
    const claimed = await jpegClaiming(20_000, 20_000);
    expect(imageDimensions(claimed, 'image/jpeg')).toEqual({ width: 20_000, height: 20_000 });
  });

  it('walks JPEG segments: a frame header hidden inside APP1 (EXIF) is not the image', async () => {
    const bytes = await jpegWithDecoyFrame(40, 25);
    expect((await sharp(bytes).metadata()).width).toBe(40);
    expect(imageDimensions(bytes, 'image/jpeg')).toEqual({ width: 40, height: 25 });
  });

  it('is null for a header it cannot read: truncated, zero side, no frame before the scan', async () => {
    expect(imageDimensions(pngClaiming(100, 100).subarray(0, 20), 'image/png')).toBeNull();
    expect(imageDimensions(pngClaiming(0, 100), 'image/png')).toBeNull();
    const full = await jpeg(16, 16);
    expect(imageDimensions(full.subarray(0, 40), 'image/jpeg')).toBeNull();
    expect(imageDimensions(await jpegClaiming(16, 0), 'image/jpeg')).toBeNull(); // DNL height
    expect(
      imageDimensions(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'image/jpeg'),
    ).toBeNull();
  });
});

describe('the sharp sanitizer refuses a pixel bomb too (second line)', () => {
  // 8000×8000 = 64 Mpx: over the 40 Mpx limit, under sharp's former 100 Mpx.
  it('stops at the header of an 8000×8000 image instead of decoding it', async () => {
    await expect(
      createSharpImageSanitizer().sanitize(pngClaiming(8000, 8000), 'image/png'),
    ).rejects.toThrow(/pixel limit/i);
    await expect(
      createSharpImageSanitizer().sanitize(await jpegClaiming(8000, 8000), 'image/jpeg'),
    ).rejects.toThrow(/pixel limit/i);
  });
});
