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
  // A chunk of the older version only (its name a content hash, as the build writes them).
  writeFileSync(join(root, 'v0.1.0', 'old-chunk-AbC123.js'), 'export const old = 1;');
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

  it('serves /widget/latest/ with the current version’s bytes under that address, for a short while', async () => {
    const response = await app.request('/widget/latest/certinomis-order.js');
    expect(response.status).toBe(200);
    // No redirect: the chunks import the entry by its address, which must stay the one loaded.
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toBe(`export const version = '0.2.0';`);
    expect(response.headers.get('cache-control')).toBe(LATEST);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves under latest/ a chunk the current version no longer has, from the newest release that has it', async () => {
    const response = await app.request('/widget/latest/old-chunk-AbC123.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const old = 1;');
    expect(response.headers.get('cache-control')).toBe(LATEST);
  });

  it('answers 404 under latest/ for an unknown file and for a path leaving the folders', async () => {
    for (const path of [
      '/widget/latest/nothing.js',
      '/widget/latest/%2e%2e/manifest.json',
      '/widget/latest/..%2fv0.1.0%2fcertinomis-order.js',
      '/widget/latest/',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('cache-control'), path).toBeNull();
    }
  });
});
