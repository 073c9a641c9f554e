import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/browser.ts';
import { type DemoServer, freePort, startDemoServer } from './testing/demo-server.ts';
import { placeOrder } from './testing/orders.ts';
import { watchPageProblems } from './testing/page-problems.ts';

const password = 'Le Médecin malgré lui 1666';

async function post(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

async function mailedToken(base: string, to: string, param: string): Promise<string> {
  // Registration e-mails are written after the API answered: wait (generously) for one.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const messages = (await (
      await fetch(`${base}/dev/outbox?to=${encodeURIComponent(to)}`)
    ).json()) as { text: string }[];
    for (const { text } of messages) {
      const token = new RegExp(`[?&]${param}=([A-Za-z0-9_-]+)`).exec(text)?.[1];
      if (token) return token;
    }
    if (Date.now() > deadline) throw new Error(`no ${param} link for ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The buyer's account and session through the real auth API (register, confirm, password + link). */
async function session(base: string, email: string) {
  expect((await post(base, '/v1/auth/register', { email, password })).status).toBe(202);
  await post(base, '/v1/auth/verify-email', { token: await mailedToken(base, email, 'verify') });
  const started = await post(base, '/v1/auth/login', { email, password });
  const verified = await post(base, '/v1/auth/verify', {
    token: await mailedToken(base, email, 'login'),
    loginAttemptId: started.body.loginAttemptId,
  });
  return verified.body as { accessToken: string; expiresAt: string };
}

describe('dossier completion in the client space, on the real server', () => {
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

  /** The client space page, logged in (the space keeps its session in sessionStorage). */
  async function spaceFor(
    email: string,
  ): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const { reference } = await placeOrder(server.url, { email });
    const saved = { v: 1, email, session: await session(server.url, email), attempt: null };
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const watch = await watchPageProblems(page);
    await page.addInitScript(
      ([key, value]) => sessionStorage.setItem(key as string, value as string),
      [`certinomis-order:space:${server.url}/`, JSON.stringify(saved)],
    );
    await page.goto(`${server.url}/espace-client`);
    await page
      .getByRole('button', { name: new RegExp(`Compléter le dossier ${reference} n° 1`) })
      .click();
    await page
      .getByRole('heading', { name: /Organisme/ })
      .first()
      .waitFor();
    return { page, problems: () => watch.problems() };
  }

  const next = (page: Page) => page.getByRole('button', { name: 'Suivant →' }).click();
  const heading = (page: Page, name: RegExp) =>
    page.getByRole('heading', { name }).first().waitFor();

  async function commonSteps(page: Page, mobile: string, delivery: RegExp) {
    await next(page); // Organisme: pre-filled from the order
    await heading(page, /Mandataire/);
    await page.getByLabel(/^Téléphone mobile/).fill(mobile);
    await page.getByLabel(/^Fonction/).fill('Directeur');
    await next(page);
    await heading(page, /Bénéficiaire/);
    await page.getByLabel('Le bénéficiaire est le mandataire').check();
    await next(page);
    await heading(page, /Remise/);
    // One person: no choice between two identical names, the screen says who receives it.
    await page.getByText(/le certificat sera remis à/).waitFor();
    expect(await page.getByRole('radio', { name: 'Le mandataire' }).count()).toBe(0);
    await page.getByRole('radio', { name: delivery }).check();
    await next(page);
    await heading(page, /Identité|identité/);
  }

  it('online identity and SMS signature: the dossier goes to review', async () => {
    const { page, problems } = await spaceFor('online@moliere.fr');
    await commonSteps(page, '06 11 22 33 44', /Par courrier/);
    await page.getByRole('radio', { name: /En ligne/ }).check();
    const scan = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#345' } })
      .png()
      .toBuffer();
    await page
      .locator('certinomis-order input[type="file"]')
      .setInputFiles({ name: 'cni.png', mimeType: 'image/png', buffer: scan });
    await page
      .getByText(/Pièce reçue le/)
      .first()
      .waitFor();
    await next(page);
    await heading(page, /Signature/);
    await page.getByRole('radio', { name: 'Signature en ligne' }).check();
    await page.getByRole('button', { name: 'Choisir ce mode de signature' }).click();
    await page.getByRole('button', { name: 'Recevoir le code par SMS' }).click();
    await page
      .getByText(/Code envoyé au 06/)
      .first()
      .waitFor();
    const sms = (await (
      await fetch(`${server.url}/dev/outbox?channel=sms&to=%2B33611223344`)
    ).json()) as { text: string }[];
    const code = /\b(\d{6})\b/.exec(sms[0]?.text ?? '')?.[1] ?? '';
    await page.getByLabel(/^Code reçu par SMS/).fill(code);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText('En cours de vérification').first().waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('face to face identity and handwritten signature: the PDF, then awaiting the paper dossier', async () => {
    const { page, problems } = await spaceFor('paper@moliere.fr');
    await commonSteps(page, '07 11 22 33 44', /bureau de poste/);
    await page.getByRole('radio', { name: /En face à face/ }).check();
    await next(page);
    await heading(page, /Signature/);
    await page.getByRole('radio', { name: 'Signature manuscrite' }).check();
    await page.getByRole('button', { name: 'Choisir ce mode de signature' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le dossier (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await download.createReadStream().then(
      (stream) =>
        new Promise<Buffer>((resolve) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
        }),
    );
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: 'J’ai imprimé et signé le dossier' }).click();
    await page.getByText('En attente du dossier papier').first().waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
