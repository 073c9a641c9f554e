/**
 * Statements compiled once per shape (issue 21). Kysely builds an operation tree and compiles
 * it to SQL on every call, which for the order's one big data-modifying statement was a
 * tenth of the request's CPU. A `Precompiled` statement builds and compiles its query once
 * for each *shape* of its values (the keys of its objects, the lengths of its arrays), with
 * every value a placeholder, and afterwards only fills the parameter list.
 *
 * Plain Postgres parameters of the unnamed statement, as Kysely sends them: nothing is
 * prepared on the server, so it works through a transaction pooler as before.
 *
 * The builder must depend on the values' shape only, never on the values themselves: what
 * it does with a value must be to bind it (`values`, `set`, `=`…), not to inline it, test it
 * or combine it (`is null`, `sql.lit`, a string built from it). A value inlined or combined is
 * caught when the shape is compiled (it no longer appears as its own parameter) and refused.
 * Statements that write a table of the read cache are refused too: their invalidation runs
 * when a query is compiled (`withReadCache`), which a precompiled statement skips.
 */
import {
  type Compilable,
  type CompiledQuery,
  createQueryId,
  type Kysely,
  type QueryResult,
  RawNode,
  type Transaction,
} from 'kysely';
import type { Database } from './database.ts';
import { writtenTables } from './read-cache.ts';

const MARK = '\u0000precompiled:';

type Executor = Kysely<Database> | Transaction<Database>;

interface Template {
  sql: string;
  query: CompiledQuery['query'];
  /** A leaf's index, or a constant of the builder (e.g. a status literal). */
  parameters: ({ leaf: number } | { constant: unknown })[];
}

/** How many shapes one statement keeps (an order has one per count of lines, dossiers, messages). */
const MAX_SHAPES = 256;

export class Precompiled<V, R> {
  readonly #templates = new Map<string, Template>();
  constructor(
    private readonly build: (db: Executor, values: V) => Compilable<R>,
    private readonly maxShapes = MAX_SHAPES,
  ) {}

  /** The compiled query for `values`: its shape's SQL with `values` as its parameters. */
  compile(db: Executor, values: V): CompiledQuery<R> {
    const leaves: unknown[] = [];
    const shape = walk(values, leaves);
    let template = this.#templates.get(shape);
    if (!template) {
      template = this.#template(db, values, leaves.length);
      if (this.#templates.size >= this.maxShapes) this.#templates.clear();
      this.#templates.set(shape, template);
    }
    return {
      sql: template.sql,
      query: template.query,
      queryId: createQueryId(),
      parameters: template.parameters.map((p) => ('leaf' in p ? leaves[p.leaf] : p.constant)),
    };
  }

  /** Runs the statement for `values` on `db` (a transaction's connection when `db` is one). */
  execute(db: Executor, values: V): Promise<QueryResult<R>> {
    return db.executeQuery(this.compile(db, values));
  }

  #template(db: Executor, values: V, count: number): Template {
    const compiled = this.build(db, placeholders(values) as V).compile();
    if (compiled.sql.includes(MARK)) throw new Error('Precompiled: a value was inlined in the SQL');
    if (writtenTables(compiled.query).length > 0) {
      throw new Error('Precompiled: a statement that writes a read-cache table');
    }
    const seen = new Set<number>();
    const parameters = compiled.parameters.map((value) => {
      const leaf = typeof value === 'string' ? placeholderIndex(value) : null;
      if (leaf !== null) {
        seen.add(leaf);
        return { leaf };
      }
      if (typeof value === 'string' && value.includes(MARK)) {
        throw new Error('Precompiled: a value was combined into another parameter');
      }
      return { constant: value };
    });
    if (seen.size !== count) throw new Error('Precompiled: a value is not bound as a parameter');
    return { sql: compiled.sql, query: compiled.query, parameters };
  }
}

/** The leaf a parameter stands for, when it is exactly a placeholder. */
function placeholderIndex(value: string): number | null {
  if (!value.startsWith(MARK)) return null;
  const digits = value.slice(MARK.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** Values walked through; anything else is a leaf (bound as one parameter). */
function isStructure(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A Kysely `sql` fragment without parameters (`clock_timestamp()`): part of the shape. */
function rawTextOf(value: unknown): string | null {
  const node = (value as { toOperationNode?: () => unknown }).toOperationNode?.();
  if (node && RawNode.is(node as RawNode)) {
    const raw = node as RawNode;
    if (raw.parameters.length === 0) return raw.sqlFragments.join('');
  }
  return null;
}

/** The shape of `value` as text; its leaves pushed to `leaves` in a fixed order. */
function walk(value: unknown, leaves: unknown[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => walk(v, leaves)).join(',')}]`;
  if (isStructure(value)) {
    let shape = '{';
    for (const key of Object.keys(value)) {
      const v = value[key];
      shape +=
        v === undefined
          ? `${JSON.stringify(key)}:u,`
          : `${JSON.stringify(key)}:${walk(v, leaves)},`;
    }
    return `${shape}}`;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const raw = rawTextOf(value);
    if (raw === null) throw new Error('Precompiled: only plain values, dates and constant sql');
    return `sql(${JSON.stringify(raw)})`;
  }
  leaves.push(value);
  return '.';
}

/** `values` with each leaf replaced by its placeholder (the same walk as `walk`). */
function placeholders(value: unknown, counter = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => placeholders(v, counter));
  if (isStructure(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = value[key];
      copy[key] = v === undefined ? undefined : placeholders(v, counter);
    }
    return copy;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) return value;
  return `${MARK}${counter.n++}`;
}
