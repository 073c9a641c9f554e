import {
  AliasNode,
  DeleteQueryNode,
  InsertQueryNode,
  type Kysely,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
  UpdateQueryNode,
} from 'kysely';
import type { Database } from './database.ts';

/**
 * Tables whose rows rarely change and are read on every hot request: the
 * catalogue, the seller (payee), the CGV versions, the partners, the
 * development company registry.
 */
export const cachedTables = [
  'partners',
  'products',
  'product_options',
  'seller',
  'cgv_documents',
  'cgv_translations',
  'registry_companies',
] as const;
export type CachedTable = (typeof cachedTables)[number];

/** How long a cached read is served without asking the database (another process's write shows within it). */
export const DEFAULT_READ_CACHE_TTL_MS = 5_000;

interface Entry {
  value: Promise<unknown>;
  /** Settled-only caches: the loaded value itself. */
  settled?: true;
  result?: unknown;
  expiresAt: number;
  tables: readonly CachedTable[];
}

/**
 * A per-process cache of reads, with a TTL (the bound on how stale a value
 * written by another process may be) and invalidation of every entry that
 * depends on a table as soon as this process writes to it (see `withReadCache`).
 */
export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  /** Bumped on every invalidation of a table: a load that started before it is not stored. */
  readonly #generation = new Map<string, number>();
  constructor(
    readonly ttlMs: number = DEFAULT_READ_CACHE_TTL_MS,
    private readonly clock: () => number = Date.now,
    /**
     * Serve only loads that have finished, as a fresh promise of the value: concurrent misses
     * each load. For a cache shared by the requests of a Workers isolate, where a request must
     * not wait on a promise that another request's I/O settles.
     */
    private readonly settledOnly = false,
  ) {}

  async get<T>(key: string, tables: readonly CachedTable[], load: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > now) {
      if (!this.settledOnly) return hit.value as Promise<T>;
      if (hit.settled) return hit.result as T;
    }
    const generations = tables.map((t) => this.#generation.get(t) ?? 0);
    if (this.settledOnly) {
      const value = await load();
      // A write during the load: the value may predate it, keep it out of the cache.
      if (tables.every((t, i) => (this.#generation.get(t) ?? 0) === generations[i])) {
        this.#entries.set(key, {
          value: Promise.resolve(),
          settled: true,
          result: value,
          expiresAt: now + this.ttlMs,
          tables,
        });
      }
      return value;
    }
    const value = load();
    const entry: Entry = { value, expiresAt: now + this.ttlMs, tables };
    this.#entries.set(key, entry);
    value.then(
      () => {
        // A write during the load: the value may predate it, keep it out of the cache.
        if (tables.some((t, i) => (this.#generation.get(t) ?? 0) !== generations[i])) {
          if (this.#entries.get(key) === entry) this.#entries.delete(key);
        }
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return value;
  }

  invalidate(table: string): void {
    this.#generation.set(table, (this.#generation.get(table) ?? 0) + 1);
    for (const [key, entry] of this.#entries) {
      if (entry.tables.includes(table as CachedTable)) this.#entries.delete(key);
    }
  }

  clear(): void {
    for (const table of cachedTables) this.invalidate(table);
  }
}

const caches = new WeakMap<Kysely<Database>, ReadCache>();

/**
 * `db` with a read cache: `cachedRead(result, …)` then serves from it, and
 * every insert, update or delete (raw SQL included) that names a cached table
 * through the result — or through a transaction of it — drops that table's
 * entries, before the statement runs and again after it.
 */
export function withReadCache(
  db: Kysely<Database>,
  cache: ReadCache = new ReadCache(),
): Kysely<Database> {
  const wrapped = db.withPlugin(new InvalidateOnWrite(cache));
  caches.set(wrapped, cache);
  return wrapped;
}

/** The cache of a database made by `withReadCache` (undefined: reads are not cached). */
export function readCacheOf(db: Kysely<Database>): ReadCache | undefined {
  return caches.get(db);
}

/** Another handle on the same database (e.g. with a plugin) sharing `from`'s cache. */
export function shareReadCache(from: Kysely<Database>, to: Kysely<Database>): Kysely<Database> {
  const cache = caches.get(from);
  if (cache) caches.set(to, cache);
  return to;
}

/** `load()`, served from `db`'s read cache when it has one. */
export function cachedRead<T>(
  db: Kysely<Database>,
  key: string,
  tables: readonly CachedTable[],
  load: () => Promise<T>,
): Promise<T> {
  const cache = caches.get(db);
  return cache ? cache.get(key, tables, load) : load();
}

class InvalidateOnWrite implements KyselyPlugin {
  readonly #pending = new WeakMap<QueryId, string[]>();
  constructor(private readonly cache: ReadCache) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const tables = writtenTables(args.node);
    if (tables.length > 0) {
      for (const table of tables) this.cache.invalidate(table);
      this.#pending.set(args.queryId, tables);
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const tables = this.#pending.get(args.queryId);
    if (tables) for (const table of tables) this.cache.invalidate(table);
    return args.result;
  }
}

const writeWords = /\b(insert|update|delete|truncate|alter|drop)\b/i;

/** The cached tables a statement writes (also inside `with` clauses). */
function writtenTables(node: OperationNode): string[] {
  const found = new Set<string>();
  const visit = (n: OperationNode | undefined) => {
    if (!n) return;
    if (InsertQueryNode.is(n)) add(n.into);
    else if (UpdateQueryNode.is(n)) add(n.table);
    else if (DeleteQueryNode.is(n)) for (const from of n.from.froms) add(from);
    else if (RawNode.is(n)) {
      const text = n.sqlFragments.join(' ');
      if (writeWords.test(text)) {
        for (const table of cachedTables) if (text.includes(table)) found.add(table);
      }
    }
    const withNode = (n as { with?: { expressions: readonly { expression: OperationNode }[] } })
      .with;
    for (const cte of withNode?.expressions ?? []) visit(cte.expression);
  };
  const add = (n: OperationNode | undefined) => {
    const table = AliasNode.is(n as OperationNode) ? (n as AliasNode).node : n;
    if (table && TableNode.is(table)) {
      const name = table.table.identifier.name;
      if ((cachedTables as readonly string[]).includes(name)) found.add(name);
    }
  };
  visit(node);
  return [...found];
}
