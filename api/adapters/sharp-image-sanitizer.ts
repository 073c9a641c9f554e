import sharp from 'sharp';
import { maxImagePixels } from '../documents/limits.ts';
import type { ImageSanitizer } from '../ports/image-sanitizer.ts';

/**
 * Node: decodes and re-encodes with sharp (libvips). Only pixels survive:
 * no EXIF/XMP/ICC/comments (sharp drops metadata unless asked to keep it),
 * no polyglot payload. The EXIF orientation is applied to the pixels first
 * so that a phone photo stays upright once its EXIF is gone. The route refuses
 * images over {@link maxImagePixels} from their header before this runs;
 * `limitInputPixels` is the second line, should a header ever disagree with libvips.
 */
export function createSharpImageSanitizer(): ImageSanitizer {
  return {
    reencodes: true,
    async sanitize(bytes, contentType) {
      const image = sharp(bytes, { failOn: 'error', limitInputPixels: maxImagePixels }).rotate();
      const output =
        contentType === 'image/jpeg'
          ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
          : await image.png({ compressionLevel: 9 }).toBuffer();
      return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
    },
  };
}
