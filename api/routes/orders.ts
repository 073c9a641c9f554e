import { Hono } from 'hono';
import type { Kysely } from 'kysely';
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
  releaseIdempotencyKey,
  requestHash,
} from '../services/idempotency.ts';
import { placeOrder } from '../services/place-order.ts';
import { registryUnavailable } from './organisations.ts';

export interface OrderRouteDeps {
  db: Kysely<Database>;
  companyRegistry: CompanyRegistry;
  now: () => Date;
  clientSpaceUrl: string;
  /** Called after an order commits, e.g. to wake the outbox worker. */
  onOrderPlaced?: () => void;
}

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
    // Keys are scoped per partner: two partners may use the same key for different orders.
    const id = { scope: partner.id, key };
    const claim = await claimIdempotencyKey(deps.db, id, await requestHash(request), deps.now());
    if (claim.kind === 'replay') {
      c.header('Idempotent-Replayed', 'true');
      return c.json(claim.body as object, claim.status as 201);
    }
    try {
      const order = await placeOrder(deps, {
        request,
        locale: localeOf(c),
        userAgent: c.req.header('User-Agent') ?? null,
        ip: clientIpOf(c) === 'unknown' ? null : clientIpOf(c),
        idempotency: id,
        partner,
      });
      deps.onOrderPlaced?.();
      return c.json(order, 201);
    } catch (error) {
      await releaseIdempotencyKey(deps.db, id);
      if (error instanceof CompanyRegistryUnavailableError) throw registryUnavailable(error);
      throw error;
    }
  });
}
