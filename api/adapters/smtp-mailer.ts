import { createTransport } from 'nodemailer';
import type { Mailer } from '../ports/mailer.ts';

/**
 * Timeouts well inside the outbox lease (2 min): nodemailer's own defaults
 * (2 min to connect, 10 min of socket inactivity) would let a hung server hold
 * claimed rows past their lease, and another worker would send them again.
 * A `?connectionTimeout=…` in the URL still wins.
 */
const TIMEOUTS_MS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * The `Mailer` port over SMTP with nodemailer (Node only). `smtpUrl` is a
 * nodemailer connection URL, e.g. `smtps://user:pass@smtp.example.com:465` or
 * `smtp://127.0.0.1:1025`; `from` is the sender address (`Certinomis <no-reply@…>`).
 * The Message-ID is derived from the outbox id, so a message sent again after
 * a crash carries the same Message-ID as the first copy.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS_MS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  const transport = createTransport(url.toString(), { from });
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html !== null ? { html: message.html } : {}),
        messageId: `<${message.id}@certinomis-order>`,
      });
    },
  };
}
