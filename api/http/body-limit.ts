import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from './problem.ts';

/** Request body limits per route class (bytes). Uploads: api/documents/limits.ts. */
export const bodyLimits = {
  /** Every JSON endpoint. */
  json: 64 * 1024,
  /** The demo partners' webhook receiver (`POST /dev/webhooks/:slug`): one signed event. */
  webhookReceiver: 256 * 1024,
} as const;

export const payloadTooLarge = () =>
  new ProblemError(
    413,
    'payload-too-large',
    'problem.payload_too_large.title',
    'problem.payload_too_large.detail',
  );

/**
 * Limits a request body while it arrives, with Hono's `bodyLimit`: an announced
 * `Content-Length` over `maxSize` is refused at once, before a byte is read (the
 * HTTP layer of Node and Workers never delivers more than the announced length);
 * without one (chunked), the stream is read up to `maxSize` and refused on the
 * first byte beyond. The refusal is a localised problem (`tooLarge`, 413).
 */
export function limitBody(
  maxSize: number,
  tooLarge: () => ProblemError = payloadTooLarge,
): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
}
