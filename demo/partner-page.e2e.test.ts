import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSirets, fillProfiles } from './scripts/lib/test-data.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, startDemoServer } from './testing/demo-server.ts';
import { demoPartnerKey, placeOrderBody } from './testing/orders.ts';
import { watchPageProblems } from './testing/page-problems.ts';

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

    // The developer panel comes below the element, as wide as the screen allows.
    const element = await page.locator('certinomis-order').boundingBox();
    const panel = await page.locator('.dev-panel').boundingBox();
    expect(panel && element && panel.y >= element.y + element.height).toBe(true);
    expect(panel?.width).toBeGreaterThan(300);
    expect(panel && panel.x + panel.width).toBeLessThanOrEqual(360);
    await page.close();
  });

  describe('developer panel', () => {
    it('links to the mailbox from the site navigation', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      const nav = page.getByRole('navigation', { name: 'Navigation de la démo' });
      expect(await nav.getByRole('link', { name: 'Boîte mail' }).getAttribute('href')).toBe(
        '/boite-mail',
      );
      await page.close();
    });

    it('lists the development SIRETs with what each demonstrates, and copies them', async () => {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: server.url,
      });
      const page = await context.newPage();
      const watcher = await watchPageProblems(page);
      await page.goto(`${server.url}/`);
      const panel = page.locator('.dev-panel');
      expect(await panel.locator('details').getAttribute('open')).not.toBeNull();

      const items = panel.locator('.dev-siret');
      await expect.poll(() => items.count()).toBe(10);
      const texts = await items.allTextContents();
      const expected: [string, RegExp][] = [
        [
          '21750999100014',
          /COMMUNE DE MOLIERE-SUR-SEINE.*mandat administratif proposé.*USB imposé/,
        ],
        ['23750999700019', /REGION ILE-DES-COMEDIENS.*public/],
        ['21130999200017', /COMMUNE DE SCAPIN.*déjà client.*USB facultatif/],
        ['81234567600017', /MOLIERE COMPAGNIE.*pas de mandat.*USB imposé/],
        ['81234567600025', /LYON.*même SIREN/],
        ['52345678800018', /THEATRE DU PALAIS ROYAL.*déjà cliente/],
        ['48765432900019', /ANCIENNE TROUPE DU MARAIS.*fermé.*impossible/],
        ['35600000010000', /LA POSTE.*règle propre à La Poste/],
        ['81234567600033', /valide.*inconnu du registre/],
        ['81234567600018', /Luhn/],
      ];
      expected.forEach(([siret, what], i) => {
        expect(texts[i]).toContain(siret);
        expect(texts[i]).toMatch(what);
      });

      await items
        .nth(3)
        .getByRole('button', { name: /copier/ })
        .click();
      await expect
        .poll(() => page.locator('#dev-copy-status').textContent())
        .toBe('SIRET 81234567600017 copié.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('81234567600017');

      expect(await watcher.problems()).toEqual([]);
      await context.close();
    });

    it('describes each SIRET as the registry of the demo knows it', async () => {
      const existingCustomers = ['21130999200017', '52345678800018'];
      for (const dev of devSirets) {
        const res = await fetch(`${server.url}/v1/organisations/${dev.siret}`, {
          headers: { 'X-Partner-Key': demoPartnerKey },
        });
        if (dev.siret === '81234567600033') {
          expect(res.status, dev.siret).toBe(404);
          continue;
        }
        if (dev.siret === '81234567600018') {
          expect(res.status, dev.siret).toBe(422);
          continue;
        }
        expect(res.status, dev.siret).toBe(200);
        const facts = (await res.json()) as {
          name: string;
          active: boolean;
          publicAdministration: boolean;
          firstCertificate: boolean;
        };
        expect(facts.name, dev.siret).toBe(dev.name);
        expect(facts.publicAdministration, dev.siret).toBe(dev.kind === 'public');
        expect(facts.active, dev.siret).toBe(dev.siret !== '48765432900019');
        expect(facts.firstCertificate, dev.siret).toBe(!existingCustomers.includes(dev.siret));
      }
    });

    it('shows the machine state and logs the element’s events, newest first, at most 50', async () => {
      const page = await browser.newPage();
      const watcher = await watchPageProblems(page);
      await page.goto(`${server.url}/`);
      // Once the element shows its products it is idle: the events below are the last ones.
      await expect.poll(() => page.locator('certinomis-order li.card').count()).toBe(3);
      await page.evaluate(() => {
        const el = document.querySelector('certinomis-order');
        const emit = (type: string, detail: unknown) =>
          el?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
        emit('certinomis:state', {
          state: { purchase: { form: 'identification' } },
          event: { type: 'NEXT' },
        });
        emit('certinomis:step', { step: 'identification' });
        emit('certinomis:order-placed', {
          reference: 'BD1734971738',
          totals: { ht: 13000, ttc: 15600 },
        });
      });
      expect(await page.locator('#dev-state').textContent()).toBe('purchase.form.identification');
      expect(await page.locator('#dev-transition').textContent()).toBe('NEXT');
      expect(await page.locator('#dev-step').textContent()).toBe('identification');
      expect(await page.locator('#dev-last-order').textContent()).toContain('BD1734971738');
      expect(await page.locator('#dev-log-empty').isHidden()).toBe(true);

      const entries = page.locator('#dev-log > li');
      expect(await entries.count()).toBeGreaterThanOrEqual(3);
      const newest = entries.first();
      expect(await newest.locator('.dev-log__type').textContent()).toBe('certinomis:order-placed');
      expect(await newest.locator('.dev-log__detail').textContent()).toBe(
        '{"reference":"BD1734971738","totals":{"ht":13000,"ttc":15600}}',
      );
      expect(await newest.locator('time').textContent()).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);

      await page.evaluate(() => {
        const el = document.querySelector('certinomis-order');
        for (let i = 0; i < 60; i++) {
          el?.dispatchEvent(
            new CustomEvent('certinomis:step', { detail: { step: `s${i}` }, bubbles: true }),
          );
        }
      });
      expect(await entries.count()).toBe(50);
      expect(await newest.locator('.dev-log__detail').textContent()).toBe('{"step":"s59"}');

      await page.getByRole('button', { name: 'Vider' }).click();
      expect(await entries.count()).toBe(0);
      expect(await watcher.problems()).toEqual([]);
      await page.close();
    });

    it('fills the purchase form through the element’s fill() with the chosen profile', async () => {
      const page = await browser.newPage();
      const watcher = await watchPageProblems(page);
      await page.goto(`${server.url}/`);
      await page.evaluate(() => customElements.whenDefined('certinomis-order'));
      // Record what the panel passes, whatever the element's own fill() does, and play the
      // machine state (the element takes fill() on its order form only).
      await page.evaluate(() => {
        const el = document.querySelector('certinomis-order') as HTMLElement & {
          fill: (values: unknown) => void;
        };
        const w = window as unknown as { fillCalls: unknown[]; fakeState: string };
        w.fillCalls = [];
        w.fakeState = 'products';
        el.fill = (values) => void w.fillCalls.push(values);
        Object.defineProperty(el, 'state', { get: () => w.fakeState, configurable: true });
      });
      const profiles = await page.getByLabel('Profil').locator('option').allTextContents();
      expect(profiles).toEqual(fillProfiles.map((p) => p.label));

      const fillButton = page.getByRole('button', { name: 'Remplir avec des données de test' });
      await fillButton.click();
      await expect
        .poll(() => page.locator('#dev-fill-status').textContent())
        .toContain('Le formulaire de commande n’est pas affiché');

      await page.evaluate(() => {
        const w = window as unknown as { fillCalls: unknown[]; fakeState: string };
        w.fillCalls = [];
        w.fakeState = 'identification';
      });
      await page.getByLabel('Profil').selectOption('public-mandate');
      await fillButton.click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { fillCalls: unknown[] }).fillCalls))
        .toEqual([fillProfiles[0]?.values]);
      const call = fillProfiles[0]?.values;
      expect(call?.customer).toMatchObject({
        civility: 'MR',
        firstName: 'Jean-Baptiste',
        lastName: 'POQUELIN',
        email: 'jb.poquelin@moliere.fr',
        emailConfirmation: 'jb.poquelin@moliere.fr',
        phone: '01 02 03 04 05',
        siret: '21750999100014',
      });
      expect(call?.payment).toMatchObject({ method: 'mandate', siret: '21750999100014' });
      expect(await page.locator('#dev-fill-status').textContent()).toBe(
        `Formulaire rempli : ${fillProfiles[0]?.label}.`,
      );
      expect(await page.locator('#dev-log > li .dev-log__type').first().textContent()).toBe(
        'fill()',
      );
      expect(await watcher.problems()).toEqual([]);
      await page.close();
    });

    it('fills with data the API accepts: every profile places an order', async () => {
      for (const profile of fillProfiles) {
        const order = await placeOrderBody(server.url, {
          product: 'OPE-AES-CAP-1A',
          quantity: 1,
          billing: null,
          cgvAccepted: true,
          ...profile.values,
        });
        expect(order.reference, profile.id).toMatch(/^BD\d+$/);
      }
    });
  });
});
