import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminDossier } from '../machines/contract.ts';
import { mandataireData } from '../machines/dossier/test-fixtures.ts';
import { uniqueEmail } from '../machines/purchase/test-orders.ts';
import { spaceStorageKey } from '../widget/space/storage.ts';
import { demoOperator } from './demo-operator.ts';
import { axeViolations } from './testing/axe.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import {
  apiSession,
  mailedLink,
  type SignedDossier,
  signedDossier,
  startLogin,
} from './testing/dossiers.ts';
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

/** The text of a located element, shadow roots included. */
const textIn = (locator: Locator) =>
  locator.evaluate((host) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      const root = node instanceof Element ? node.shadowRoot : null;
      for (const child of (root ?? node).childNodes) walk(child);
    };
    walk(host);
    return parts.join(' ').replace(/\s+/g, ' ');
  });

const CODE = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}/;

/** `23/12/2024`, in Paris time. */
const parisDay = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(date);

describe('revocation, end to end on the real server', () => {
  let server: DemoServer;
  let browser: Browser;
  let prepared: SignedDossier;

  beforeAll(async () => {
    // A known port, so that the links in the e-mails (PUBLIC_URL) lead back to this server.
    server = await startDemoServer({ PORT: String(await freePort()) });
    browser = await launchChromium();
    prepared = await signedDossier(server.url, { email: uniqueEmail('moliere') });
    // The operator takes it to "Certificat émis" (payment, identity, issuance) through the API,
    // as back-office.e2e.test.ts does through the screens.
    const operator = await apiSession(server.url, demoOperator.email, demoOperator.password);
    const { dossierId, order } = prepared;
    const admin = async (path: string, body: object) => {
      const headers = { Authorization: `Bearer ${operator.accessToken}` };
      const current = (await (
        await fetch(`${server.url}/v1/admin/dossiers/${dossierId}`, { headers })
      ).json()) as AdminDossier;
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': 'application/json',
          'If-Match': `"${current.dossier.version}"`,
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    };
    await admin(`/v1/admin/orders/${order.reference}/payment`, {
      amount: order.totals.ttc,
      reference: `VIR SEPA ${order.reference} MOLIERE`,
    });
    const events = `/v1/admin/dossiers/${dossierId}/events`;
    await admin(events, { type: 'identity.verified' });
    await admin(events, {
      type: 'certificate.issued',
      serialNumber: 'ABCDEF0123',
      notBefore: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the buyer requests revocation and enters the e-mailed code, the operator confirms it first in the queue, the buyer sees "Révoqué"', async () => {
    const { order, dossierId, email, password } = prepared;
    const reference = order.reference;
    const context = await browser.newContext();
    const watcher = await watchContextProblems(context);
    const a11y: string[] = [];

    // The buyer logs in (password through the API, the e-mailed link opened in the tab).
    const attempt = await startLogin(server.url, email, password);
    const link = await mailedLink(server.url, email, 'login');
    const buyer = await context.newPage();
    const origin = new URL(link).origin;
    await buyer.goto(`${origin}/espace-client`);
    await buyer.evaluate(([key, saved]) => sessionStorage.setItem(key, saved), [
      spaceStorageKey(`${origin}/`),
      JSON.stringify({ v: 1, email, session: null, attempt }),
    ] as const);
    await buyer.goto(link);
    const spaceHeading = buyer.locator('certinomis-client-space [data-screen] h2').first();
    await expect
      .poll(() => spaceHeading.textContent(), { timeout: 15_000 })
      .toBe('Tableau de bord');
    const certificates = buyer.locator('certinomis-client-space table.certificates tbody tr');
    await expect.poll(() => certificates.count(), { timeout: 10_000 }).toBe(1);
    expect(await certificates.first().textContent()).toContain('Certificat émis');

    // «Demander la révocation»: a modal dialog with the warning, the reason and a comment.
    await buyer.getByRole('button', { name: /^Demander la révocation du certificat de/ }).click();
    const dialog = buyer.getByRole('dialog', { name: 'Demander la révocation' });
    await dialog.waitFor({ timeout: 10_000 });
    expect(await textIn(dialog)).toContain('La révocation est définitive');
    await dialog.getByRole('radio', { name: 'Clé compromise, support perdu ou volé' }).check();
    await dialog.getByRole('textbox', { name: 'Commentaire (facultatif)' }).fill('Clé perdue');
    a11y.push(...(await axeViolations(buyer)));
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect
      .poll(() => textIn(dialog), { timeout: 10_000 })
      .toContain('Un code de révocation a été envoyé par e-mail au bénéficiaire');

    // The code, read in the demo mailbox of the mandataire (also the bénéficiaire here).
    const mailbox = await context.newPage();
    await mailbox.goto(`${server.url}/boite-mail`);
    await mailbox.getByLabel('Destinataire').fill(mandataireData.email);
    // The e-mail's link opens the public revocation page (no account needed).
    const publicPage = await followMailedLink(
      mailbox,
      'Révocation du certificat',
      'Page de révocation',
    );
    await expect
      .poll(() => publicPage.locator('certinomis-client-space [data-screen] h2').textContent(), {
        timeout: 15_000,
      })
      .toBe('Révoquer un certificat');
    await publicPage.close();
    const text = (await mailbox.locator('.reader__text').textContent()) ?? '';
    expect(text).toContain(reference);
    const code = CODE.exec(text)?.[0] ?? '';
    expect(code).toMatch(CODE);

    await buyer.bringToFront();
    await dialog.getByRole('textbox', { name: 'Code de révocation' }).fill(code);
    await dialog.getByRole('button', { name: 'Confirmer la révocation' }).click();
    await expect
      .poll(() => textIn(dialog), { timeout: 10_000 })
      .toContain('Votre demande de révocation est confirmée');
    a11y.push(...(await axeViolations(buyer)));
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect
      .poll(() => textIn(certificates.first()), { timeout: 10_000 })
      .toContain('Révocation demandée');

    // The operator: the request is at the top of the queue, with the hours since.
    const page = await context.newPage();
    await page.goto(`${server.url}/back-office`);
    const heading = page.locator('certinomis-backoffice [data-screen] h2').first();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Connexion opérateur');
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(demoOperator.email);
    await page.locator('certinomis-password-field input').fill(demoOperator.password);
    await page.locator('certinomis-password-field input').press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Vérifiez votre boîte mail');
    // This login's e-mailed link (the newest: an earlier one opened the API session above),
    // opened in another tab: this window logs in by itself.
    const loginMails = async () =>
      (
        (await (
          await fetch(
            `${server.url}/dev/outbox?to=${encodeURIComponent(demoOperator.email)}&channel=email`,
          )
        ).json()) as { subject: string }[]
      ).filter((mail) => mail.subject.includes('Votre lien de connexion')).length;
    await expect.poll(loginMails, { timeout: 10_000 }).toBe(2);
    const linkTab = await context.newPage();
    await linkTab.goto(await mailedLink(server.url, demoOperator.email, 'login'));
    await expect
      .poll(() => new URL(linkTab.url()).searchParams.has('login'), { timeout: 15_000 })
      .toBe(false);
    await page.bringToFront();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('File des dossiers');
    const rows = page.locator('certinomis-backoffice tr[data-dossier]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await rows.first().getAttribute('data-dossier')).toBe(dossierId);
    expect(await rows.first().textContent()).toContain('Révocation demandée');
    expect(await rows.first().textContent()).toMatch(/il y a (moins d’1|\d+) h/);
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));

    await page
      .getByRole('button', { name: `Ouvrir le dossier ${reference}, certificat 1/1` })
      .click();
    await expect
      .poll(() => heading.textContent(), { timeout: 10_000 })
      .toContain(`Dossier ${reference} — certificat 1/1`);
    expect(await deepText(page, 'certinomis-backoffice')).toContain('Demande de révocation');
    const actions = page.locator('certinomis-backoffice-actions');
    await actions.getByRole('button', { name: 'Révoquer le certificat', exact: true }).click();
    a11y.push(...(await axeViolations(page, 'certinomis-backoffice')));
    await actions.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect
      .poll(() => page.locator('certinomis-backoffice #notice').textContent(), {
        timeout: 10_000,
      })
      .toContain('Statut : Révoqué.');

    // The buyer: "Révoqué", when and why; the certificate left the upcoming expiries.
    await buyer.bringToFront();
    await buyer.reload();
    await expect
      .poll(() => spaceHeading.textContent(), { timeout: 15_000 })
      .toBe('Tableau de bord');
    await expect
      .poll(() => deepText(buyer, 'certinomis-order'), { timeout: 10_000 })
      .toContain(`Révoqué le ${parisDay(new Date())} : Clé compromise, support perdu ou volé`);
    expect(await deepText(buyer, 'certinomis-order')).toContain('PAS DE DONNÉES');
    // A phone-width screen: the page itself never scrolls sideways.
    await buyer.setViewportSize({ width: 360, height: 740 });
    expect(
      await buyer.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    a11y.push(...(await axeViolations(buyer)));

    expect(a11y).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });
});
