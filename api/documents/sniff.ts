import type { DocumentContentType } from '../db/database.ts';

/**
 * The type of an uploaded file from its first bytes — never from its name or
 * the Content-Type the client claims. Only what an identity scan may be:
 * JPEG (FF D8 FF), PNG (the 8-byte signature), PDF (`%PDF-` within the first
 * 1024 bytes, as readers accept). Anything else (HTML, SVG, executables,
 * archives, and other image formats — WebP, HEIC, TIFF, GIF — whose pixel
 * size api/documents/dimensions.ts does not read before decoding) is null.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentContentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const pdfAt = head.indexOf('%PDF-');
  const onlyBlankBefore = [...head.slice(0, Math.max(pdfAt, 0))].every(
    (ch) => ch.charCodeAt(0) <= 0x20,
  );
  if (pdfAt !== -1 && onlyBlankBefore && /%PDF-\d\.\d/.test(head)) return 'application/pdf';
  return null;
}
