import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { orderRequestSchema } from '../../machines/schemas/purchase.ts';
import { createSeededCompanyRegistry } from '../adapters/seeded-company-registry.ts';
import { ProblemError } from '../http/problem.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { claimIdempotencyKey, requestHash } from './idempotency.ts';
import { orderDraws, placeOrder } from './place-order.ts';

/**
 * The order's rows are one statement without a transaction block (issue 21): what a BEGIN …
 * ROLLBACK did around them, the statement must do itself. An attempt whose Idempotency-Key was
 * taken over (its lease ran out while it was slow, and a retry claimed the key) must write
 * nothing at all, not even consume an invoice number.
 */
describe(`placing an order whose Idempotency-Key was taken over (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const counts = async () => {
    const [orders, dossiers, outbox, audit, invoices, counter] = await Promise.all([
      t.db.selectFrom('orders').select('id').execute(),
      t.db.selectFrom('dossiers').select('id').execute(),
      t.db.selectFrom('outbox').select('id').execute(),
      t.db.selectFrom('audit_events').select('id').where('event', '=', 'order.placed').execute(),
      t.db.selectFrom('invoices').select('order_id').execute(),
      t.db.selectFrom('invoice_counter').select('last').where('id', '=', 1).executeTakeFirst(),
    ]);
    return {
      orders: orders.length,
      dossiers: dossiers.length,
      outbox: outbox.length,
      audit: audit.length,
      invoices: invoices.length,
      lastInvoice: counter?.last,
    };
  };

  it('answers 409 and writes nothing; the retry holding the key places the order', async () => {
    const request = v.parse(orderRequestSchema, orderBody({ quantity: 2 }));
    const id = { scope: t.partner.partner.id, key: crypto.randomUUID() };
    const now = new Date();
    const claim = await claimIdempotencyKey(
      t.db,
      id,
      await requestHash(request),
      now,
      undefined,
      orderDraws(request.customer.siret),
    );
    if (claim.kind !== 'new') throw new Error('the key should be new');
    // A retry takes the key over: the first attempt's token no longer holds it.
    const retry = { ...claim.held, attempt: crypto.randomUUID() };
    await t.db
      .updateTable('idempotency_keys')
      .set({ attempt: retry.attempt })
      .where('key', '=', id.key)
      .execute();
    const before = await counts();
    const deps = {
      db: t.db,
      companyRegistry: createSeededCompanyRegistry(t.db),
      now: () => now,
      clientSpaceUrl: 'http://localhost:3000/espace-client',
    };
    const input = {
      request,
      locale: 'fr' as const,
      userAgent: null,
      ip: null,
      drawn: claim.drawn,
      partner: t.partner.partner,
    };

    const lost = await placeOrder(deps, { ...input, idempotency: claim.held }).catch((e) => e);
    expect(lost).toBeInstanceOf(ProblemError);
    expect((lost as ProblemError).status).toBe(409);
    expect(await counts()).toEqual(before);

    // The attempt that holds the key writes everything, with the next invoice number.
    const placed = await placeOrder(deps, { ...input, idempotency: retry });
    expect(placed.dossiers).toHaveLength(2);
    expect(await counts()).toEqual({
      orders: before.orders + 1,
      dossiers: before.dossiers + 2,
      outbox: before.outbox + 1,
      audit: before.audit + 1,
      invoices: before.invoices + 1,
      lastInvoice: (before.lastInvoice ?? 0) + 1,
    });
  });
});
