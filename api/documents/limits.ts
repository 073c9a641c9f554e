import { ProblemError } from '../http/problem.ts';

/** The largest identity scan accepted (the file itself). */
export const maxDocumentBytes = 10 * 1024 * 1024;

/** The upload's whole request body: the file plus the multipart envelope around it. */
export const maxUploadBodyBytes = maxDocumentBytes + 64 * 1024;

/**
 * The largest image decoded, in pixels (width × height, read from the header
 * before any decoding): 40 Mpx is well above any phone camera or scanner at
 * 600 dpi for an A4 page, and bounds what a decoder may allocate (160 MB RGBA).
 */
export const maxImagePixels = 40_000_000;

export const fileTooLarge = () =>
  new ProblemError(
    413,
    'file-too-large',
    'problem.file_too_large.title',
    'problem.file_too_large.detail',
  );
