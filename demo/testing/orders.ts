import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';

/** The demo's procurement-platform partner, as on the demo's partner page. */
export const demoPartnerKey = 'pk_test_omnikles';

/** The version of the terms of sale the server currently asks buyers to accept. */
export async function currentCgvVersion(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/cgv`, { headers: { 'X-Partner-Key': demoPartnerKey } });
  if (!res.ok) throw new Error(`GET /v1/cgv answered ${res.status}`);
  return ((await res.json()) as { version: string }).version;
}

/**
 * `POST /v1/orders` on the running server at `baseUrl` (`''`: this page's origin), as the element
 * would, accepting the terms of sale the server asks for now; throws unless 201.
 */
export async function placeOrderBody(baseUrl: string, body: object): Promise<OrderResponse> {
  const res = await fetch(`${baseUrl}/v1/orders`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      'X-Partner-Key': demoPartnerKey,
    },
    body: JSON.stringify({ ...body, cgvVersion: await currentCgvVersion(baseUrl) }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST /v1/orders answered ${res.status}: ${text}`);
  return JSON.parse(text) as OrderResponse;
}

/** Places a valid order (machines/purchase/test-orders.ts) through the real API: the one `placeOrder` of the tests that speak HTTP. */
export function placeOrder(
  baseUrl: string,
  overrides: Parameters<typeof orderBody>[0] = {},
): Promise<OrderResponse> {
  return placeOrderBody(baseUrl, orderBody(overrides));
}
