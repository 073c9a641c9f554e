import type { Kysely } from 'kysely';
import type { Database, Product, ProductOption, Seller } from '../db/database.ts';
import { cachedRead } from '../db/read-cache.ts';

/**
 * The rows every hot request reads and that rarely change, through the
 * database's per-process read cache (api/db/read-cache.ts: short TTL,
 * dropped at once when this process writes the table). Treat them as frozen.
 */
export function activeProducts(db: Kysely<Database>): Promise<Product[]> {
  return cachedRead(db, 'products:active', ['products'], () =>
    db.selectFrom('products').selectAll().where('active', '=', true).orderBy('position').execute(),
  );
}

export function activeOptions(db: Kysely<Database>): Promise<ProductOption[]> {
  return cachedRead(db, 'product_options:active', ['product_options'], () =>
    db
      .selectFrom('product_options')
      .selectAll()
      .where('active', '=', true)
      .orderBy('position')
      .execute(),
  );
}

export function sellerRow(db: Kysely<Database>): Promise<Seller> {
  return cachedRead(db, 'seller', ['seller'], () =>
    db.selectFrom('seller').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
  );
}
