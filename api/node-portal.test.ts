import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { portalCsp, servePortal } from './node-portal.ts';

describe('the partner portal page (/partenaires)', () => {
  it('is served under its strict CSP, loading only its own module, nothing inline', async () => {
    const app = new Hono();
    servePortal(app);
    const response = await app.request('/partenaires?login=abc');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(portalCsp);
    expect(portalCsp).toContain("script-src 'self'");
    expect(portalCsp).not.toContain('unsafe-inline');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const page = await response.text();
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="module" src="/partenaires/certinomis-portal.js">']);
    expect(page).not.toMatch(/<style|style=/);
    expect(page).toContain('<certinomis-portal api="/" locale="fr">');
  });

  it('serves the demo’s own page in demo mode', async () => {
    const app = new Hono();
    servePortal(app, { demoPage: './demo/partenaires.html' });
    const page = await (await app.request('/partenaires')).text();
    expect(page).toContain('Navigation de la démo');
    expect(page).toContain('<script type="module" src="/partenaires/certinomis-portal.js">');
    expect(page).not.toMatch(/<script>|<style|style=/);
  });
});
