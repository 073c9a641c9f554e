import { defaultLocale, type Locale } from './locales.ts';

/** One language's texts: a key, its wording with `{name}` placeholders. */
export type Table<K extends string> = Readonly<Record<K, string>>;

/** Another language's table, given as is (the server, the back office) or fetched on first use. */
export type TableSource<K extends string> = Table<K> | (() => Promise<Table<K>>);

/** What `translator(tables)` returns: the texts of one table family (element, space, …). */
export interface Translator<K extends string> {
  /** The text for `key` in `locale`, placeholders filled; French until `locale`'s table is loaded. */
  text(locale: Locale, key: K, params?: Record<string, string | number>): string;
  /**
   * The text cut at its `{name}` placeholders, each replaced by `values[name]` (which may be a
   * template): for texts whose parts are styled, e.g. the e-mail in bold.
   */
  parts<T>(locale: Locale, key: K, values: Record<string, T | string>): (T | string)[];
  /** Whether `key` is one of this table's keys. */
  has(key: string): key is K;
  /** Gives `locale`'s table at once (a bundle that ships it anyway). */
  provide(locale: Locale, table: Table<K>): void;
}

type Loader = () => Promise<void>;
/** Every lazy table of every translator, by language: what `loadLanguage` fetches. */
const pending = new Map<Locale, Set<Loader>>();

/** Fills `{name}` placeholders from `params`; unknown names stay as written. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * One factory for every table of texts (the machines' messages, the element's, the client
 * space's, the dossier's, the back office's): French is always there (the default, in the
 * bundle); another language's table may be a loader, fetched by `loadLanguage` when that
 * language is first used, so a French page never downloads English.
 */
export function translator<K extends string>(
  tables: { fr: Table<K> } & { [L in Exclude<Locale, 'fr'>]: TableSource<K> },
): Translator<K> {
  const fr = tables.fr;
  const loaded = new Map<Locale, Table<K>>([['fr', fr]]);
  for (const [locale, source] of Object.entries(tables) as [Locale, TableSource<K>][]) {
    if (typeof source !== 'function') loaded.set(locale, source);
    else {
      const load: Loader = async () => {
        if (!loaded.has(locale)) loaded.set(locale, await source());
      };
      const set = pending.get(locale) ?? new Set<Loader>();
      pending.set(locale, set);
      set.add(load);
    }
  }
  const template = (locale: Locale, key: K): string => (loaded.get(locale) ?? fr)[key] ?? fr[key];
  return {
    text: (locale, key, params) => fill(template(locale, key), params),
    parts: (locale, key, values) =>
      template(locale, key)
        .split(/(\{\w+\})/)
        .filter((part) => part !== '')
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          return name !== undefined && name in values ? (values[name] as never) : part;
        }),
    has: (key): key is K => Object.hasOwn(fr, key),
    provide: (locale, table) => {
      loaded.set(locale, table);
    },
  };
}

/** Whether every table known so far has `locale`'s texts (French: always). */
export function languageReady(locale: Locale): boolean {
  return locale === defaultLocale || (pending.get(locale)?.size ?? 0) === 0;
}

/**
 * Fetches `locale`'s tables for every translator known so far (a lazy chunk imported later
 * brings its own: call again after importing it). Resolves when all are there.
 */
export async function loadLanguage(locale: Locale): Promise<void> {
  const loaders = pending.get(locale);
  if (!loaders || loaders.size === 0) return;
  await Promise.all(
    [...loaders].map(async (load) => {
      await load();
      loaders.delete(load);
    }),
  );
}
