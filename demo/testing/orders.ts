import { orderBody } from '../../api/testing/order-body.ts';

/** The demo's procurement-platform partner, as on the demo's partner page. */
export const demoPartnerKey = 'pk_test_omnikles';

export interface PlacedOrder {
  reference: string;
}

/** The version of the terms of sale the server currently asks buyers to accept. */
export async function currentCgvVersion(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/cgv`, { headers: { 'X-Partner-Key': demoPartnerKey } });
  if (!res.ok) throw new Error(`GET /v1/cgv answered ${res.status}`);
  return ((await res.json()) as { version: string }).version;
}

/** `POST /v1/orders` on the running demo, as the element would; throws unless 201. */
export async function placeOrderBody(baseUrl: string, body: object): Promise<PlacedOrder> {
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
  return JSON.parse(text) as PlacedOrder;
}

/** Places a valid order (api/testing/order-body.ts) through the real API. */
export function placeOrder(
  baseUrl: string,
  overrides: Parameters<typeof orderBody>[0] = {},
): Promise<PlacedOrder> {
  return placeOrderBody(baseUrl, orderBody(overrides));
}
