import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** A released version's folder (`releases/v<semver>/`, written by `npm run release`). */
const VERSION_FOLDER = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `/widget/latest/…` follows releases: browsers and proxies ask again after 5 minutes. */
export const LATEST = 'public, max-age=300';

/** The versions frozen under `root` (each folder holding a manifest.json). */
export function releasedVersions(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => VERSION_FOLDER.test(name) && existsSync(join(root, name, 'manifest.json')))
    .map((name) => name.slice(1));
}

/** Newest first (semver order; a pre-release before its release). */
function newestFirst(versions: string[]): string[] {
  const key = (version: string) => {
    const [core = '', pre] = version.split('-', 2);
    return { parts: core.split('.').map(Number), pre };
  };
  return [...versions].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < 3; i++) {
      const d = (y.parts[i] ?? 0) - (x.parts[i] ?? 0);
      if (d !== 0) return d;
    }
    if (x.pre === y.pre) return 0;
    if (x.pre === undefined) return -1;
    if (y.pre === undefined) return 1;
    return y.pre < x.pre ? -1 : 1;
  });
}

/** A file's path under a version's folder: plain names only (no `..`, no encoded bytes). */
const FILE_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._-]+)+$/;

/**
 * Serves every released version of the element at `/widget/v<version>/…` from its frozen bytes
 * under `root` (Node: the file system), immutable and readable from any origin (a
 * `<script type="module" crossorigin integrity>` and the chunks it imports are CORS requests);
 * and `/widget/latest/…`, when `current` is released, with the current version's bytes under
 * that same address for a short while (no redirect).
 *
 * Why no redirect: a module script is kept by the address it was asked for, and resolves its
 * imports against the address it was answered from. The lazy chunks import what they share
 * with the entry from `./certinomis-order.js`; behind a redirect from `latest/` to `v<x>/`, that
 * address is not the one the page loaded, and the browser would run the entry a second time.
 * A chunk that the current version no longer has (a page loaded before a release asks for its
 * own) is served from the newest release that has it: chunk names are content hashes.
 */
// biome-ignore lint/suspicious/noExplicitAny: mounted on the app whatever its environment type
export function serveWidgetReleases(app: Hono<any>, root: string, current: string): string[] {
  const versions = releasedVersions(root);
  const folders = new Map(
    versions.map((version) => [
      version,
      serveStatic({
        root: join(root, `v${version}`),
        rewriteRequestPath: (path) => path.replace(/^\/widget\/[^/]+/, ''),
      }),
    ]),
  );
  const crossOrigin = (headers: Headers, cacheControl: string) => {
    headers.set('Cache-Control', cacheControl);
    headers.set('Access-Control-Allow-Origin', '*');
    headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  };
  for (const [version, serve] of folders) {
    app.get(
      `/widget/v${version}/*`,
      async (c, next) => {
        await next();
        if (c.res.ok) crossOrigin(c.res.headers, IMMUTABLE);
      },
      serve,
    );
  }
  if (folders.has(current)) {
    const lookup = [current, ...newestFirst(versions.filter((version) => version !== current))];
    app.get('/widget/latest/*', async (c, next) => {
      const rest = c.req.path.slice('/widget/latest'.length);
      if (!FILE_PATH.test(rest)) return c.notFound();
      const version = lookup.find((candidate) => existsSync(join(root, `v${candidate}`, rest)));
      const serve = version === undefined ? undefined : folders.get(version);
      if (!serve) return c.notFound();
      const response = await serve(c, next);
      if (response?.ok) crossOrigin(response.headers, LATEST);
      return response;
    });
  }
  return versions;
}
