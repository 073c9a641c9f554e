import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../machines/purchase/test-orders.ts';
import { axeViolations } from './testing/axe.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { followMailedLink } from './testing/mailbox.ts';
import { placeOrder } from './testing/orders.ts';
import { watchContextProblems } from './testing/page-problems.ts';

const PASSWORD = 'Le Misanthrope 1666!';

describe('client space (/espace-client), as a new buyer, on the real server', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    // A known port, so that the links in the e-mails (PUBLIC_URL) lead back to this server.
    server = await startDemoServer({ PORT: String(await freePort()) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** All the text of the client space, shadow roots included, whitespace collapsed. */
  const spaceText = (page: Page) =>
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

  /** The heading of the space's current screen. */
  const heading = (page: Page) => page.locator('certinomis-client-space [data-screen] h2');

  it('orders, registers, confirms the address, logs in with the e-mailed link, sees one row per certificate', async () => {
    const email = uniqueEmail('armande');
    const { reference } = await placeOrder(server.url, { email, quantity: 2 });

    const context: BrowserContext = await browser.newContext();
    const watcher = await watchContextProblems(context);
    const mailbox = await context.newPage();
    const response = await mailbox.goto(`${server.url}/boite-mail`);
    expect(response?.status()).toBe(200);
    await mailbox.getByLabel('Destinataire').fill(email);

    // The order confirmation e-mail leads to the client space, with the order and the address.
    const space = await followMailedLink(
      mailbox,
      `Votre commande CERTINOMIS ${reference} est enregistrée`,
      'Compléter mes dossiers',
    );
    const spaceUrl = new URL(space.url());
    expect(spaceUrl.pathname).toBe('/espace-client');
    expect(spaceUrl.searchParams.get('email')).toBe(email);
    expect(spaceUrl.searchParams.get('order')).toBe(reference);
    await expect.poll(() => heading(space).textContent(), { timeout: 15_000 }).toBe('Connexion');
    const csp = (await space.request.get(space.url())).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    const nav = space.getByRole('navigation', { name: 'Navigation de la démo' });
    expect(
      await nav.getByRole('link', { name: 'Espace client' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await space.getByRole('textbox', { name: 'Adresse e-mail' }).inputValue()).toBe(email);
    const a11y: string[] = [...(await axeViolations(space))];

    // S'enregistrer with the order's e-mail.
    await space.getByRole('button', { name: 'S’enregistrer' }).click();
    await expect.poll(() => heading(space).textContent()).toBe('S’enregistrer');
    expect(await space.getByRole('textbox', { name: 'Adresse e-mail' }).inputValue()).toBe(email);
    await space.locator('certinomis-password-field input').fill(PASSWORD);
    a11y.push(...(await axeViolations(space)));
    await space.getByRole('button', { name: 'S’enregistrer' }).click();
    await expect
      .poll(() => spaceText(space))
      .toContain(
        'Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte',
      );

    // The confirmation link, from the mailbox, in a new tab.
    const confirmed = await followMailedLink(
      mailbox,
      'Confirmez votre adresse e-mail',
      'Confirmer mon adresse',
    );
    await expect
      .poll(() => spaceText(confirmed), { timeout: 15_000 })
      .toContain('Adresse confirmée, vous pouvez vous connecter');
    expect(new URL(confirmed.url()).searchParams.has('verify')).toBe(false);

    // Back in the first tab: log in, with the keyboard (Enter in the password submits).
    await space.getByRole('button', { name: 'Retour à la connexion' }).click();
    await expect.poll(() => heading(space).textContent()).toBe('Connexion');
    await space.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await space.locator('certinomis-password-field input').fill(PASSWORD);
    await space.locator('certinomis-password-field input').press('Enter');
    await expect.poll(() => heading(space).textContent()).toBe('Vérifiez votre boîte mail');
    expect(await spaceText(space)).toContain(email);
    a11y.push(...(await axeViolations(space)));

    // The login link, opened in another tab: it approves, and the first tab logs in by itself.
    const linkTab = await followMailedLink(mailbox, 'Votre lien de connexion', 'Me connecter');
    await expect
      .poll(() => spaceText(linkTab), { timeout: 15_000 })
      .toContain(
        'Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.',
      );
    expect(new URL(linkTab.url()).searchParams.has('login')).toBe(false);
    a11y.push(...(await axeViolations(linkTab)));

    await expect
      .poll(() => heading(space).textContent(), { timeout: 10_000 })
      .toBe('Tableau de bord');
    const rows = space.locator('certinomis-client-space tr[data-dossier]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    for (const row of await rows.all()) {
      const text = (await row.textContent())?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain(`Certificat Décideur - 1 an — ${reference} du `);
      expect(text).toContain('Demande à compléter');
    }
    expect(
      await space.getByRole('button', { name: `Compléter le dossier ${reference} n° 2` }).count(),
    ).toBe(1);
    expect(await spaceText(space)).toContain('PAS DE DONNÉES');
    const token = await space.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(token).toContain('accessToken');
    expect(await space.evaluate(() => localStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);

    a11y.push(...(await axeViolations(space)));

    // Voir tout: the whole list, with its status filter.
    await space.getByRole('button', { name: 'Voir tout' }).click();
    await expect
      .poll(() => heading(space).textContent())
      .toBe('Toutes vos demandes de certificats');
    await expect.poll(() => rows.count()).toBe(2);
    a11y.push(...(await axeViolations(space)));
    expect(a11y).toEqual([]);

    // A phone-width screen: no horizontal scrolling.
    await space.setViewportSize({ width: 360, height: 740 });
    const overflow = await space.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });

  it('is a separate chunk: the partner page never loads it, the space page loads it on demand', async () => {
    const context = await browser.newContext();
    const watcher = await watchContextProblems(context);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('certinomis-order li.card').count()).toBe(3);
    // The partner page loads the entry (and, once idle, prefetches the purchase): never the space.
    const partnerScripts = scripts.filter((path) => path.startsWith('/widget/'));
    expect(partnerScripts).toContain('/widget/certinomis-order.js');
    expect(partnerScripts.filter((path) => path.includes('client-space'))).toEqual([]);

    scripts.length = 0;
    await page.goto(`${server.url}/espace-client`);
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe('Connexion');
    const widget = scripts.filter((path) => path.startsWith('/widget/'));
    expect(widget[0]).toBe('/widget/certinomis-order.js');
    // The space's chunk (and the chunks it shares), never the purchase's.
    expect(widget.some((path) => /^\/widget\/client-space-[\w-]+\.js$/.test(path))).toBe(true);
    expect(widget.filter((path) => path.includes('certinomis-purchase'))).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });
});
