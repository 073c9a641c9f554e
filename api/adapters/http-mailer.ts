import type { Mailer, OutgoingEmail } from '../ports/mailer.ts';

export interface HttpMailerOptions {
  /** E-mail API endpoint receiving `POST {id, from, to, subject, text, html}` as JSON. */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Sender, e.g. `CERTINOMIS <no-reply@example.org>`. */
  from: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * E-mail through an HTTP e-mail API (the Workers mailer: SMTP needs raw TCP
 * and nodemailer, both Node-only). One JSON POST per message with a bearer
 * key; the outbox row id goes as `id` and `Idempotency-Key`, so a resend
 * after a lost answer is recognisable as the same message. Any non-2xx
 * answer or timeout throws: the outbox retries with backoff. Web-standard only.
 */
export function createHttpMailer(options: HttpMailerOptions): Mailer {
  // Never call an unbound global fetch (Workers throw "Illegal invocation").
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async send(message: OutgoingEmail) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${options.token}`,
          'Idempotency-Key': message.id,
        },
        body: JSON.stringify({
          id: message.id,
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`e-mail API answered ${response.status}`);
    },
  };
}
