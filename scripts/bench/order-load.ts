import autocannon from 'autocannon';
import { orderBody } from '../../machines/purchase/test-orders.ts';

/**
 * `POST /v1/orders` under autocannon, as the benchmarks load it (`bench:orders`, `bench:edge`):
 * the same order body each time, a unique Idempotency-Key per request, for `seconds` at
 * `connections`. With `references`, each 201's order reference is pushed to it (the benchmark
 * then checks those orders in the database).
 */
export function loadOrders(options: {
  url: string;
  partnerKey: string;
  connections: number;
  seconds: number;
  references?: string[];
}): Promise<autocannon.Result> {
  const body = JSON.stringify(orderBody());
  const { references } = options;
  return autocannon({
    url: `${options.url}/v1/orders`,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'x-partner-key': options.partnerKey,
            'idempotency-key': crypto.randomUUID(),
          },
          body,
        }),
        ...(references
          ? {
              onResponse: (status: number, text: string) => {
                if (status === 201) {
                  references.push((JSON.parse(text) as { reference: string }).reference);
                }
              },
            }
          : {}),
      },
    ],
  });
}
