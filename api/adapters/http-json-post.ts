/** Where and how an HTTP provider (e-mail API, SMS gateway) takes its messages. */
export interface HttpProviderOptions {
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * One JSON POST to a provider with its bearer key, the outbox row id as
 * `Idempotency-Key` (a resend after a lost answer is recognisable), a timeout
 * (default 10 s), the body released. Any non-2xx answer throws, naming
 * `provider`: the outbox retries with backoff. Web-standard only.
 */
export async function postToProvider(
  options: HttpProviderOptions,
  provider: string,
  id: string,
  body: object,
): Promise<void> {
  // Never call an unbound global fetch (Workers throw "Illegal invocation").
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const response = await doFetch(options.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${options.token}`,
      'Idempotency-Key': id,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${provider} answered ${response.status}`);
}
