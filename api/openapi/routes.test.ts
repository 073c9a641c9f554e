import { describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';

describe('GET /v1/openapi.json and /docs/api', () => {
  it('serves the OpenAPI 3.1 document without a partner key', async () => {
    const { request } = await createTestApp();
    const response = await request('/v1/openapi.json', { headers: { 'X-Partner-Key': '' } });
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/orders');
  });

  it('renders the reference from it, with no script and a strict CSP', async () => {
    const { request } = await createTestApp();
    const response = await request('/docs/api');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/<script|style=|https?:\/\/cdn/i);
    expect(html).toContain('POST /v1/orders');
    expect(html).toContain('Jean-Baptiste');
    expect(html).toContain('href="/v1/openapi.json"');
    const css = await request('/docs/api/reference.css');
    expect(css.headers.get('Content-Type')).toContain('text/css');
  });
});
