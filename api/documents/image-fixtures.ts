import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Test images whose header claims a size their bytes never hold: a PNG of
 * `width`×`height` (1-bit grey) whose IDAT is a few zero rows (a decoder
 * would allocate the full frame before noticing), and a real small JPEG
 * whose frame header (SOF0) is rewritten to claim `width`×`height`.
 */
export function pngClaiming(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(
      Uint8Array.from(type, (ch) => ch.charCodeAt(0)),
      4,
    );
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = new Uint8Array(Math.min(height, 16) * (1 + Math.ceil(width / 8)));
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', new Uint8Array(deflateSync(rows))),
    ...chunk('IEND', new Uint8Array()),
  ]);
}

export async function jpeg(width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#36c' } })
      .jpeg()
      .toBuffer(),
  );
}

/** Offset of the first SOF0 segment's marker, walking segments by their lengths. */
function sof0Offset(bytes: Uint8Array): number {
  let i = 2;
  while (bytes[i + 1] !== 0xc0) i += 2 + (((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0));
  return i;
}

export async function jpegClaiming(width: number, height: number): Promise<Uint8Array> {
  const bytes = await jpeg(16, 16);
  const sof = sof0Offset(bytes);
  bytes.set([height >> 8, height & 0xff, width >> 8, width & 0xff], sof + 5);
  return bytes;
}

/**
 * A real `width`×`height` JPEG with an APP1 segment placed before its frame
 * header that holds a fake SOF0 claiming 65535×65535 (as a thumbnail inside
 * EXIF would): a reader scanning for FF C0 instead of walking segments is fooled.
 */
export async function jpegWithDecoyFrame(width: number, height: number): Promise<Uint8Array> {
  const bytes = await jpeg(width, height);
  const decoy = [0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xff, 0xff, 0xff, 0x03];
  const app1 = [0xff, 0xe1, 0x00, 2 + 4 + decoy.length, 0x45, 0x78, 0x69, 0x66, ...decoy];
  return new Uint8Array([...bytes.subarray(0, 2), ...app1, ...bytes.subarray(2)]);
}
