import { stripJpegMetadata, stripPngMetadata } from '../documents/strip-metadata.ts';
import type { ImageSanitizer } from '../ports/image-sanitizer.ts';

/** For runtimes without an image encoder (Workers): metadata removed, pixels kept as encoded. */
export function createMetadataStrippingSanitizer(): ImageSanitizer {
  return {
    reencodes: false,
    async sanitize(bytes, contentType) {
      return contentType === 'image/jpeg' ? stripJpegMetadata(bytes) : stripPngMetadata(bytes);
    },
  };
}
