import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../machines/purchase/test-orders.ts';
import { spaceStorageKey } from '../widget/space/storage.ts';
import { demoOperator } from './demo-operator.ts';
import { axeViolations } from './testing/axe.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { mailedLink, type SignedDossier, signedDossier, startLogin } from './testing/dossiers.ts';
import { followMailedLink } from './testing/mailbox.ts';
import { watchContextProblems } from './testing/page-problems.ts';

/** All the text under `selector`, shadow roots included, whitespace collapsed. */
const deepText = (page: Page, selector: string) =>
  page.evaluate((host) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      const root = node instanceof Element ? node.shadowRoot : null;
      for (const child of (root ?? node).childNodes) walk(child);
    };
    const found = document.querySelector(host);
    if (found) walk(found);
    return parts.join(' ').replace(/\s+/g, ' ');
  }, selector);

/** The heading of the back office's current screen. */
const heading = (page: Page) => page.locator('certinomis-backoffice [data-screen] h2').first();

/** The outcome of the last action (`#notice`, focused). */
const notice = (page: Page) => page.locator('certinomis-backoffice #notice');

describe('operator back office (/back-office), on the real server', () => {
  let server: DemoServer;
  let browser: Browser;
  let prepared: SignedDossier;

  beforeAll(async () => {
    // A known port, so that the links in the e-mails (PUBLIC_URL) lead back to this server.
    server = await startDemoServer({ PORT: String(await freePort()) });
    browser = await launchChromium();
    prepared = await signedDossier(server.url, {
      email: uniqueEmail('armande'),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the demo operator’s credentials and loads only the back office’s module', async () => {
    const context = await browser.newContext();
    const watcher = await watchContextProblems(context);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(`${server.url}/back-office`);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    // The credentials printed on the page are the ones `npm start` seeds.
    expect(await page.locator('#demo-operator-email').textContent()).toBe(demoOperator.email);
    expect(await page.locator('#demo-operator-password').textContent()).toBe(demoOperator.password);
    const nav = page.getByRole('navigation', { name: 'Navigation de la démo' });
    expect(await nav.getByRole('link', { name: 'Back office' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('Connexion opérateur');
    expect(scripts.filter((path) => path.startsWith('/widget/'))).toEqual([
      '/widget/certinomis-backoffice.js',
    ]);

    // Every demo page links to it; the partner page never loads its module.
    scripts.length = 0;
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('certinomis-order li.card').count()).toBe(3);
    expect(
      await page
        .getByRole('navigation', { name: 'Navigation de la démo' })
        .getByRole('link', { name: 'Back office' })
        .getAttribute('href'),
    ).toBe('/back-office');
    expect(scripts.filter((path) => path.includes('backoffice'))).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });

  it('logs the operator in with the e-mailed link, who records the payment, verifies, issues and ships; the buyer sees Expédié and the expiry', async () => {
    const { order, dossierId, email } = prepared;
    const reference = order.reference;
    const context = await browser.newContext();
    const watcher = await watchContextProblems(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/back-office`);
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('Connexion opérateur');
    const a11y: string[] = [...(await axeViolations(page, 'certinomis-backoffice'))];

    // Password first, with the keyboard (Enter submits).
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(demoOperator.email);
    await page.locator('certinomis-password-field input').fill(demoOperator.password);
    await page.locator('certinomis-password-field input').press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez votre boîte mail');
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));

    // Then the link e-mailed to the operator, from the mailbox: this window logs in by itself.
    const mailbox = await context.newPage();
    await mailbox.goto(`${server.url}/boite-mail`);
    await mailbox.getByLabel('Destinataire').fill(demoOperator.email);
    const linkTab = await followMailedLink(mailbox, 'Votre lien de connexion', 'Me connecter');
    await expect
      .poll(() => new URL(linkTab.url()).searchParams.has('login'), { timeout: 15_000 })
      .toBe(false);
    await page.bringToFront();
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('File des dossiers');
    expect(await deepText(page, 'certinomis-backoffice')).toContain(
      `Connecté : ${demoOperator.email}`,
    );
    // The token lives in this tab's sessionStorage only (the mailbox keeps its read marks in
    // localStorage, nothing else does).
    const stored = await page.evaluate(() => ({
      session: JSON.stringify({ ...sessionStorage }),
      local: JSON.stringify({ ...localStorage }),
    }));
    expect(stored.session).toContain('accessToken');
    expect(stored.local).not.toContain('accessToken');
    expect(await context.cookies()).toEqual([]);
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));

    // The queue, filtered on the order: its dossier, signed, under review.
    await page.getByRole('textbox', { name: 'Référence de commande' }).fill(reference);
    await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
    const rows = page.locator('certinomis-backoffice tr[data-dossier]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.first().getAttribute('data-dossier')).toBe(dossierId);
    expect(await rows.first().textContent()).toContain('En cours de vérification');
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));

    await page
      .getByRole('button', { name: `Ouvrir le dossier ${reference}, certificat 1/1` })
      .click();
    await expect
      .poll(() => heading(page).textContent(), { timeout: 10_000 })
      .toContain(`Dossier ${reference} — certificat 1/1`);
    const actions = page.locator('certinomis-backoffice-actions');
    await expect
      .poll(() => actions.getByRole('button').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);

    // The ID scan, previewed from a Blob URL (allowed by this page's CSP).
    await page.getByRole('button', { name: /^Afficher la pièce d’identité/ }).click();
    const preview = page.locator('certinomis-backoffice .preview img');
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth), {
        timeout: 10_000,
      })
      .toBe(60);
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));

    const act = async (action: string, fill: Record<string, string> = {}) => {
      await actions.getByRole('button', { name: action, exact: true }).click();
      for (const [label, value] of Object.entries(fill)) {
        await actions.getByRole('textbox', { name: label }).fill(value);
      }
      a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));
      await actions.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    };

    // The transfer, as read on the bank statement (the amount is the order's, prefilled).
    await act('Paiement reçu', {
      'Libellé du virement (relevé bancaire)': `VIR SEPA ${reference} MOLIERE`,
    });
    await expect
      .poll(() => notice(page).textContent(), { timeout: 10_000 })
      .toContain(`Paiement enregistré pour 1 dossier de la commande ${reference}.`);

    await act('Identité vérifiée');
    await expect
      .poll(() => notice(page).textContent(), { timeout: 10_000 })
      .toContain('« Identité vérifiée » enregistré.');

    await act('Certificat émis', { 'Numéro de série (hexadécimal)': 'ABCDEF0123' });
    await expect
      .poll(() => notice(page).textContent(), { timeout: 10_000 })
      .toContain('Statut : Certificat émis.');

    await act('Expédié', { 'Numéro de suivi': '6A 123 456 789' });
    await expect
      .poll(() => notice(page).textContent(), { timeout: 10_000 })
      .toContain('Statut : Expédié.');
    const expiry = (
      await page
        .locator('certinomis-backoffice dl.facts > div', { hasText: 'Expiration' })
        .locator('dd')
        .textContent()
    )?.trim();
    expect(expiry).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await deepText(page, 'certinomis-backoffice')).toContain('Certificat émis → Expédié');
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));
    // A phone-width screen: the page itself never scrolls sideways (wide tables scroll inside).
    await page.setViewportSize({ width: 360, height: 740 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);

    // The buyer: password through the API, then the e-mailed link opened in this tab.
    const attempt = await startLogin(server.url, email, prepared.password);
    const link = await mailedLink(server.url, email, 'login');
    const buyer = await context.newPage();
    const origin = new URL(link).origin;
    await buyer.goto(`${origin}/espace-client`);
    await buyer.evaluate(([key, saved]) => sessionStorage.setItem(key, saved), [
      spaceStorageKey(`${origin}/`),
      JSON.stringify({ v: 1, email, session: null, attempt }),
    ] as const);
    await buyer.goto(link);
    await expect
      .poll(() => buyer.locator('certinomis-client-space [data-screen] h2').textContent(), {
        timeout: 15_000,
      })
      .toBe('Tableau de bord');
    const certificates = buyer.locator('certinomis-client-space table.certificates tbody tr');
    await expect.poll(() => certificates.count(), { timeout: 10_000 }).toBe(1);
    const row = (await certificates.first().textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(row).toContain('Expédié');
    expect(row).toContain(expiry);
    expect(row).toContain('Jean-Baptiste POQUELIN');
    expect(await deepText(buyer, 'certinomis-order')).toContain(
      'Prochaines échéances des certificats',
    );
    a11y.push(...(await axeViolations(buyer)));

    expect(a11y).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });
});
