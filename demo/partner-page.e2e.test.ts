import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, startDemoServer } from './testing/demo-server.ts';

describe('demo partner page, served by the real server', () => {
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

  it('shows the three products with their prices, under a strict CSP, without errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    const cards = page.locator('certinomis-order li.card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    const texts = (await cards.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(texts[0]).toContain('Certificat Décideur - 1 an');
    expect(texts[0]).toMatch(/110\s€\sHT/);
    expect(texts[1]).toMatch(/180\s€\sHT/);
    expect(texts[2]).toMatch(/255\s€\sHT/);
    expect(await page.getByRole('button', { name: /Commander/ }).count()).toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('certinomis-order li.card').count()).toBe(3);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
