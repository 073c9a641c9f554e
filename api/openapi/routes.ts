import { Hono } from 'hono';
import { openApiDocument } from './document.ts';
import { referenceCss, referencePage } from './reference-page.ts';

/** The reference page's policy: its own origin only, no script at all. */
export const referenceCsp =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /v1/openapi.json` (the OpenAPI 3.1 document, built once per process from the valibot
 * schemas) and `GET /docs/api` (its reference page, rendered on the server: no script, no CDN,
 * so it works under the strict CSP every answer carries).
 */
export function openApiRoutes() {
  const app = new Hono();
  app.get('/v1/openapi.json', (c) =>
    c.json(openApiDocument(), 200, {
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    }),
  );
  app.get('/docs/api', (c) =>
    c.html(referencePage(openApiDocument()), 200, {
      'Cache-Control': 'public, max-age=300',
      'Content-Security-Policy': referenceCsp,
      'Referrer-Policy': 'no-referrer',
    }),
  );
  app.get('/docs/api/reference.css', (c) =>
    c.body(referenceCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
  return app;
}
