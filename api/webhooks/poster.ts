/** One webhook request: the signed event's headers and body, and the attempt's time limit. */
export interface WebhookPost {
  headers: Record<string, string>;
  body: string;
  /** Aborted when the attempt's time is up: the request, and the reading of its answer, stop. */
  signal: AbortSignal;
}

/**
 * How a webhook leaves: POSTs `body` to `url` and resolves with the answer's status once its
 * headers have arrived. Redirects are never followed (a 3xx is the answer); the answer's body
 * is discarded, never kept: it is shown to nobody, and must not turn a misconfigured endpoint
 * into a window on a network. Rejects on a network error, and when `signal` aborts.
 */
export type WebhookPoster = (url: string, post: WebhookPost) => Promise<{ status: number }>;

/**
 * An answer's body is read to its end and dropped, so that its connection serves the next
 * webhook, up to this many bytes; past it, the connection is closed instead.
 */
export const DISCARDED_BODY_LIMIT = 256 * 1024;

/**
 * The web-standard poster, over `fetch` (the Workers runtime's; the default everywhere).
 * Node's entry uses `undiciWebhookPoster` instead (api/adapters), a third of the CPU.
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
