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

/** The part's files (its chunk and the chunks it imports), each with its integrity. */
type Manifest = Record<string, [file: string, integrity: string][]>;

/** Replaced by the build with the JSON of the manifest; left as is, it parses to nothing. */
function parse(text: string): Manifest {
  try {
    return JSON.parse(text) as Manifest;
  } catch {
    return {};
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
  for (const [file, integrity] of manifest[part] ?? []) preload(file, integrity).catch(() => {});
}

/** Imports a lazy part once each of its files has been fetched and verified. */
export async function loadChunk<T>(part: string, load: () => Promise<T>): Promise<T> {
  await Promise.all((manifest[part] ?? []).map(([file, integrity]) => preload(file, integrity)));
  return load();
}
