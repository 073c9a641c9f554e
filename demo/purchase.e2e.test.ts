import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { focusedName, tabTo, typeInto } from './testing/keyboard.ts';
import { watchPageProblems } from './testing/page-problems.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core on the element (open shadow roots included): violations, as "id: help @ target". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['certinomis-order']] },
      {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      },
    );
    return result.violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

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

type Method = 'transfer' | 'cheque' | 'mandate';

const buyers: Record<Method, { siret: string; email: string; companyName: string }> = {
  transfer: {
    siret: '81234567600017',
    email: 'jb.transfer@moliere.fr',
    companyName: 'MOLIERE COMPAGNIE',
  },
  cheque: {
    siret: '52345678800018',
    email: 'jb.cheque@moliere.fr',
    companyName: 'THEATRE DU PALAIS ROYAL',
  },
  mandate: {
    siret: '21750999100014',
    email: 'jb.mandate@moliere.fr',
    companyName: 'COMMUNE DE MOLIERE-SUR-SEINE',
  },
};

describe('purchase through the built element on the demo partner page', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    server = await startDemoServer({ PORT: String(port) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Walks one order with the mouse (Playwright clicks and fills), checking axe on each step. */
  async function orderWithMouse(page: Page, method: Method) {
    const buyer = buyers[method];
    const a11y: Record<string, string[]> = {};
    await page.getByRole('button', { name: /Commander : Certificat Décideur - 1 an/ }).click();
    await waitState(page, 'quantity');
    await expect.poll(() => deepText(page)).toMatch(/Montant TTC/);
    a11y.quantity = await axeViolations(page);
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await waitState(page, 'identification');

    await page.getByLabel(/^Civilité/).selectOption('MR');
    await page.getByLabel(/^Prénom/).fill('Jean-Baptiste');
    await page.getByLabel(/^Nom/).fill('POQUELIN');
    await page.getByLabel(/^E-mail(?! de)/).fill(buyer.email);
    await page.getByLabel(/^Vérification de l’e-mail/).fill(buyer.email);
    await page.getByLabel(/^Téléphone/).fill('01 02 03 04 05');
    await page.getByRole('textbox', { name: /^SIRET/ }).fill(buyer.siret);
    await expect.poll(() => deepText(page)).toContain('Établissement trouvé');
    await expect
      .poll(() => page.getByLabel(/^Raison sociale/).inputValue())
      .toBe(buyer.companyName);
    a11y.identification = await axeViolations(page);
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await waitState(page, 'options');
    a11y.options = await axeViolations(page);
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await waitState(page, 'payment');

    if (method === 'transfer') {
      await page.getByRole('radio', { name: /Virement à la commande/ }).check();
      await page.getByLabel(/^Référence du virement/).fill('MOLIERE CERTIF 2026');
    } else if (method === 'cheque') {
      await page.getByRole('radio', { name: /Chèque à la commande/ }).check();
      await page.getByLabel(/^Numéro de chèque/).fill('1234567');
      await page.getByLabel(/^Banque/).fill('Crédit Mutuel');
    } else {
      await page.getByRole('radio', { name: /Mandat administratif/ }).check();
      await page.getByLabel(/^Code service/).fill('SERV-FIN');
      await page.getByLabel(/^Numéro commande Chorus/).fill('EJ 2026/0042');
    }
    a11y.payment = await axeViolations(page);
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await waitState(page, 'review');
    a11y.review = await axeViolations(page);

    await page.getByRole('button', { name: 'Lire les CGV' }).click();
    const accept = page.getByRole('button', { name: 'J’ai lu et accepte les CGV' });
    await expect.poll(() => accept.isDisabled()).toBe(true);
    a11y.cgv = await axeViolations(page);
    await page.locator('certinomis-order .cgv-body').evaluate((body) => {
      body.scrollTop = body.scrollHeight;
    });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await accept.click();
    await page.getByRole('button', { name: 'Commander', exact: true }).click();
    await waitState(page, 'confirmed');
    a11y.confirmation = await axeViolations(page);
    return a11y;
  }

  async function referenceShown(page: Page): Promise<string> {
    const text = await deepText(page);
    const reference = /BD\d{11}/.exec(text)?.[0];
    expect(reference, text).toBeDefined();
    return reference as string;
  }

  async function expectMailed(reference: string, to: string) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/boite-mail`);
    await expect
      .poll(() => page.getByText(reference).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const outbox = (await (
      await fetch(`${server.url}/dev/outbox?to=${encodeURIComponent(to)}`)
    ).json()) as {
      subject: string;
    }[];
    expect(outbox.map((m) => m.subject)).toContain(
      `Votre commande CERTINOMIS ${reference} est enregistrée`,
    );
    await page.close();
  }

  it.each(['transfer', 'cheque', 'mandate'] as const)(
    'orders by %s, ends on the confirmation and the e-mail, with no axe violation and no CSP violation',
    async (method) => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const watch = await watchPageProblems(page);
      await page.goto(`${server.url}/`);
      const a11y = await orderWithMouse(page, method);
      const reference = await referenceShown(page);
      const text = await deepText(page);
      if (method === 'transfer') expect(text).toContain(`MOLIERE CERTIF 2026 ${reference}`);
      if (method === 'cheque') expect(text).toMatch(/DOCAPOSTE CERTINOMIS/);
      if (method === 'mandate') expect(text).toMatch(/Chorus/);
      await expectMailed(reference, buyers[method].email);
      expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((step) => [step, []])));
      expect(await watch.problems()).toEqual([]);
      await page.close();
    },
  );

  it('can be completed with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = await watchPageProblems(page);
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('certinomis-order li.card').count()).toBe(3);

    await tabTo(page, /Commander : Certificat Décideur - 2 ans/);
    await page.keyboard.press('Enter');
    await waitState(page, 'quantity');
    expect(await focusedName(page)).toMatch(/Commande du certificat/);
    await tabTo(page, 'Suivant →');
    await page.keyboard.press('Enter');
    await waitState(page, 'identification');

    await tabTo(page, 'Civilité');
    await page.keyboard.type('Monsieur');
    await typeInto(page, 'Prénom', 'Armande');
    await typeInto(page, 'Nom', 'BEJART');
    await typeInto(page, 'E-mail', 'armande@moliere.fr');
    await typeInto(page, 'Vérification de l’e-mail', 'armande@moliere.fr');
    await typeInto(page, 'Téléphone', '06 12 34 56 78');
    await typeInto(page, 'SIRET', '812 345 676 00017');
    await expect.poll(() => deepText(page)).toContain('Établissement trouvé');
    await tabTo(page, 'Suivant →');
    await page.keyboard.press('Enter');
    await waitState(page, 'options');
    await tabTo(page, 'Suivant →');
    await page.keyboard.press('Enter');
    await waitState(page, 'payment');

    await tabTo(page, /Virement à la commande|Chèque à la commande/);
    // Radios move with the arrow keys; pick the transfer.
    for (let i = 0; i < 3 && !/Virement/.test(await focusedName(page)); i++)
      await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await typeInto(page, 'Référence du virement', 'BEJART 2026');
    await tabTo(page, 'Suivant →');
    await page.keyboard.press('Enter');
    await waitState(page, 'review');

    await tabTo(page, 'Lire les CGV');
    await page.keyboard.press('Enter');
    await tabTo(page, /Conditions générales|CGV/);
    // Scroll once the text is there: keys pressed while it loads scroll nothing, and the
    // checkbox stays disabled until the end has been seen (as for a buyer on a slow line).
    await expect.poll(() => deepText(page)).not.toContain('Chargement des CGV…');
    for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('End');
    await tabTo(page, 'J’ai lu et accepte les CGV');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Commander');
    await page.keyboard.press('Enter');
    await waitState(page, 'confirmed');
    const reference = await referenceShown(page);
    await expectMailed(reference, 'armande@moliere.fr');
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });
});
