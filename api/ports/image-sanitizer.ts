/**
 * Re-encodes an uploaded image so that what we keep is pixels only: no EXIF
 * (GPS position, device), no comments, no trailing payload. Node uses sharp;
 * where no encoder is available the pure-JS metadata stripper is used.
 */
export interface ImageSanitizer {
  readonly reencodes: boolean;
  sanitize(bytes: Uint8Array, contentType: 'image/jpeg' | 'image/png'): Promise<Uint8Array>;
}
