import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { cachedRead, ReadCache, readCacheOf, withReadCache } from './read-cache.ts';

describe('ReadCache', () => {
  it('serves a value for its TTL only: another process’s change shows once it runs out', async () => {
    let now = 0;
    const cache = new ReadCache(5_000, () => now);
    let stored = 'v1';
    const read = () => cache.get('k', ['products'], async () => stored);
    expect(await read()).toBe('v1');
    stored = 'v2'; // written elsewhere: this process is not told
    now = 4_999;
    expect(await read()).toBe('v1');
    now = 5_000;
    expect(await read()).toBe('v2');
  });

  it('drops what depends on a table when it is written, and never keeps a read that raced the write', async () => {
    const cache = new ReadCache(60_000);
    let stored = 'v1';
    expect(await cache.get('k', ['products'], async () => stored)).toBe('v1');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    cache.invalidate('products');
    const racing = cache.get('k', ['products'], async () => {
      const seen = stored;
      await gate;
      return seen;
    });
    stored = 'v2';
    cache.invalidate('products'); // the write lands while the read is out
    release();
    expect(await racing).toBe('v1');
    expect(await cache.get('k', ['products'], async () => stored)).toBe('v2');
  });

  it('forgets a failed load', async () => {
    const cache = new ReadCache(60_000);
    await expect(
      cache.get('k', ['seller'], async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect(await cache.get('k', ['seller'], async () => 'up')).toBe('up');
  });
});

describe('ReadCache, settled values only (one cache for the requests of a Workers isolate)', () => {
  it('serves a finished load for its TTL, and never hands out a load still under way', async () => {
    let now = 0;
    const cache = new ReadCache(5_000, () => now, true);
    let loads = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = async () => {
      loads += 1;
      const value = `v${loads}`;
      await gate;
      return value;
    };
    // Two requests miss at the same time: each loads on its own I/O.
    const first = cache.get('k', ['partners'], slow);
    const second = cache.get('k', ['partners'], slow);
    expect(loads).toBe(2);
    release();
    expect([await first, await second]).toEqual(['v1', 'v2']);
    // Finished: served without loading until the TTL runs out.
    expect(await cache.get('k', ['partners'], slow)).toBe('v2');
    expect(loads).toBe(2);
    now = 5_000;
    expect(await cache.get('k', ['partners'], slow)).toBe('v3');
  });

  it('drops a value when its table is written, and keeps no load that raced the write', async () => {
    const cache = new ReadCache(60_000, Date.now, true);
    let stored = 'v1';
    expect(await cache.get('k', ['products'], async () => stored)).toBe('v1');
    stored = 'v2';
    cache.invalidate('products');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const racing = cache.get('k', ['products'], async () => {
      const seen = stored;
      await gate;
      return seen;
    });
    stored = 'v3';
    cache.invalidate('products');
    release();
    expect(await racing).toBe('v2');
    expect(await cache.get('k', ['products'], async () => stored)).toBe('v3');
  });

  it('is shared by databases made one per request: a write through one drops it for the next', async () => {
    const t = await createTestDatabase();
    try {
      const shared = new ReadCache(60_000, Date.now, true);
      const city = (db: typeof t.db) =>
        cachedRead(db, 'test:seller-city', ['seller'], async () => {
          const row = await db.selectFrom('seller').select('city').executeTakeFirstOrThrow();
          return row.city;
        });
      const first = withReadCache(t.db, shared);
      const original = await city(first);
      await t.db.updateTable('seller').set({ city: 'Elsewhere' }).execute(); // unwrapped: not told
      const second = withReadCache(t.db, shared);
      expect(await city(second)).toBe(original); // served across "requests"
      await second.updateTable('seller').set({ city: 'Brest' }).execute();
      expect(await city(withReadCache(t.db, shared))).toBe('Brest');
      await second.updateTable('seller').set({ city: original }).execute();
    } finally {
      await t.destroy();
    }
  });
});

describe('withReadCache on a database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  const seller = () =>
    cachedRead(t.db, 'test:seller-city', ['seller'], async () => {
      const row = await t.db.selectFrom('seller').select('city').executeTakeFirstOrThrow();
      return row.city;
    });

  it('is on for the databases the app is given', () => {
    expect(readCacheOf(t.db)).toBeInstanceOf(ReadCache);
  });

  it('drops an entry on a write through the query builder, a transaction or raw SQL', async () => {
    const city = await seller();
    await t.db.updateTable('seller').set({ city: 'Lyon' }).execute();
    expect(await seller()).toBe('Lyon');
    await t.db
      .transaction()
      .execute((trx) => trx.updateTable('seller').set({ city: 'Nantes' }).execute());
    expect(await seller()).toBe('Nantes');
    await sql`update seller set city = ${city}`.execute(t.db);
    expect(await seller()).toBe(city);
  });

  it('leaves an uncached database alone', async () => {
    const plain = withReadCache(t.db).withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => args.result,
    });
    expect(readCacheOf(plain)).toBeUndefined();
    let loads = 0;
    const load = async () => ++loads;
    await cachedRead(plain, 'x', ['seller'], load);
    await cachedRead(plain, 'x', ['seller'], load);
    expect(loads).toBe(2);
  });
});
