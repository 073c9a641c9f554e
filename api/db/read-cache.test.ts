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

  it('keeps an entry for its own TTL, and only the values it is told to keep', async () => {
    let now = 0;
    const cache = new ReadCache(5_000, () => now);
    let stored: string | null = 'v1';
    const read = () =>
      cache.get('k', ['sessions'], async () => stored, { ttlMs: 1_000, keep: (v) => v !== null });
    expect(await read()).toBe('v1');
    stored = 'v2';
    now = 999;
    expect(await read()).toBe('v1');
    now = 1_000;
    expect(await read()).toBe('v2');
    stored = null;
    now = 2_000;
    expect(await read()).toBeNull();
    stored = 'v3'; // a null was not kept: the next read asks again
    expect(await read()).toBe('v3');
  });

  it('holds at most maxEntries: the expired go first, then the oldest', async () => {
    let now = 0;
    const cache = new ReadCache(5_000, () => now, false, 3);
    await cache.get('short', ['sessions'], async () => 1, { ttlMs: 10 });
    await cache.get('a', ['sessions'], async () => 2);
    await cache.get('b', ['sessions'], async () => 3);
    now = 10;
    await cache.get('c', ['sessions'], async () => 4); // 'short' has expired: it goes
    expect(cache.size).toBe(3);
    await cache.get('d', ['sessions'], async () => 5); // none expired: the oldest, 'a', goes
    expect(cache.size).toBe(3);
    let loads = 0;
    expect(await cache.get('a', ['sessions'], async () => ++loads)).toBe(1);
    expect(await cache.get('d', ['sessions'], async () => ++loads)).toBe(5);
  });

  it('invalidates again, when told, every table written since a mark (a transaction’s commit)', async () => {
    const cache = new ReadCache(60_000);
    const mark = cache.writeMark();
    cache.invalidate('sessions'); // the transaction's write
    // A read on another connection before the commit: it still sees the row, and is kept.
    expect(await cache.get('k', ['sessions'], async () => 'before')).toBe('before');
    expect(await cache.get('p', ['partners'], async () => 'partner')).toBe('partner');
    cache.invalidateWrittenSince(mark); // committed
    expect(await cache.get('k', ['sessions'], async () => 'after')).toBe('after');
    expect(await cache.get('p', ['partners'], async () => 'reloaded')).toBe('partner');
  });

  it('peeks at a loaded value without a promise, never at one under way, dropped or expired', async () => {
    let now = 0;
    const cache = new ReadCache(5_000, () => now);
    let release: (value: string) => void = () => {};
    const loading = cache.get(
      'k',
      ['partners'],
      () =>
        new Promise<string>((resolve) => {
          release = resolve;
        }),
    );
    expect(cache.peek('k')).toBeUndefined(); // under way: `get` would have to wait
    release('v1');
    expect(await loading).toBe('v1');
    expect(cache.peek('k')).toEqual({ value: 'v1' });
    cache.invalidate('partners');
    expect(cache.peek('k')).toBeUndefined();
    expect(await cache.get('k', ['partners'], async () => undefined)).toBeUndefined();
    expect(cache.peek('k')).toEqual({ value: undefined }); // a cached "no such row" is a hit too
    now = 5_000;
    expect(cache.peek('k')).toBeUndefined();
    await cache.get('n', ['sessions'], async () => null, { keep: (v) => v !== null });
    expect(cache.peek('n')).toBeUndefined(); // not kept: never served
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

  it('drops, at a transaction’s commit, what was read between its write and the commit', async () => {
    const city = await seller();
    await t.db.transaction().execute(async (trx) => {
      await trx.updateTable('seller').set({ city: 'Quimper' }).execute();
      // Another connection reading now sees the committed row, the old city, and caches it.
      expect(await cachedRead(t.db, 'test:seller-city', ['seller'], async () => city)).toBe(city);
    });
    expect(await seller()).toBe('Quimper');
    await t.db.updateTable('seller').set({ city }).execute();
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
