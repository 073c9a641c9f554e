/**
 * Where e-mails go once the outbox releases them: SMTP on Node, a no-op in the
 * demo (messages are read back through `/dev/outbox`), an HTTP e-mail API on
 * Workers later. Web-standard: no Node imports here.
 */
export interface OutgoingEmail {
  /**
   * The outbox row id. Stable across retries: adapters use it as Message-ID or
   * idempotency key so a resend after a crash is recognisable as the same message.
   */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface Mailer {
  /** Resolves once the message is accepted for delivery; throws (rejects) on any failure. */
  send(message: OutgoingEmail): Promise<void>;
}
