import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { Precompiled } from './precompiled.ts';
import { withReadCache } from './read-cache.ts';

// Compiles only (no connection): the SQL Kysely itself would send.
const db = withReadCache(
  new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }),
);

interface Lines {
  orderId: string;
  lines: { code: string; quantity: number; label: string }[];
}

const insertLines = (q: typeof db, v: Lines) =>
  q
    .insertInto('order_lines')
    .values(
      v.lines.map((line, index) => ({
        order_id: v.orderId,
        position: index + 1,
        code: line.code,
        label: line.label,
        quantity: line.quantity,
        unit_ht: 0,
        total_ht: 0,
        vat_rate_bp: 2000,
      })),
    )
    .returning('order_id');

describe('Precompiled', () => {
  it('sends what Kysely compiles, for every value set of a shape and for each shape', () => {
    const lines = new Precompiled((q, v: Lines) => insertLines(q as typeof db, v));
    const sets: Lines[] = [
      { orderId: 'a', lines: [{ code: 'C1', quantity: 1, label: '' }] },
      { orderId: 'b', lines: [{ code: 'C2', quantity: 3, label: 'n' }] },
      {
        orderId: 'c',
        lines: [
          { code: 'C3', quantity: 1, label: 'm' },
          { code: 'C4', quantity: 2, label: '' },
        ],
      },
    ];
    for (const values of sets) {
      const expected = insertLines(db, values).compile();
      const got = lines.compile(db, values);
      expect(got.sql).toBe(expected.sql);
      expect(got.parameters).toEqual(expected.parameters);
    }
  });

  it('refuses a value inlined, combined with text, or left unbound', () => {
    const inlined = new Precompiled((q, v: { code: string }) =>
      q.selectFrom('products').select('code').where('code', '=', sql.lit(v.code)),
    );
    expect(() => inlined.compile(db, { code: 'C1' })).toThrow(/inlined/);
    const combined = new Precompiled((q, v: { code: string }) =>
      q.selectFrom('products').select('code').where('code', '=', `${v.code}-1`),
    );
    expect(() => combined.compile(db, { code: 'C1' })).toThrow(/combined/);
    const unbound = new Precompiled((q, _v: { code: string }) =>
      q.selectFrom('products').select('code'),
    );
    expect(() => unbound.compile(db, { code: 'C1' })).toThrow(/not bound/);
  });

  it('refuses a statement that writes a table of the read cache', () => {
    const write = new Precompiled((q, v: { code: string }) =>
      q.updateTable('products').set({ active: false }).where('code', '=', v.code),
    );
    expect(() => write.compile(db, { code: 'C1' })).toThrow(/read-cache/);
  });
});
