import { request } from 'undici';
import { DISCARDED_BODY_LIMIT, type WebhookPoster } from '../ports/webhook-poster.ts';

/**
 * The `WebhookPoster` of Node's entry, over undici's `request` (the library behind Node's own
 * `fetch`, without the WHATWG Request, Response and stream objects around each call): a fifth
 * to a third of `fetch`'s CPU per webhook, measured at 0.10–0.20 ms against 0.55–0.76 ms on
 * loopback (issue 21). Keeps one pool of connections per endpoint, as `fetch` does; follows no redirect
 * (`request` never does). The answer's body is dropped as `fetchPoster` drops it.
 */
export const undiciWebhookPoster: WebhookPoster = async (url, { headers, body, signal }) => {
  const answer = await request(url, { method: 'POST', headers, body, signal });
  await answer.body.dump({ limit: DISCARDED_BODY_LIMIT }).catch(() => {});
  return { status: answer.statusCode };
};
