import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../machines/contract.ts';
import { demoPartnerUserPassword, demoPartnerUsers } from './demo-partners.ts';
import { axeViolations } from './testing/axe.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { mailedLink } from './testing/dossiers.ts';
import { placeOrder } from './testing/orders.ts';
import { watchContextProblems } from './testing/page-problems.ts';

interface Received {
  slug: string;
  verified: boolean;
  eventId: string | null;
}

const userOf = (role: 'developer' | 'accounting') => {
  const user = demoPartnerUsers.find((u) => u.partner === 'omnikles' && u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user;
};

/**
 * The text drawn in a PDF (pdf-lib: flate-compressed content streams, strings as `<hex> Tj`):
 * every stream inflated, its hex strings decoded, enough to find a reference in it.
 */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      content = match[1] ?? '';
    }
    text += content.replace(/<([0-9A-Fa-f]+)>/g, (_, hex: string) =>
      Buffer.from(hex, 'hex').toString('latin1'),
    );
  }
  return text;
}

/** The heading of the portal's current screen. */
const heading = (page: Page) => page.locator('certinomis-portal [data-screen] h2').first();

describe('partner portal (/partenaires), on the real server', () => {
  let server: DemoServer;
  let browser: Browser;
  let order: OrderResponse;

  beforeAll(async () => {
    // A known port, so that the links in the e-mails lead back to this server.
    server = await startDemoServer({ PORT: String(await freePort()) });
    browser = await launchChromium();
    order = await placeOrder(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Password, then the e-mailed link opened in this tab: the portal's first screen. */
  async function logIn(page: Page, email: string) {
    await page.goto(`${server.url}/partenaires`);
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('Connexion au portail partenaires');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(demoPartnerUserPassword);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez votre boîte mail');
    await page.goto(await mailedLink(server.url, email, 'login'));
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('Vue d’ensemble');
    // The single-use token leaves the address at once.
    expect(new URL(page.url()).searchParams.has('login')).toBe(false);
  }

  const received = async (): Promise<Received[]> =>
    (await (await fetch(`${server.url}/dev/webhooks`)).json()) as Received[];

  it('serves the page under a strict CSP with the demo accounts npm start seeds', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(`${server.url}/partenaires`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.locator('#demo-partner-password').textContent()).toBe(
      demoPartnerUserPassword,
    );
    const listed = await page.locator('#demo-partner-users code').allTextContents();
    expect(listed).toEqual(demoPartnerUsers.map((user) => user.email));
    // npm start prints them too.
    expect(server.output()).toContain(
      `${server.url}/partenaires (password ${demoPartnerUserPassword})`,
    );
    for (const user of demoPartnerUsers) expect(server.output()).toContain(user.email);
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('Connexion au portail partenaires');
    // Its own module only: never the element's.
    expect(scripts).toEqual(['/partenaires/certinomis-portal.js']);
    // Every demo page links to it.
    await page.goto(`${server.url}/`);
    const nav = page.getByRole('navigation', { name: 'Navigation de la démo' });
    expect(await nav.getByRole('link', { name: 'Portail partenaires' }).getAttribute('href')).toBe(
      '/partenaires',
    );
    await page.close();
  });

  it('a developer rolls the webhook secret, sends a test event, sees it delivered and replays it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const watcher = await watchContextProblems(context);
    const page = await context.newPage();
    await logIn(page, userOf('developer').email);
    const nav = page.getByRole('navigation', { name: 'Rubriques du portail' });
    // A developer's sections: keys, origins, webhooks — no orders, no statements.
    expect(await nav.getByRole('button').allInnerTexts()).toEqual([
      'Vue d’ensemble',
      'Origines',
      'Webhooks',
      'Journal',
    ]);
    // The embed snippet pins the released element with its integrity hash and this partner's key.
    const snippet = await page.getByLabel('Code d’intégration').inputValue();
    expect(snippet).toMatch(/\/widget\/v\d+\.\d+\.\d+\/certinomis-order\.js" integrity="sha384-/);
    expect(snippet).toContain('partner-key="pk_test_omnikles"');
    expect(await axeViolations(page, 'certinomis-portal')).toEqual([]);

    // By keyboard: the section's button, then Enter; focus lands on the new screen's heading.
    await nav.getByRole('button', { name: 'Webhooks' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Webhooks');
    await expect
      .poll(() =>
        page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.textContent;
        }),
      )
      .toBe('Webhooks');
    // Nothing wider than the 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.getByLabel(/Durée de chevauchement/).fill('2');
    await page.getByRole('button', { name: 'Générer un nouveau secret' }).click();
    const secret = page.getByLabel('Nouveau secret de signature');
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await expect
      .poll(() =>
        page.getByText(/chaque envoi porte aussi la signature de l’ancien secret/).count(),
      )
      .toBe(1);

    await page.getByRole('button', { name: 'Envoyer un événement de test' }).click();
    const outcome = page.locator('certinomis-portal-webhooks #outcome');
    await expect.poll(() => outcome.textContent()).toMatch(/Événement de test evt_\S+ mis en file/);
    const eventId = /evt_[0-9a-f-]+/.exec((await outcome.textContent()) ?? '')?.[0] as string;
    // The demo receiver gets it, signed with the new secret, and verifies it.
    await expect
      .poll(
        async () => (await received()).filter((r) => r.eventId === eventId && r.verified).length,
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    const event = page.locator(`certinomis-portal-webhooks li[data-event="${eventId}"]`);
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Actualiser' }).click();
          return event.locator('.badge').textContent();
        },
        { timeout: 15_000 },
      )
      .toBe('Livré');

    await event.getByRole('button', { name: `Renvoyer ${eventId}` }).click();
    await expect
      .poll(() => outcome.textContent())
      .toMatch(new RegExp(`Renvoi de ${eventId} : reçu \\(HTTP 2\\d\\d\\)`));
    expect((await received()).filter((r) => r.eventId === eventId && r.verified)).toHaveLength(2);
    await expect.poll(() => event.getByText('(manuelle)').count()).toBe(1);
    expect(await axeViolations(page, 'certinomis-portal')).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });

  it('an accounting user downloads the month’s statement with the order in it', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, userOf('accounting').email);
    const nav = page.getByRole('navigation', { name: 'Rubriques du portail' });
    expect(await nav.getByRole('button').allInnerTexts()).toEqual([
      'Vue d’ensemble',
      'Commandes',
      'Relevés',
      'Journal',
    ]);
    // The orders, as a CSV of the same selection.
    await nav.getByRole('button', { name: 'Commandes' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Commandes');
    await page.getByRole('cell', { name: order.reference }).waitFor();
    const [orders] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en CSV' }).click(),
    ]);
    expect(orders.suggestedFilename()).toBe('commandes-omnikles.csv');
    expect(readFileSync((await orders.path()) as string, 'utf8')).toContain(order.reference);

    await nav.getByRole('button', { name: 'Relevés' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Relevés mensuels');
    await page.locator('certinomis-portal-statements table').waitFor();

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le relevé en CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^releve-omnikles-\d{4}-\d{2}\.csv$/);
    expect(readFileSync((await csv.path()) as string, 'utf8')).toContain(order.reference);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le relevé en PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfBytes = readFileSync((await pdf.path()) as string);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdfBytes)).toContain(order.reference);
    expect(await axeViolations(page, 'certinomis-portal')).toEqual([]);
    await context.close();
  });
});
