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

/**
 * Serves every released version of the element at `/widget/v<version>/…` from its frozen bytes
 * under `root` (Node: the file system), immutable and readable from any origin (a
 * `<script type="module" crossorigin integrity>` and the chunks it imports are CORS requests);
 * and `/widget/latest/…` as a short-cache 302 to the same path of `current`, when released.
 */
// biome-ignore lint/suspicious/noExplicitAny: mounted on the app whatever its environment type
export function serveWidgetReleases(app: Hono<any>, root: string, current: string): string[] {
  const versions = releasedVersions(root);
  for (const version of versions) {
    const prefix = `/widget/v${version}`;
    app.get(
      `${prefix}/*`,
      async (c, next) => {
        await next();
        if (!c.res.ok) return;
        c.res.headers.set('Cache-Control', IMMUTABLE);
        c.res.headers.set('Access-Control-Allow-Origin', '*');
        c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      },
      serveStatic({
        root: join(root, `v${version}`),
        rewriteRequestPath: (path) => path.slice(prefix.length),
      }),
    );
  }
  if (versions.includes(current)) {
    app.get('/widget/latest/*', (c) => {
      const rest = c.req.path.slice('/widget/latest'.length);
      const response = c.redirect(`/widget/v${current}${rest}`, 302);
      response.headers.set('Cache-Control', LATEST);
      response.headers.set('Access-Control-Allow-Origin', '*');
      response.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      return response;
    });
  }
  return versions;
}
