/**
 * An image's size read from its header, without decoding a pixel: PNG's IHDR
 * chunk (always the first chunk) and JPEG's frame header (SOFn, found by
 * walking the segments by their lengths, so that a thumbnail inside EXIF is
 * never taken for the image). Pure JS, so the same check runs on Workers.
 *
 * Null when the header cannot be read (truncated, no frame before the scan,
 * a height deferred to a DNL marker, a zero side): such a file is refused as
 * unreadable rather than handed to a decoder.
 */
export interface ImageDimensions {
  width: number;
  height: number;
}

export function imageDimensions(
  bytes: Uint8Array,
  contentType: 'image/jpeg' | 'image/png',
): ImageDimensions | null {
  return contentType === 'image/png' ? pngDimensions(bytes) : jpegDimensions(bytes);
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (bytes.length < 24 || !pngSignature.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') return null;
  return sized(view.getUint32(16), view.getUint32(20));
}

/** SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isFrameMarker = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end or scan before any frame header
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > bytes.length) return null;
    if (isFrameMarker(marker)) {
      if (length < 7) return null;
      const height = ((bytes[i + 5] ?? 0) << 8) | (bytes[i + 6] ?? 0);
      const width = ((bytes[i + 7] ?? 0) << 8) | (bytes[i + 8] ?? 0);
      return sized(width, height);
    }
    i += 2 + length;
  }
  return null;
}

const sized = (width: number, height: number): ImageDimensions | null =>
  width > 0 && height > 0 ? { width, height } : null;
