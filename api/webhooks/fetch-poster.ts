import { DISCARDED_BODY_LIMIT, type WebhookPoster } from '../ports/webhook-poster.ts';

/**
 * The web-standard poster, over `fetch`: the core's default (the Worker, manual replays, tests),
 * here beside the delivery rather than among the adapters, which only the entries pick. Node's
 * entry passes `undiciWebhookPoster` (api/adapters) instead, for a fraction of the CPU.
 */
export function fetchPoster(
  // Never call an unbound global fetch (Workers throw "Illegal invocation").
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): WebhookPoster {
  return async (url, { headers, body, signal }) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal,
    });
    await discard(response.body);
    return { status: response.status };
  };
}

/** Reads `body` to its end (the connection is then free again) or past the limit, then drops it. */
async function discard(body: ReadableStream<Uint8Array> | null): Promise<void> {
  const reader = body?.getReader();
  if (!reader) return;
  try {
    let length = 0;
    while (length <= DISCARDED_BODY_LIMIT) {
      const { done, value } = await reader.read();
      if (done) return;
      length += value.byteLength;
    }
  } catch {
    // a body cut short changes nothing: the status is the answer
  } finally {
    // Past the limit (or broken): drop the rest with its connection.
    reader.cancel().catch(() => {});
  }
}
