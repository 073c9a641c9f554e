import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevOutboxMessage } from '../api/routes/dev.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { placeOrder } from './testing/orders.ts';
import { watchPageProblems } from './testing/page-problems.ts';

const subjectOf = (reference: string) => `Votre commande CERTINOMIS ${reference} est enregistrée`;

describe('demo mailbox (/boite-mail), served by the real server', () => {
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

  async function outbox(): Promise<DevOutboxMessage[]> {
    const res = await fetch(`${server.url}/dev/outbox`);
    expect(res.status).toBe(200);
    return (await res.json()) as DevOutboxMessage[];
  }

  async function openMailbox(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const page = await browser.newPage();
    const watcher = await watchPageProblems(page);
    const response = await page.goto(`${server.url}/boite-mail`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    return { page, problems: () => watcher.problems() };
  }

  it('lists a placed order’s e-mail and shows it: headers, text with links, HTML in a sandboxed frame', async () => {
    const { reference } = await placeOrder(server.url, { payment: 'transfer' });
    const { page, problems } = await openMailbox();

    const item = page.locator('.message__link', { hasText: subjectOf(reference) });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toContain('jb.poquelin@moliere.fr');
    await item.click();

    const reader = page.locator('#reader');
    await expect.poll(() => reader.locator('h2').textContent()).toBe(subjectOf(reference));
    expect(await item.getAttribute('aria-current')).toBe('true');
    const headers = await reader.locator('.reader__headers > *').allTextContents();
    const header = (label: string) => headers[headers.indexOf(label) + 1];
    expect(header('À')).toBe('jb.poquelin@moliere.fr');
    expect(header('Objet')).toBe(subjectOf(reference));
    expect(header('Envoi')).toMatch(/^(remis le|en attente d’envoi)/);

    // The text version, with the link to the client space made clickable.
    const text = reader.locator('.reader__text');
    expect(await text.textContent()).toContain(
      `Nous avons bien enregistré votre commande ${reference}.`,
    );
    const textLink = text.locator('a[href*="/espace-client"]');
    expect(await textLink.count()).toBe(1);
    expect(await textLink.getAttribute('href')).toContain(
      `${server.url.replace('127.0.0.1', 'localhost')}/espace-client`,
    );
    expect(await textLink.getAttribute('target')).toBe('_blank');

    // The HTML version, from /dev/outbox/:id/html, in a frame that may not run scripts.
    const [message] = (await outbox()).filter((m) => m.subject === subjectOf(reference));
    const frame = reader.locator('iframe.reader__html');
    expect(await frame.getAttribute('src')).toBe(`/dev/outbox/${message?.id}/html`);
    const sandbox = (await frame.getAttribute('sandbox')) ?? 'missing';
    expect(sandbox.split(/\s+/)).not.toContain('allow-scripts');
    expect(sandbox.split(/\s+/)).not.toContain('allow-same-origin');
    const html = page.frameLocator('iframe.reader__html');
    await expect
      .poll(() => html.locator('body').textContent(), { timeout: 10_000 })
      .toContain(`Nous avons bien enregistré votre commande ${reference}.`);

    // Its link to the client space opens in a new tab.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      html.getByRole('link', { name: 'Compléter mes dossiers' }).click(),
    ]);
    await popup.waitForURL(/\/espace-client\?/);
    await popup.close();

    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('serves the HTML version under its own strict CSP, and 404 for an unknown message', async () => {
    const [message] = await outbox();
    expect(message?.html).toBeTruthy();
    const res = await fetch(`${server.url}/dev/outbox/${message?.id}/html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${server.url}/dev/outbox/${crypto.randomUUID()}/html`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('refreshes by itself and filters by recipient', async () => {
    const { page, problems } = await openMailbox();
    await expect.poll(() => page.locator('.message__link').count()).toBeGreaterThan(0);
    const before = await page.locator('.message__link').count();

    // Placed after the page opened: it must appear without a reload, at the top.
    const { reference } = await placeOrder(server.url, {
      email: 'armande.bejart@example.org',
      siret: '52345678800018',
      payment: 'cheque',
      usbReader: false,
    });
    await expect
      .poll(() => page.locator('.message__link').count(), { timeout: 10_000 })
      .toBe(before + 1);
    expect(await page.locator('.message__link').first().textContent()).toContain(
      subjectOf(reference),
    );

    await page.getByLabel('Destinataire').fill('BEJART@example');
    await expect.poll(() => page.locator('.message__link').count()).toBe(1);
    expect(await page.locator('.message__link').first().textContent()).toContain(
      'armande.bejart@example.org',
    );
    expect(new URL(page.url()).searchParams.get('to')).toBe('BEJART@example');
    await page.getByLabel('Destinataire').fill('nobody@example.org');
    await expect
      .poll(() => page.locator('#list-empty').textContent())
      .toBe('Aucun message ne correspond au filtre.');

    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows an SMS, and untrusted text as text only, never as markup', async () => {
    const page = await browser.newPage();
    const watcher = await watchPageProblems(page);
    const hostile =
      '<img src=x onerror="window.pwned=1"><b>gras</b> voir https://example.org/espace-client?a=1&b=<i>.';
    const at = new Date().toISOString();
    const sms: DevOutboxMessage = {
      id: crypto.randomUUID(),
      channel: 'sms',
      to: '+33612345678',
      subject: null,
      text: 'CERTINOMIS : votre code de signature est 123456.',
      html: null,
      createdAt: at,
      sentAt: null,
    };
    const email: DevOutboxMessage = {
      id: crypto.randomUUID(),
      channel: 'email',
      to: '<b>moliere</b>@example.org',
      subject: hostile,
      text: hostile,
      html: null,
      createdAt: at,
      sentAt: at,
    };
    await page.route('**/dev/outbox', (route) => route.fulfill({ json: [sms, email] }));
    await page.goto(`${server.url}/boite-mail#m-${email.id}`);

    await expect.poll(() => page.locator('.message__link').count()).toBe(2);
    const summaries = await page.locator('.message__summary').allTextContents();
    expect(summaries).toEqual([sms.text, hostile]);
    await expect.poll(() => page.locator('#reader h2').textContent()).toBe(hostile);
    const text = page.locator('.reader__text');
    expect(await text.textContent()).toBe(hostile);
    expect(await text.locator('a').getAttribute('href')).toBe(
      'https://example.org/espace-client?a=1&b=',
    );
    expect(await page.locator('main img, main b, main i').count()).toBe(0);
    expect(await page.locator('iframe').count()).toBe(0); // no HTML version
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);

    await page.locator('.message__link').first().click();
    await expect.poll(() => page.locator('#reader h2').textContent()).toBe('SMS à +33612345678');
    expect(await page.locator('.sms-bubble').textContent()).toBe(sms.text);
    expect(await page.locator('.message__icon').allTextContents()).toEqual(['💬', '✉']);

    await page.getByLabel('Canal').selectOption('sms');
    await expect.poll(() => page.locator('.message__link').count()).toBe(1);

    expect(await watcher.problems()).toEqual([]);
    await page.close();
  });

  it("lists the demo partners' webhooks on request, each one verified by the demo's receiver", async () => {
    const { page, problems } = await openMailbox();
    const { reference } = await placeOrder(server.url, { email: 'webhooks@example.org' });
    await page.getByLabel('Canal').selectOption('webhook');
    await expect
      .poll(() => page.locator('.message__link').first().textContent(), { timeout: 10_000 })
      .toContain('order.placed');
    await expect
      .poll(
        async () =>
          (
            (await (await fetch(`${server.url}/dev/webhooks`)).json()) as {
              verified: boolean;
              type: string;
            }[]
          ).filter((w) => w.verified && w.type === 'order.placed').length,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    const sent = (await (await fetch(`${server.url}/dev/outbox?channel=webhook`)).json()) as {
      text: string;
      to: string;
    }[];
    expect(
      sent.some((m) => m.text.includes(reference) && m.to.endsWith('/dev/webhooks/omnikles')),
    ).toBe(true);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const watcher = await watchPageProblems(page);
    await page.goto(`${server.url}/boite-mail`);
    await expect.poll(() => page.locator('.message__link').count()).toBeGreaterThan(0);
    await page.locator('.message__link').first().click();
    await expect.poll(() => page.locator('iframe.reader__html').count()).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await watcher.problems()).toEqual([]);
    await page.close();
  });
});
