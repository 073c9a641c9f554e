/**
 * The element's lazy parts (the purchase, the client space) and their Subresource Integrity.
 *
 * A partner's `integrity` attribute covers the entry only; the entry, in turn, carries the
 * SHA-384 of every file of every lazy part (written into it at build time by vite.config.ts's
 * `certinomis-chunk-integrity` plugin, from the written bytes). Before a part is imported, each
 * of its files is fetched as `<link rel="modulepreload" integrity crossorigin>`: the browser
 * checks the hash, and the `import()` that follows uses the module it verified. A file that
 * does not match is never run: the part fails to load and the element says so. Unbuilt (the
 * component tests run the sources), there is nothing to check and `import()` runs as is.
 */

import { setLazyLoader } from '../machines/lazy-import.ts';

/**
 * Each lazily imported module's files (its chunk and the chunks it imports), each with its
 * integrity, by key: a lazy part's name, or a module's path (machines/lazy-import.ts).
 */
type Manifest = Record<string, [file: string, integrity: string][]>;

/**
 * Replaced by the build with the manifest's JSON, compact: each file once (`name integrity`,
 * the name relative to this module), then each key with the indexes of its files. Left as is
 * (unbuilt), null.
 */
function parse(text: string): Manifest | null {
  try {
    const [files, keys] = JSON.parse(text) as [string[], Record<string, number[]>];
    const pairs = files.map((file) => file.split(' ') as [string, string]);
    return Object.fromEntries(
      Object.entries(keys).map(([key, indexes]) => [key, indexes.map((i) => pairs[i] ?? ['', ''])]),
    );
  } catch {
    return null;
  }
}

const manifest = parse('__CERTINOMIS_CHUNKS__');
const preloads = new Map<string, Promise<void>>();

/** Fetches one file with its integrity (once), resolving when the browser has verified it. */
function preload(file: string, integrity: string): Promise<void> {
  const href = new URL(file, import.meta.url).href;
  let done = preloads.get(href);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      link.integrity = integrity;
      link.crossOrigin = 'anonymous';
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => {
        preloads.delete(href);
        link.remove();
        reject(new Error(`${file}: not loaded or integrity mismatch`));
      });
      document.head.append(link);
    });
    preloads.set(href, done);
  }
  return done;
}

/** A hint, when the page is idle: the part's files start downloading (verified). */
export function prefetchChunk(part: string): void {
  for (const [file, integrity] of manifest?.[part] ?? []) preload(file, integrity).catch(() => {});
}

/**
 * Imports a lazy part (or module) once each of its files has been fetched and verified. Built,
 * a key the manifest does not name is refused rather than imported unchecked (the build makes
 * sure every lazily imported module has its key); unbuilt, `load()` runs as is.
 */
export async function loadChunk<T>(part: string, load: () => Promise<T>): Promise<T> {
  if (manifest) {
    const files = manifest[part];
    if (!files) throw new Error(`${part}: not in the integrity manifest`);
    await Promise.all(files.map(([file, integrity]) => preload(file, integrity)));
  }
  return load();
}

// Every lazy import of the element (the machines' and the widget's language tables included)
// goes through the check above.
setLazyLoader(loadChunk);
