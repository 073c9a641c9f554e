import type { Mailer, OutgoingEmail } from '../ports/mailer.ts';
import { type HttpProviderOptions, postToProvider } from './http-json-post.ts';

/** `url`: the e-mail API endpoint receiving `POST {id, from, to, subject, text, html}` as JSON. */
export interface HttpMailerOptions extends HttpProviderOptions {
  /** Sender, e.g. `CERTINOMIS <no-reply@example.org>`. */
  from: string;
}

/**
 * E-mail through an HTTP e-mail API (the Workers mailer: SMTP needs raw TCP
 * and nodemailer, both Node-only). One JSON POST per message with a bearer
 * key; the outbox row id goes as `id` and `Idempotency-Key`, so a resend
 * after a lost answer is recognisable as the same message. Any non-2xx
 * answer or timeout throws: the outbox retries with backoff. Web-standard only.
 */
export function createHttpMailer(options: HttpMailerOptions): Mailer {
  return {
    send: (message: OutgoingEmail) =>
      postToProvider(options, 'e-mail API', message.id, {
        id: message.id,
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      }),
  };
}
