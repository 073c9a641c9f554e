import {
  AliasNode,
  type DatabaseConnection,
  DeleteQueryNode,
  type Dialect,
  type Driver,
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
 * development company registry; and the sessions with their accounts (the
 * bearer-token lookup of every authenticated request, `authenticate`).
 */
export const cachedTables = [
  'partners',
  'products',
  'product_options',
  'seller',
  'cgv_documents',
  'cgv_translations',
  'registry_companies',
  'sessions',
  'accounts',
] as const;
export type CachedTable = (typeof cachedTables)[number];

/** How long a cached read is served without asking the database (another process's write shows within it). */
export const DEFAULT_READ_CACHE_TTL_MS = 5_000;

/** At most this many entries (sessions are one each); beyond it the expired go, then the oldest. */
export const DEFAULT_READ_CACHE_MAX_ENTRIES = 10_000;

export interface CachedReadOptions<T> {
  /** This entry's TTL instead of the cache's. */
  ttlMs?: number;
  /** Whether a loaded value may be kept (default: every value); one that may not is loaded again next time. */
  keep?: (value: T) => boolean;
}

interface Entry {
  value: Promise<unknown>;
  /** Once loaded (and kept): the value itself, which `peek` serves without a promise. */
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
  /** Invalidations so far, and the count at each table's last one (see `invalidateWrittenSince`). */
  #writes = 0;
  readonly #lastWrite = new Map<string, number>();
  constructor(
    readonly ttlMs: number = DEFAULT_READ_CACHE_TTL_MS,
    private readonly clock: () => number = Date.now,
    /**
     * Serve only loads that have finished, as a fresh promise of the value: concurrent misses
     * each load. For a cache shared by the requests of a Workers isolate, where a request must
     * not wait on a promise that another request's I/O settles.
     */
    private readonly settledOnly = false,
    readonly maxEntries: number = DEFAULT_READ_CACHE_MAX_ENTRIES,
  ) {}

  async get<T>(
    key: string,
    tables: readonly CachedTable[],
    load: () => Promise<T>,
    options: CachedReadOptions<T> = {},
  ): Promise<T> {
    const now = this.clock();
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > now) {
      if (!this.settledOnly) return hit.value as Promise<T>;
      if (hit.settled) return hit.result as T;
    }
    const expiresAt = now + (options.ttlMs ?? this.ttlMs);
    const keep = options.keep;
    const generations = tables.map((t) => this.#generation.get(t) ?? 0);
    const unchanged = () =>
      tables.every((t, i) => (this.#generation.get(t) ?? 0) === generations[i]);
    if (this.settledOnly) {
      const value = await load();
      // A write during the load: the value may predate it, keep it out of the cache.
      if (unchanged() && (!keep || keep(value))) {
        this.#store(key, {
          value: Promise.resolve(),
          settled: true,
          result: value,
          expiresAt,
          tables,
        });
      }
      return value;
    }
    const value = load();
    const entry: Entry = { value, expiresAt, tables };
    this.#store(key, entry);
    value.then(
      (loaded) => {
        // A write during the load: the value may predate it, keep it out of the cache.
        if (!unchanged() || (keep && !keep(loaded))) {
          if (this.#entries.get(key) === entry) this.#entries.delete(key);
        } else {
          entry.settled = true;
          entry.result = loaded;
        }
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return value;
  }

  /**
   * The value `get` would serve for `key` when it is loaded already, without a promise; undefined
   * when `get` would have to wait or load. For the hottest reads (a partner's key, a rendered
   * answer): a hit costs no async frame (issue 21).
   */
  peek<T>(key: string): { value: T } | undefined {
    const hit = this.#entries.get(key);
    return hit?.settled && hit.expiresAt > this.clock() ? { value: hit.result as T } : undefined;
  }

  #store(key: string, entry: Entry): void {
    if (!this.#entries.has(key) && this.#entries.size >= this.maxEntries) {
      const now = this.clock();
      for (const [k, e] of this.#entries) if (e.expiresAt <= now) this.#entries.delete(k);
      // Still full: the oldest go first (a Map iterates in insertion order).
      for (const k of this.#entries.keys()) {
        if (this.#entries.size < this.maxEntries) break;
        this.#entries.delete(k);
      }
    }
    this.#entries.set(key, entry);
  }

  /** How many entries are kept (expired ones included until they are replaced or swept). */
  get size(): number {
    return this.#entries.size;
  }

  invalidate(table: string): void {
    this.#generation.set(table, (this.#generation.get(table) ?? 0) + 1);
    this.#lastWrite.set(table, ++this.#writes);
    for (const [key, entry] of this.#entries) {
      if (entry.tables.includes(table as CachedTable)) this.#entries.delete(key);
    }
  }

  /** A mark to pass to `invalidateWrittenSince` (taken when a transaction begins). */
  writeMark(): number {
    return this.#writes;
  }

  /**
   * Invalidates again every table written since `mark` (by any statement, this transaction's
   * among them), once the transaction has committed: a read that ran between one of its writes
   * and its commit saw the rows before the write and was stored, since nothing was invalidated
   * meanwhile. A revoked session, a disabled partner key would otherwise be served for the TTL.
   */
  invalidateWrittenSince(mark: number): void {
    for (const [table, at] of this.#lastWrite) if (at > mark) this.invalidate(table);
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
  options?: CachedReadOptions<T>,
): Promise<T> {
  const cache = caches.get(db);
  return cache ? cache.get(key, tables, load, options) : load();
}

/** `ReadCache.peek` of `db`'s read cache: undefined without one. */
export function cachedPeek<T>(db: Kysely<Database>, key: string): { value: T } | undefined {
  return caches.get(db)?.peek<T>(key);
}

/**
 * `dialect` whose transactions, once committed, invalidate `cache` again for every table
 * written since they began (`ReadCache.invalidateWrittenSince`). Pass the same cache to
 * `withReadCache`. The statements' own invalidation (`withReadCache`'s plugin) happens as they
 * run, before the commit makes them visible to other connections.
 */
export function invalidatingOnCommit(dialect: Dialect, cache: ReadCache): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new InvalidatingOnCommitDriver(dialect.createDriver(), cache),
  };
}

class InvalidatingOnCommitDriver implements Driver {
  readonly #marks = new WeakMap<DatabaseConnection, number>();
  constructor(
    private readonly inner: Driver,
    private readonly cache: ReadCache,
  ) {
    if (inner.savepoint) this.savepoint = inner.savepoint.bind(inner);
    if (inner.rollbackToSavepoint) this.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
    if (inner.releaseSavepoint) this.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  }
  savepoint?: Driver['savepoint'];
  rollbackToSavepoint?: Driver['rollbackToSavepoint'];
  releaseSavepoint?: Driver['releaseSavepoint'];
  init() {
    return this.inner.init();
  }
  acquireConnection() {
    return this.inner.acquireConnection();
  }
  async beginTransaction(...args: Parameters<Driver['beginTransaction']>) {
    this.#marks.set(args[0], this.cache.writeMark());
    await this.inner.beginTransaction(...args);
  }
  async commitTransaction(connection: DatabaseConnection) {
    try {
      await this.inner.commitTransaction(connection);
    } finally {
      const mark = this.#marks.get(connection);
      this.#marks.delete(connection);
      if (mark !== undefined) this.cache.invalidateWrittenSince(mark);
    }
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    this.#marks.delete(connection);
    await this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection);
  }
  destroy() {
    return this.inner.destroy();
  }
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
export function writtenTables(node: OperationNode): string[] {
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
