/**
 * How a lazily imported module is loaded. `key` names it in the element's integrity manifest:
 * its path from the repository root (`machines/messages/purchase-en.ts`), or a lazy part's name
 * (`purchase`, vite.config.ts's `lazyParts`). By default (the API, the tests, unbuilt sources)
 * `load()` runs as is; the element's entry (widget/chunks.ts) installs a loader that first
 * fetches the module's files with their Subresource Integrity, so that nothing it has not
 * checked ever runs. The build fails when a lazily imported module's key is not in the code
 * that imports it (vite.config.ts, `certinomis-chunk-integrity`): every `import()` goes
 * through here.
 */
export type LazyLoader = <T>(key: string, load: () => Promise<T>) => Promise<T>;

let loader: LazyLoader = (_key, load) => load();

/** Loads the module `load` imports, named `key`, through the installed loader. */
export const lazyImport: LazyLoader = (key, load) => loader(key, load);

/** Installs the loader every later `lazyImport` goes through (the element's entry, once). */
export function setLazyLoader(next: LazyLoader): void {
  loader = next;
}
