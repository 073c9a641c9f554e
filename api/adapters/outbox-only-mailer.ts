import type { Mailer } from '../ports/mailer.ts';

/**
 * The demo's mailer: sends nothing and always succeeds.
 *
 * The demo runs without any SMTP server, and its e-mails (order confirmation,
 * links into the client space) must still be readable: they are read from the
 * outbox itself, through `GET /dev/outbox`, which only the demo mounts. The
 * outbox worker still runs, so rows get `sent_at` as they would in
 * production — instead of piling up as "pending" and being retried until they
 * give up — and the whole enqueue → claim → deliver path is exercised.
 * Never use it outside demo mode: mail would be silently dropped.
 */
export function createDemoMailer(): Mailer {
  return {
    async send() {},
  };
}
