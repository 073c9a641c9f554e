import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, startDemoServer } from './testing/demo-server.ts';

/**
 * The one-tag embed of the README (its Embedding section, written by `npm run sri`): the
 * versioned loader served by the API with the published Subresource Integrity hash.
 */

/** The README's snippet: the versioned path of the script and its `integrity`. */
function readmeSnippet(): { path: string; integrity: string; tags: string } {
  const readme = readFileSync('README.md', 'utf8');
  const block = /<!-- sri:begin[^>]*-->\n```html\n([\s\S]*?)\n```\n<!-- sri:end -->/.exec(readme);
  const tags = block?.[1] ?? '';
  const script = /src="https:\/\/YOUR-API-HOST(\/widget\/v[^"]+)" integrity="(sha384-[^"]+)"/.exec(
    tags,
  );
  if (!script?.[1] || !script[2]) throw new Error('no embedding snippet in the README');
  return { path: script[1], integrity: script[2], tags };
}

/** Opens `html` as if served at `url` (a partner's page: no CSP of ours, any origin). */
async function openPartnerPage(browser: Browser, url: string, html: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(url);
  return { page, errors };
}

const defined = (page: Page, tag: string) =>
  page.evaluate((name) => customElements.get(name) !== undefined, tag);

describe('one-tag embed from the README', () => {
  let server: DemoServer;
  let browser: Browser;
  const snippet = readmeSnippet();

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the versioned loader immutable, to any origin, with the README’s hash', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(snippet.path).toBe(`/widget/v${version}/certinomis-order.js`);
    const response = await fetch(`${server.url}${snippet.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`).toBe(snippet.integrity);
    // Another version is not served under this one's name.
    expect((await fetch(`${server.url}/widget/v0.0.0-none/certinomis-order.js`)).status).toBe(404);
  });

  it('renders the element from the README’s two tags (host and key filled in)', async () => {
    const tags = snippet.tags
      .replace('https://YOUR-API-HOST', server.url)
      .replace('pk_live_…', 'pk_test_omnikles');
    const { page, errors } = await openPartnerPage(
      browser,
      `${server.url}/partner-embed-test`,
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partner</title></head><body>${tags}</body></html>`,
    );
    const cards = page.locator('certinomis-order li.card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    expect(((await cards.first().textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/110\s€\sHT/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads from another origin (CORS), lazy chunk included, and refuses a wrong hash', async () => {
    // A partner's site on its own origin (another port), served by a real server: Chromium
    // lets a loopback page load from the loopback API (a routed page has no address space).
    let html = '';
    const partner = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    const address = partner.address();
    const partnerOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const open = async (integrity: string, element: string) => {
      html = `<!doctype html><html><head><meta charset="utf-8"><title>Partner</title></head><body>
        <script type="module" src="${server.url}${snippet.path}" integrity="${integrity}" crossorigin="anonymous"></script>
        ${element}
      </body></html>`;
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${partnerOrigin}/`);
      return { page, errors };
    };
    try {
      const { page, errors } = await open(
        snippet.integrity,
        '<certinomis-order mode="space" partner-key="pk_test_omnikles"></certinomis-order>',
      );
      await expect.poll(() => defined(page, 'certinomis-order'), { timeout: 15_000 }).toBe(true);
      // mode="space" imports the client space's chunk from the same versioned folder.
      await expect
        .poll(() => defined(page, 'certinomis-client-space'), { timeout: 15_000 })
        .toBe(true);
      // (Whether the API then answers this origin is the partner's CORS list: not checked here.)
      expect(errors.filter((e) => /integrity|dynamically imported|client-space/i.test(e))).toEqual(
        [],
      );
      await page.close();

      const tampered = `sha384-${createHash('sha384').update('not the build').digest('base64')}`;
      const refused = await open(
        tampered,
        '<certinomis-order partner-key="pk_test_omnikles"></certinomis-order>',
      );
      await expect.poll(() => refused.errors.join('\n'), { timeout: 15_000 }).toMatch(/integrity/i);
      expect(await defined(refused.page, 'certinomis-order')).toBe(false);
      await refused.page.close();
    } finally {
      await new Promise((resolve) => partner.close(resolve));
    }
  });

  it('runs nothing it has not checked: every file but the entry tampered, the purchase refused', async () => {
    // The entry is the one file the partner's integrity covers; everything else it loads is
    // checked against the hashes it carries. An attacker who swaps every other file of the
    // version's folder (a compromised cache, CDN or disk) gets none of it run.
    const tags = snippet.tags
      .replace('https://YOUR-API-HOST', server.url)
      .replace('pk_live_…', 'pk_test_omnikles');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const folder = `${server.url}${snippet.path.replace(/certinomis-order\.js$/, '')}`;
    const tampered: string[] = [];
    await page.route(`${folder}**`, async (route) => {
      const file = route.request().url().slice(folder.length);
      if (file === 'certinomis-order.js') return route.continue();
      tampered.push(file);
      // A module that would say it ran, importing nothing (the entry's exports untouched).
      await route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: 'globalThis.__tamperedRan = (globalThis.__tamperedRan ?? 0) + 1; export {};',
      });
    });
    const url = `${server.url}/partner-tamper-test`;
    await page.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partner</title></head><body>${tags}</body></html>`,
      }),
    );
    await page.goto(url);
    // The catalogue is the entry alone: it paints.
    const cards = page.locator('certinomis-order li.card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    await page
      .getByRole('button', { name: /Commander/ })
      .first()
      .click();
    await page
      .getByText('Le service de commande est momentanément injoignable.')
      .waitFor({ timeout: 15_000 });
    expect(tampered.some((file) => file.startsWith('certinomis-purchase-'))).toBe(true);
    // The language tables are checked too: English asked for, its tampered table refused,
    // the element stays in French.
    await page.evaluate(() =>
      document.querySelector('certinomis-order')?.setAttribute('locale', 'en'),
    );
    await expect
      .poll(() => tampered.some((file) => file.startsWith('shell-en-')), { timeout: 15_000 })
      .toBe(true);
    await page
      .getByText('Le service de commande est momentanément injoignable.')
      .waitFor({ timeout: 15_000 });
    expect(
      await page.evaluate(() => (globalThis as { __tamperedRan?: number }).__tamperedRan),
    ).toBe(undefined);
    expect(await defined(page, 'certinomis-purchase')).toBe(false);
    await page.close();
  });

  it('walks to the quantity screen from /widget/latest/, the entry run once', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const url = `${server.url}/partner-latest-test`;
    await page.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partner</title></head><body>
          <script type="module" src="${server.url}/widget/latest/certinomis-order.js"></script>
          <certinomis-order partner-key="pk_test_omnikles"></certinomis-order></body></html>`,
      }),
    );
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(url);
    const cards = page.locator('certinomis-order li.card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    await page
      .getByRole('button', { name: /Commander/ })
      .first()
      .click();
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (document.querySelector('certinomis-order') as unknown as { state: string }).state,
          ),
        { timeout: 15_000 },
      )
      .toBe('quantity');
    await page
      .getByText('Sélectionnez le nombre de certificats souhaités.')
      .waitFor({ timeout: 15_000 });
    // English, fetched (and checked) when asked for.
    await page.evaluate(() =>
      document.querySelector('certinomis-order')?.setAttribute('locale', 'en'),
    );
    await page.getByText('Choose how many certificates you need.').waitFor({ timeout: 15_000 });
    // Every file from latest/, the entry fetched once (a second run would also throw: the tag
    // is defined already).
    expect(scripts.every((path) => path.startsWith('/widget/latest/'))).toBe(true);
    expect(scripts.filter((path) => path.endsWith('/certinomis-order.js'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
