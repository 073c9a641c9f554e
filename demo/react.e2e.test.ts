import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillProfiles } from './scripts/lib/test-data.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, startDemoServer } from './testing/demo-server.ts';
import { watchPageProblems } from './testing/page-problems.ts';

const stateOf = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('certinomis-order') as unknown as { state: string }).state,
  );
const waitState = (page: Page, state: string) =>
  expect.poll(() => stateOf(page), { timeout: 15_000 }).toBe(state);
const status = (page: Page) => page.locator('#react-status').textContent();

describe('certinomis-order/react in a React page', () => {
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

  it('places an order through <CertinomisOrder>, its typed callbacks updating React state', async () => {
    const page = await browser.newPage();
    const watcher = await watchPageProblems(page);
    await page.goto(`${server.url}/react`);
    // partnerKey and product reached the element as properties: the product is preselected.
    await waitState(page, 'quantity');
    await expect.poll(() => status(page)).toBe('Étape : quantity');
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await waitState(page, 'identification');
    await expect.poll(() => status(page)).toBe('Étape : identification');

    const profile = fillProfiles.find((p) => p.id === 'private-transfer');
    await page.evaluate(
      (values) =>
        (
          document.querySelector('certinomis-order') as unknown as {
            fill(v: unknown): Promise<void>;
          }
        ).fill(values),
      profile?.values,
    );
    for (const next of ['options', 'payment', 'review']) {
      const before = await stateOf(page);
      await page.getByRole('button', { name: 'Suivant →' }).click();
      // On a busy machine the SIRET lookup that fill() starts may still hold the step: a click
      // that left the state where it was is repeated (never one that moved it).
      await expect
        .poll(
          async () => {
            const now = await stateOf(page);
            if (now === before) await page.getByRole('button', { name: 'Suivant →' }).click();
            return now;
          },
          { timeout: 20_000, interval: 1_000 },
        )
        .toBe(next);
    }
    await page.getByRole('button', { name: 'Lire les CGV' }).click();
    await page.locator('certinomis-order .cgv-body').evaluate((body) => {
      body.scrollTop = body.scrollHeight;
    });
    const accept = page.getByRole('button', { name: 'J’ai lu et accepte les CGV' });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await accept.click();
    await page.getByRole('button', { name: 'Commander', exact: true }).click();
    await waitState(page, 'confirmed');

    // onOrderPlaced gave React the order's reference and its amount in cents.
    await expect
      .poll(() => status(page), { timeout: 15_000 })
      .toMatch(/^Commande BD\d{11} passée : \d+\.\d{2} € TTC$/);
    const reference = /BD\d{11}/.exec((await status(page)) ?? '')?.[0];
    // The same order the element confirms on screen.
    const confirmation = await page
      .locator('certinomis-order certinomis-confirmation-step')
      .evaluate((step) => step.shadowRoot?.textContent ?? step.textContent ?? '');
    expect(confirmation).toContain(reference);
    expect(await watcher.problems()).toEqual([]);
    await page.close();
  });
});
