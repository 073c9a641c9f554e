import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierResponse } from '../machines/contract.ts';
import { uniqueEmail } from '../machines/purchase/test-orders.ts';
import { spaceStorageKey } from '../widget/space/storage.ts';
import { demoOperator } from './demo-operator.ts';
import { axeViolations } from './testing/axe.ts';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { apiSession, BUYER_PASSWORD, signedDossier } from './testing/dossiers.ts';
import { watchContextProblems } from './testing/page-problems.ts';

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

/** The purchase machine's state inside the space's renewal (null before it starts). */
const purchaseState = (page: Page) =>
  page.evaluate(() => {
    const find = (root: Document | ShadowRoot, selector: string): Element | null => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot ? find(el.shadowRoot, selector) : null;
        if (inner) return inner;
      }
      return null;
    };
    return (find(document, 'certinomis-purchase') as { state?: string } | null)?.state ?? null;
  });

describe('renewal from the client space (/espace-client), on the real server', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer({ PORT: String(await freePort()) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The operator's side, through the API: identity verified, payment received, issued. */
  async function issue(reference: string, dossierId: string, amount: number) {
    const { accessToken } = await apiSession(server.url, demoOperator.email, demoOperator.password);
    const auth = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
    const operate = async (event: object) => {
      const current = (await (
        await fetch(`${server.url}/v1/admin/dossiers/${dossierId}`, { headers: auth })
      ).json()) as { dossier: DossierResponse };
      const res = await fetch(`${server.url}/v1/admin/dossiers/${dossierId}/events`, {
        method: 'POST',
        headers: { ...auth, 'If-Match': `"${current.dossier.version}"` },
        body: JSON.stringify(event),
      });
      expect(res.status, await res.clone().text()).toBe(200);
    };
    await operate({ type: 'identity.verified' });
    const paid = await fetch(`${server.url}/v1/admin/orders/${reference}/payment`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ amount, reference }),
    });
    expect(paid.status).toBe(200);
    await operate({
      type: 'certificate.issued',
      serialNumber: '5EED0C0FFEE1',
      notBefore: new Date().toISOString(),
    });
  }

  it('renews an issued certificate from Prochaines échéances: pre-filled, no reader, both rows linked', async () => {
    const email = uniqueEmail('renouvellement');
    const expiring = await signedDossier(server.url, { email });
    await issue(expiring.order.reference, expiring.dossierId, expiring.order.totals.ttc);

    // The buyer's session in this tab, as the space keeps it after the e-mailed login link.
    const session = await apiSession(server.url, email, BUYER_PASSWORD);
    const context = await browser.newContext();
    const watcher = await watchContextProblems(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/espace-client`);
    await page.evaluate(([key, saved]) => sessionStorage.setItem(key, saved), [
      spaceStorageKey(`${server.url}/`),
      JSON.stringify({ v: 1, email, session, attempt: null }),
    ] as const);
    await page.goto(`${server.url}/espace-client`);

    const renew = page.getByRole('button', {
      name: new RegExp(`^Renouveler le certificat ${expiring.order.reference}`),
    });
    await expect.poll(() => renew.count(), { timeout: 20_000 }).toBe(1);
    const a11y = [...(await axeViolations(page))];
    await renew.click();

    // The purchase, pre-filled: same validity, quantity 1, the buyer and the organisation.
    await expect.poll(() => purchaseState(page), { timeout: 20_000 }).toBe('quantity');
    await expect
      .poll(() => spaceText(page))
      .toContain(`Renouvellement du certificat ${expiring.order.reference}`);
    await expect.poll(() => page.getByLabel(/^Nombre de certificats/).inputValue()).toBe('1');
    a11y.push(...(await axeViolations(page)));
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await expect.poll(() => purchaseState(page)).toBe('identification');
    expect(await page.getByLabel(/^E-mail(?! de)/).inputValue()).toBe(email);
    expect(await page.getByLabel(/^Vérification de l’e-mail/).inputValue()).toBe(email);
    await expect.poll(() => spaceText(page), { timeout: 15_000 }).toContain('Établissement trouvé');
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await expect.poll(() => purchaseState(page)).toBe('options');
    // The organisation is a customer: the reader is offered, not forced (the token is kept).
    const reader = page.getByRole('checkbox', { name: /Lecteur format clé USB/ });
    expect(await reader.isChecked()).toBe(false);
    expect(await reader.isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await expect.poll(() => purchaseState(page)).toBe('payment');
    await page.getByRole('radio', { name: /Virement à la commande/ }).check();
    await page.getByLabel(/^Référence du virement/).fill('RENOUVELLEMENT 2027');
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await expect.poll(() => purchaseState(page)).toBe('review');
    await page.getByRole('button', { name: 'Lire les CGV' }).click();
    await page.locator('certinomis-order .cgv-body').evaluate((body) => {
      body.scrollTop = body.scrollHeight;
    });
    const accept = page.getByRole('button', { name: 'J’ai lu et accepte les CGV' });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await accept.click();
    await page.getByRole('button', { name: 'Commander', exact: true }).click();
    await expect.poll(() => purchaseState(page), { timeout: 20_000 }).toBe('confirmed');
    const renewal = /BD\d{11}/.exec(
      (await spaceText(page)).replace(expiring.order.reference, ''),
    )?.[0];
    expect(renewal).toBeDefined();

    // Back on the dashboard: the two rows name each other.
    await page.getByRole('button', { name: '← Retour au tableau de bord' }).click();
    await expect
      .poll(() => spaceText(page), { timeout: 15_000 })
      .toContain(`Renouvelé → n° ${renewal}`);
    expect(await spaceText(page)).toContain(`Renouvellement de ${expiring.order.reference}`);
    expect(await renew.count()).toBe(0);

    // The renewal's dossier: the expiring one's steps as drafts, each confirmed by the buyer,
    // then the identity check and the signature asked anew.
    await page
      .getByRole('button', { name: new RegExp(`Compléter le dossier ${renewal} n° 1`) })
      .click();
    const next = () => page.getByRole('button', { name: 'Suivant →' }).click();
    const heading = (name: RegExp) => page.getByRole('heading', { name }).first().waitFor();
    await heading(/Organisme/);
    expect(await page.getByLabel(/^SIRET/).inputValue()).toMatch(/^812\s?345\s?676/);
    await next();
    await heading(/Mandataire/);
    await expect
      .poll(() => spaceText(page))
      .toContain(`Pré-rempli à partir du certificat ${expiring.order.reference}`);
    expect(await page.getByLabel(/^Fonction/).inputValue()).toBe('Directeur');
    expect(await page.getByLabel(/^Téléphone mobile/).inputValue()).not.toBe('');
    await next();
    await heading(/Bénéficiaire/);
    expect(await page.getByLabel('Le bénéficiaire est le mandataire').isChecked()).toBe(true);
    await next();
    await heading(/Remise/);
    // One person is both: no choice offered, the screen says who receives the certificate.
    await expect
      .poll(() => spaceText(page))
      .toContain('Le bénéficiaire est le mandataire : le certificat sera remis à');
    expect(await page.getByRole('radio', { name: 'Le mandataire' }).count()).toBe(0);
    await next();
    await heading(/Identité|identité/);
    expect(await page.getByRole('radio', { name: /En ligne/ }).isChecked()).toBe(false);
    expect(a11y).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });
});
