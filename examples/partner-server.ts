/**
 * A partner's server calling the partner API with the published types
 * (`import type { paths } from 'certinomis-order/api-types'`): the webhook deliveries of the
 * partner, with its secret key. Type-checked by `npm test` (tsc -p examples).
 */
import type { paths } from '../api-types/index.d.ts';

type Deliveries =
  paths['/v1/partner/webhooks/deliveries']['get']['responses'][200]['content']['application/json'];
type DeliveriesQuery = NonNullable<
  paths['/v1/partner/webhooks/deliveries']['get']['parameters']['query']
>;

/** The events not delivered yet, across pages. */
export async function undeliveredEvents(
  baseUrl: string,
  secretKey: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Deliveries['items']> {
  const pending: Deliveries['items'] = [];
  let cursor: string | null = null;
  do {
    const query: DeliveriesQuery = { limit: '100', ...(cursor ? { cursor } : {}) };
    const url = `${baseUrl}/v1/partner/webhooks/deliveries?${new URLSearchParams(query as Record<string, string>)}`;
    const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${secretKey}` } });
    if (!response.ok) throw new Error(`deliveries: ${response.status}`);
    const page = (await response.json()) as Deliveries;
    pending.push(...page.items.filter((event) => event.status !== 'delivered'));
    cursor = page.nextCursor;
  } while (cursor);
  return pending;
}
