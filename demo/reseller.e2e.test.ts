import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../machines/purchase/test-orders.ts';
import { fillProfiles } from './scripts/lib/test-data.ts';
import { axeViolations } from './testing/axe.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, startDemoServer } from './testing/demo-server.ts';
import { watchPageProblems } from './testing/page-problems.ts';

/**
 * The white-label partner site (`/revendeur`): one template branded from the data of its key
 * (`pk_test_reseller`, "Attestia" in demo/demo-partners.ts), with the element branded by the
 * same data, in English by default, at the reseller's own price.
 */

const TEAL = 'rgb(15, 118, 110)';

/** The element's text, shadow roots included, whitespace collapsed. */
const deepText = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      const root = node instanceof Element ? node.shadowRoot : null;
      for (const child of (root ?? node).childNodes) walk(child);
    };
    const host = document.querySelector('certinomis-order');
    if (host) walk(host);
    return parts.join(' ').replace(/\s+/g, ' ');
  });

const stateOf = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('certinomis-order') as unknown as { state: string }).state,
  );
const waitState = (page: Page, state: string) =>
  expect.poll(() => stateOf(page), { timeout: 15_000 }).toBe(state);

describe('white-label reseller page', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is branded from the reseller’s data: name, logo, colours, English, its price', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = await watchPageProblems(page);
    const response = await page.goto(`${server.url}/revendeur`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");

    // The page's header, from GET /v1/catalog's branding.
    const siteName = page.locator('.site-header [data-brand-name]');
    await expect.poll(() => siteName.textContent()).toBe('Attestia');
    const siteLogo = page.locator('.site-header img[data-brand-logo]');
    expect(await siteLogo.getAttribute('src')).toBe('/demo-assets/attestia-logo.svg');
    expect(await siteLogo.getAttribute('alt')).toBe('Attestia logo');
    await expect
      .poll(() => siteLogo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    expect(
      await page.locator('.site-header').evaluate((h) => getComputedStyle(h).backgroundColor),
    ).toBe(TEAL);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toContain('Attestia');

    // The element, branded by the same data, English without a locale attribute.
    const cards = page.locator('certinomis-order li.card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    const first = ((await cards.first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(first).toContain('Decision-maker certificate - 1 year');
    expect(first).toContain('€129 excl. VAT');
    const order = page.getByRole('button', { name: 'Order: Decision-maker certificate - 1 year' });
    expect(await order.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(TEAL);
    expect(await order.evaluate((b) => getComputedStyle(b).fontFamily)).toContain('Georgia');
    const brand = page.locator('certinomis-order [part="brand"]');
    expect(((await brand.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(
      /Attestia.*Test mode/i,
    );
    const logo = page.getByRole('img', { name: 'Attestia logo' }).last();
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);

    expect(await axeViolations(page, 'body')).toEqual([]);

    // Both partner pages link to each other, and the reseller's to its client space.
    const nav = page.getByRole('navigation', { name: 'Site navigation' });
    expect(await nav.getByRole('link', { name: 'Client space' }).getAttribute('href')).toBe(
      '/revendeur/espace-client',
    );
    await nav.getByRole('link', { name: /Marchés Publics Démo/ }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Revendeur (marque blanche)' }).click();
    await page.waitForURL(`${server.url}/revendeur`);
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);

    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  it('takes an order through to its confirmation, at the reseller’s price', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = await watchPageProblems(page);
    await page.goto(`${server.url}/revendeur`);
    await page.getByRole('button', { name: 'Order: Decision-maker certificate - 1 year' }).click();
    await waitState(page, 'quantity');
    await page.getByRole('button', { name: 'Next →' }).click();
    await waitState(page, 'identification');

    const profile = fillProfiles.find((p) => p.id === 'private-transfer');
    if (!profile) throw new Error('no private-transfer profile');
    const email = uniqueEmail('reseller');
    const values = {
      ...profile.values,
      customer: { ...profile.values.customer, email, emailConfirmation: email },
    };
    await page.evaluate((filled) => {
      (document.querySelector('certinomis-order') as unknown as { fill(v: unknown): void }).fill(
        filled,
      );
    }, values);
    for (const state of ['options', 'payment', 'review']) {
      const before = await stateOf(page);
      await page.getByRole('button', { name: 'Next →' }).click();
      // On a busy machine the SIRET lookup that fill() starts may still hold the step: a click
      // that left the state where it was is repeated (never one that moved it).
      await expect
        .poll(
          async () => {
            const now = await stateOf(page);
            if (now === before) await page.getByRole('button', { name: 'Next →' }).click();
            return now;
          },
          { timeout: 20_000, interval: 1_000 },
        )
        .toBe(state);
    }
    // 1 × 129 € (the reseller's price) + the USB reader (first certificate): 149 € excl. VAT.
    await expect.poll(() => deepText(page)).toContain('€178.80');

    await page.getByRole('button', { name: 'Read the terms of sale' }).click();
    const accept = page.getByRole('button', { name: 'I have read and accept the terms of sale' });
    await page.locator('certinomis-order .cgv-body').evaluate((body) => {
      body.scrollTop = body.scrollHeight;
    });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await accept.click();
    await page.getByRole('button', { name: 'Order', exact: true }).click();
    await waitState(page, 'confirmed');
    const text = await deepText(page);
    expect(text).toContain('Order placed');
    expect(text).toMatch(/BD\d{11}/);
    expect(text).toContain('€178.80');

    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  it('brands the reseller’s client space the same way', async () => {
    const page = await browser.newPage();
    const watch = await watchPageProblems(page);
    await page.goto(`${server.url}/revendeur/espace-client`);
    await expect.poll(() => deepText(page), { timeout: 15_000 }).toContain('Attestia client space');
    expect(await deepText(page)).toContain('Test mode');
    await expect.poll(() => page.getByRole('heading', { name: 'Log in' }).count()).toBe(1);
    const submit = page.locator('certinomis-order [part="submit"]');
    expect(await submit.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(TEAL);
    expect(await page.locator('.site-header [data-brand-name]').textContent()).toBe('Attestia');
    expect(await axeViolations(page, 'body')).toEqual([]);
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });
});
