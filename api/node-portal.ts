import { readFileSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The partners' portal page (`/partenaires`): CSP of its own, as strict as the demo's (scripts,
 * styles and connections to this origin only, no inline anything); `blob:` images are not
 * needed, downloads are object URLs the page clicks.
 */
export const portalCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The page outside the demo: the element alone, on CERTINOMIS's origin. */
export const portalPage = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Portail partenaires CERTINOMIS</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/partenaires/certinomis-portal.js"></script>
  </head>
  <body>
    <main>
      <h1>Portail partenaires CERTINOMIS</h1>
      <certinomis-portal api="/" locale="fr"></certinomis-portal>
    </main>
  </body>
</html>
`;

/**
 * Serves the partners' portal on the Node entry: `/partenaires` (the page the e-mailed
 * invitation and login links open, `?invite=` / `?login=`) and its module
 * `/partenaires/certinomis-portal.js` (built apart by vite.config.ts into `dist/portal/`, never
 * part of a release). `demoPage`: the demo's own page (its header, its demo accounts) instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: mounted on the app whatever its environment type
export function servePortal(app: Hono<any>, options: { demoPage?: string } = {}): void {
  const page = options.demoPage ? readFileSync(options.demoPage, 'utf8') : portalPage;
  app.get('/partenaires', (c) =>
    c.html(page, 200, {
      'Content-Security-Policy': portalCsp,
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    }),
  );
  app.get(
    '/partenaires/*',
    serveStatic({
      root: './dist/portal',
      rewriteRequestPath: (path) => path.replace(/^\/partenaires/, ''),
    }),
  );
}
