import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderRequestSchema } from '../../machines/schemas/purchase.ts';
import type { Database } from '../db/database.ts';
import { readJson } from '../http/body.ts';
import { clientIpOf } from '../http/client-ip.ts';
import { localeOf } from '../http/locale.ts';
import { requiredPartnerOf } from '../http/partner.ts';
import { ProblemError } from '../http/problem.ts';
import {
  type CompanyRegistry,
  CompanyRegistryUnavailableError,
} from '../ports/company-registry.ts';
import {
  claimIdempotencyKey,
  DEFAULT_IDEMPOTENCY_LEASE_MS,
  releaseIdempotencyKey,
  requestHash,
} from '../services/idempotency.ts';
import { orderDraws, placeOrder } from '../services/place-order.ts';
import { registryUnavailable } from './organisations.ts';

export interface OrderRouteDeps {
  db: Kysely<Database>;
  companyRegistry: CompanyRegistry;
  now: () => Date;
  clientSpaceUrl: string;
  /** Called after an order commits, e.g. to wake the outbox worker. */
  onOrderPlaced?: () => void;
  /**
   * The request's time limit (default 30 s), also the lease of its Idempotency-Key: past
   * it the buyer gets a 503 and a retry with the same key takes the key over.
   */
  orderTimeLimitMs?: number;
}

/** What the 201 is sent as, and stored as for replays. */
const orderContentType = 'application/json';

const idempotencyKeyPattern = /^[\x21-\x7e]{8,255}$/;

/**
 * `POST /v1/orders`: place an order. Requires an `Idempotency-Key` header
 * (8–255 visible ASCII characters, e.g. a UUID): a retry with the same key
 * and body returns the first answer and creates nothing.
 */
export function orderRoutes(deps: OrderRouteDeps) {
  return new Hono().post('/', async (c) => {
    const key = c.req.header('Idempotency-Key');
    if (!key || !idempotencyKeyPattern.test(key)) {
      throw new ProblemError(
        400,
        'idempotency-key-required',
        'problem.idempotency_required.title',
        'problem.idempotency_required.detail',
      );
    }
    const request = await readJson(c, orderRequestSchema);
    const partner = requiredPartnerOf(c);
    const timeLimitMs = deps.orderTimeLimitMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS;
    // Keys are scoped per partner: two partners may use the same key for different orders.
    const claim = await claimIdempotencyKey(
      deps.db,
      { scope: partner.id, key },
      await requestHash(request),
      deps.now(),
      timeLimitMs,
      orderDraws(request.customer.siret),
    );
    if (claim.kind === 'replay') {
      // The stored bytes, not a re-serialisation: a replay is identical to the first answer.
      return c.body(claim.text, claim.status as 201, {
        'Content-Type': claim.contentType,
        'Idempotent-Replayed': 'true',
      });
    }
    const { held, drawn } = claim;
    const work = placeOrder(deps, {
      request,
      locale: localeOf(c),
      userAgent: c.req.header('User-Agent') ?? null,
      ip: clientIpOf(c) === 'unknown' ? null : clientIpOf(c),
      idempotency: held,
      drawn,
      partner,
    }).then(
      (order) => {
        deps.onOrderPlaced?.();
        return order;
      },
      async (error: unknown) => {
        // Best effort: with the database gone the lease frees the key instead.
        await releaseIdempotencyKey(deps.db, held).catch(() => {});
        throw error;
      },
    );
    // Past the time limit the answer is a 503 but the work may still finish (or fail) later.
    work.catch(() => {});
    try {
      const order = await withinTimeLimit(work, timeLimitMs);
      // The same serialisation as the text stored with the key (completeIdempotencyKey).
      return c.body(JSON.stringify(order satisfies OrderResponse), 201, {
        'Content-Type': orderContentType,
      });
    } catch (error) {
      if (error instanceof CompanyRegistryUnavailableError) throw registryUnavailable(error);
      throw error;
    }
  });
}

/**
 * `work`, or a 503 once `ms` have passed. The order keeps its key until then (the
 * lease); whatever it does afterwards is settled by the key: a late commit is
 * replayed to the retry, or rolled back if the retry took the key over.
 */
async function withinTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ProblemError(
            503,
            'order-timeout',
            'problem.order_timeout.title',
            'problem.order_timeout.detail',
            {},
            undefined,
            { 'Retry-After': String(Math.max(1, Math.ceil(ms / 1000))) },
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
