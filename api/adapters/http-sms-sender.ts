import type { OutgoingSms, SmsSender } from '../ports/sms-sender.ts';

export interface HttpSmsOptions {
  /** Gateway endpoint receiving `POST {from, to, text, reference}` as JSON. */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Sender name shown on the phone (11 characters at most for alphanumeric senders). */
  from: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * SMS through an HTTP gateway (most providers take a JSON POST with a bearer
 * key). The outbox row id goes as `reference` and `Idempotency-Key`, so a
 * retry after a lost answer does not text the person twice where the gateway
 * deduplicates. Any non-2xx answer or timeout throws: the outbox retries.
 */
export function createHttpSmsSender(options: HttpSmsOptions): SmsSender {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async send(message: OutgoingSms) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${options.token}`,
          'Idempotency-Key': message.id,
        },
        body: JSON.stringify({
          from: options.from,
          to: message.to,
          text: message.text,
          reference: message.id,
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** The demo's SMS sender: sends nothing, succeeds; the demo mailbox shows SMS from the outbox. */
export function createDemoSmsSender(): SmsSender {
  return { async send() {} };
}
