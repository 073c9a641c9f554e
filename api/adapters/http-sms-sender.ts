import type { OutgoingSms, SmsSender } from '../ports/sms-sender.ts';
import { type HttpProviderOptions, postToProvider } from './http-json-post.ts';

/** `url`: the gateway endpoint receiving `POST {from, to, text, reference}` as JSON. */
export interface HttpSmsOptions extends HttpProviderOptions {
  /** Sender name shown on the phone (11 characters at most for alphanumeric senders). */
  from: string;
}

/**
 * SMS through an HTTP gateway (most providers take a JSON POST with a bearer
 * key). The outbox row id goes as `reference` and `Idempotency-Key`, so a
 * retry after a lost answer does not text the person twice where the gateway
 * deduplicates. Any non-2xx answer or timeout throws: the outbox retries.
 */
export function createHttpSmsSender(options: HttpSmsOptions): SmsSender {
  return {
    send: (message: OutgoingSms) =>
      postToProvider(options, 'SMS gateway', message.id, {
        from: options.from,
        to: message.to,
        text: message.text,
        reference: message.id,
      }),
  };
}

/** The demo's SMS sender: sends nothing, succeeds; the demo mailbox shows SMS from the outbox. */
export function createDemoSmsSender(): SmsSender {
  return { async send() {} };
}
