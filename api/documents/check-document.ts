import type { MessageKey } from '../../machines/messages/index.ts';
import type { DocumentContentType } from '../db/database.ts';
import { imageDimensions } from './dimensions.ts';
import { maxImagePixels } from './limits.ts';
import { checkPdf } from './pdf-active-content.ts';

export type DocumentCheck =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: MessageKey; reason: string };

/**
 * What an uploaded identity scan must pass before anything decodes or keeps it
 * (its type already sniffed from its bytes): an image's header names a size
 * of at most {@link maxImagePixels} pixels (a pixel bomb is refused from its
 * header, the decoder never sees it); a PDF has no script, automatic action,
 * launch or embedded file, and is kept as rewritten from what was inspected
 * (api/documents/pdf-active-content.ts). The refusal names a message for the
 * `file` field; `reason` is for logs and tests.
 */
export async function checkDocument(
  bytes: Uint8Array,
  contentType: DocumentContentType,
): Promise<DocumentCheck> {
  if (contentType === 'application/pdf') {
    const pdf = await checkPdf(bytes);
    if (pdf.ok) return pdf;
    return pdf.reason === 'active-content'
      ? {
          ok: false,
          message: 'validation.file_pdf_active',
          reason: `pdf: ${pdf.names?.join(', ')}`,
        }
      : { ok: false, message: 'validation.file_unreadable', reason: `pdf: ${pdf.reason}` };
  }
  const size = imageDimensions(bytes, contentType);
  if (!size) return { ok: false, message: 'validation.file_unreadable', reason: 'image header' };
  if (size.width * size.height > maxImagePixels) {
    return {
      ok: false,
      message: 'validation.file_too_many_pixels',
      reason: `${size.width}×${size.height} pixels`,
    };
  }
  return { ok: true, bytes };
}
