import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, LATEST, serveWidgetReleases } from './widget-releases.ts';

let root: string;
const app = new Hono();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certinomis-widget-releases-'));
  for (const version of ['0.1.0', '0.2.0']) {
    const dir = join(root, `v${version}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'manifest.json'), '{}');
    writeFileSync(join(dir, 'certinomis-order.js'), `export const version = '${version}';`);
  }
  mkdirSync(join(root, 'not-a-version'));
  expect(serveWidgetReleases(app, root, '0.2.0').sort()).toEqual(['0.1.0', '0.2.0']);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the element, every released version side by side', () => {
  it('serves each version from its own frozen bytes, immutable, to any origin', async () => {
    for (const version of ['0.1.0', '0.2.0']) {
      const response = await app.request(`/widget/v${version}/certinomis-order.js`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(`export const version = '${version}';`);
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
    }
  });

  it('answers 404, not cached for ever, for an unknown file or version', async () => {
    const missing = await app.request('/widget/v0.2.0/nothing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
    expect((await app.request('/widget/v9.9.9/certinomis-order.js')).status).toBe(404);
  });

  it('redirects /widget/latest/ to the current version, for a short while', async () => {
    const response = await app.request('/widget/latest/certinomis-order.js');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/widget/v0.2.0/certinomis-order.js');
    expect(response.headers.get('cache-control')).toBe(LATEST);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
