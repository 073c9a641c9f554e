/**
 * Pure-JS metadata removal for runtimes without an image encoder (Workers):
 * JPEG keeps only the segments needed to decode (SOI, APP0/JFIF, APP14/Adobe,
 * DQT, SOF, DHT, DRI, SOS + scan data, EOI) and drops EXIF/XMP (APP1),
 * ICC profiles and other APPn, and comments; PNG keeps critical chunks and
 * colour/transparency information, dropping text, EXIF and time chunks, and
 * anything after IEND. Throws on a malformed file.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  const out: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  let sawFrame = false;
  let sawScan = false;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) throw new Error('malformed JPEG segment');
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xd9) break;
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > bytes.length) throw new Error('malformed JPEG length');
    const segment = bytes.subarray(i, i + 2 + length);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const keep = !isApp ? marker !== 0xfe : marker === 0xe0 || marker === 0xee;
    if (keep) out.push(segment);
    i += 2 + length;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) sawFrame = true;
    if (marker === 0xda) {
      sawScan = true;
      // Entropy-coded data runs to the EOI marker (FF D9), skipping stuffed FF 00 and RSTn.
      let end = i;
      while (end + 1 < bytes.length && !(bytes[end] === 0xff && bytes[end + 1] === 0xd9)) end++;
      out.push(bytes.subarray(i, end));
      i = end;
    }
  }
  if (!sawFrame || !sawScan) throw new Error('JPEG without image data');
  out.push(new Uint8Array([0xff, 0xd9]));
  return concat(out);
}

const keptPngChunks = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'sBIT',
  'bKGD',
  'pHYs',
]);

export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = new DataView(bytes.buffer, bytes.byteOffset + i, 4).getUint32(0);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    const end = i + 12 + length;
    if (end > bytes.length) throw new Error('malformed PNG chunk');
    if (keptPngChunks.has(type)) out.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') return concat(out);
  }
  throw new Error('PNG without IEND');
}

function concat(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
