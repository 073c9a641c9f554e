import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

/**
 * The legal invoice series (DOMAIN.md): gapless and chronological, however
 * placements interleave and whichever of them fail. On real PostgreSQL
 * (npm test's PostgreSQL leg) the placements below truly run side by side.
 */
describe(`the invoice series under concurrent and failed placements (${databaseKind})`, () => {
  let t: TestApp;
  let tick = 0;
  const base = Date.UTC(2026, 11, 31, 23, 59, 50);
  beforeAll(async () => {
    t = await createTestApp({
      // Each placement reads the clock once: times jump back and forth by seconds,
      // as concurrent requests' clocks do relative to their commit order.
      now: () => new Date(base + ((tick++ * 7) % 13) * 1000),
      reportError: () => {},
    });
    // A placement whose invoice cannot be written fails after its number was drawn: the
    // cheque ones (the trigger sees only the invoice's own row: the order's other rows are
    // written by the same statement, not visible to it).
    await sql`create or replace function fail_some_invoices() returns trigger language plpgsql as $$
      begin
        if new.document->>'paymentMeans' = 'cheque' then
          raise exception 'refused for the test';
        end if;
        return new;
      end $$`.execute(t.db);
    await sql`create trigger fail_some_invoices before insert on invoices for each row execute function fail_some_invoices()`.execute(
      t.db,
    );
  });
  afterAll(() => t.destroy());

  it('stays gapless and never goes back in time', async () => {
    const emails = Array.from({ length: 16 }, (_, i) =>
      i % 4 === 1 ? `fail-${i}@moliere.fr` : `ok-${i}@moliere.fr`,
    );
    const statuses = await Promise.all(
      emails.map(async (email) => {
        const payment = email.startsWith('fail-') ? 'cheque' : 'transfer';
        const res = await t.call('POST', '/v1/orders', orderBody({ email, payment }), {
          'Idempotency-Key': crypto.randomUUID(),
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(12);
    expect(statuses.filter((s) => s !== 201).every((s) => s >= 500)).toBe(true);

    const invoices = await t.db
      .selectFrom('invoices')
      .innerJoin('orders', 'orders.id', 'invoices.order_id')
      .select(['invoices.sequence', 'invoices.number', 'invoices.issued_at', 'orders.email'])
      .where('invoices.livemode', '=', true)
      .orderBy('invoices.sequence')
      .execute();
    expect(invoices).toHaveLength(12);
    expect(invoices.every((i) => i.email.startsWith('ok-'))).toBe(true);
    const first = invoices[0]?.sequence ?? 0;
    expect(invoices.map((i) => i.sequence)).toEqual(invoices.map((_, n) => first + n));
    for (const [n, invoice] of invoices.entries()) {
      const year = new Date(invoice.issued_at).getUTCFullYear();
      expect(invoice.number).toBe(`FA${year}-${String(invoice.sequence).padStart(6, '0')}`);
      const previous = invoices[n - 1];
      if (previous) {
        expect(new Date(invoice.issued_at).getTime()).toBeGreaterThanOrEqual(
          new Date(previous.issued_at).getTime(),
        );
      }
    }
    // The clock crossed midnight on 31 December: once the series reached the new
    // year, no later number carries the old one.
    const years = invoices.map((i) => new Date(i.issued_at).getUTCFullYear());
    expect(years).toEqual([...years].sort());
    const counter = await t.db
      .selectFrom('invoice_counter')
      .select('last')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(counter.last).toBe(invoices.at(-1)?.sequence);
  });
});
