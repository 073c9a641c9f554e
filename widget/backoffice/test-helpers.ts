/**
 * Helpers of the back office's component tests (imported by `*.test.ts` only): buyers, orders
 * and dossiers signed through the real API served by the test runner (links and SMS codes read
 * from `/dev/outbox`), the operator's session, and reaching into the element's shadow roots as
 * an operator would.
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { demoOperator } from '../../demo/demo-operator.ts';
import type {
  DossierResponse,
  LoginStarted,
  OrderResponse,
  SessionResponse,
} from '../../machines/contract.ts';
import { mandataireData, organisationData } from '../../machines/dossier/test-fixtures.ts';
import {
  deepText,
  mailedToken,
  placeOrder as placeAnOrder,
  uniqueMobile,
  waitUntil,
} from '../test-helpers.ts';

export { uniqueEmail } from '../test-helpers.ts';

import { pngFile } from '../dossier/test-helpers.ts';
import type { CertinomisField } from '../ui/field.ts';
import type { CertinomisBackoffice } from './certinomis-backoffice.ts';
import { backofficeStorageKey } from './certinomis-backoffice.ts';
import type { CertinomisBackofficeQueue } from './queue-screen.ts';

export const BUYER_PASSWORD = 'Les Fourberies de Scapin 1671!';

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

async function expectStatus(res: Response, status: number, what: string): Promise<Response> {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res;
}

export type Payment = 'transfer' | 'cheque';

/**
 * The organisation of the back office's orders: one that already holds a certificate, so that
 * the certificates these tests issue never turn another test's "first certificate" into a
 * renewal (the component tests share one database).
 */
export const SIRET = '52345678800018';

/** `POST /v1/orders` for `email`, for the organisation of the back office's orders. */
export function placeOrder(
  email: string,
  options: { payment?: Payment; express?: boolean; quantity?: number } = {},
): Promise<OrderResponse> {
  return placeAnOrder(email, { ...options, siret: SIRET });
}

/**
 * A whole login through the API: the password, then the e-mailed link with the attempt (each
 * test file logs in its own operator, `loginAs`, so the newest link is this login's).
 */
export async function apiSession(email: string, password: string): Promise<SessionResponse> {
  const started = await expectStatus(
    await post('/v1/auth/login', { email, password }),
    202,
    `login ${email}`,
  );
  const { loginAttemptId } = (await started.json()) as LoginStarted;
  const verified = await expectStatus(
    await post('/v1/auth/verify', { token: await mailedToken(email, 'login'), loginAttemptId }),
    200,
    'verify',
  );
  return (await verified.json()) as SessionResponse;
}

/** Registers and confirms `email` (which placed an order), then logs in: the buyer's session. */
export async function buyerSession(email: string): Promise<SessionResponse> {
  await expectStatus(
    await post('/v1/auth/register', { email, password: BUYER_PASSWORD }),
    202,
    'register',
  );
  await expectStatus(
    await post('/v1/auth/verify-email', { token: await mailedToken(email, 'verify') }),
    200,
    'verify-email',
  );
  return apiSession(email, BUYER_PASSWORD);
}

/** A small real PNG (the ID scan), drawn on a canvas: the dossier tests' own. */
export { pngFile };

/**
 * The buyer completes dossier `id` online (as api/routes/admin.test.ts does): organisation,
 * mandataire (a fresh mobile), bénéficiaire = mandataire, delivery by mail, identity online
 * with an uploaded ID scan, then signs with the SMS code. The dossier is then `in_review`.
 */
export async function signDossier(id: string, accessToken: string): Promise<DossierResponse> {
  const auth = { Authorization: `Bearer ${accessToken}` };
  const version = async () =>
    ((await (await fetch(`/v1/dossiers/${id}`, { headers: auth })).json()) as DossierResponse)
      .version;
  const save = async (step: string, data: object) =>
    expectStatus(
      await post(
        `/v1/dossiers/${id}/events`,
        { type: 'dossier.save', step, data },
        { ...auth, 'If-Match': `"${await version()}"` },
      ),
      200,
      `save ${step}`,
    );
  const mobile = uniqueMobile();
  await save('organisation', { ...organisationData, siret: SIRET });
  await save('mandataire', { ...mandataireData, mobile });
  await save('beneficiaire', { sameAsMandataire: true });
  await save('delivery', { recipient: 'mandataire', mode: 'mail' });
  await save('identity', { method: 'online' });
  const form = new FormData();
  form.set('file', await pngFile());
  await expectStatus(
    await fetch(`/v1/dossiers/${id}/documents`, { method: 'POST', headers: auth, body: form }),
    201,
    'upload',
  );
  await save('signature', { method: 'online' });
  await expectStatus(
    await post(`/v1/dossiers/${id}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${await version()}"`,
    }),
    200,
    'signature code',
  );
  const e164 = `+33${mobile.replace(/\s/g, '').slice(1)}`;
  const sms = (await (
    await fetch(`/dev/outbox?to=${encodeURIComponent(e164)}&channel=sms`)
  ).json()) as { text: string }[];
  const code = /\b(\d{6})\b/.exec(sms[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no SMS code sent to ${e164}`);
  const signed = await expectStatus(
    await post(
      `/v1/dossiers/${id}/signature`,
      { code },
      { ...auth, 'If-Match': `"${await version()}"` },
    ),
    200,
    'signature',
  );
  return (await signed.json()) as DossierResponse;
}

/** An operator's event through the API (as another operator would send it). */
export async function operate(accessToken: string, id: string, event: object): Promise<Response> {
  const auth = { Authorization: `Bearer ${accessToken}` };
  const current = (await (await fetch(`/v1/admin/dossiers/${id}`, { headers: auth })).json()) as {
    dossier: DossierResponse;
  };
  return post(`/v1/admin/dossiers/${id}/events`, event, {
    ...auth,
    'If-Match': `"${current.dossier.version}"`,
  });
}

// --- The element ----------------------------------------------------------------------------

/** The back office's storage key for api="/" (as the element computes it). */
export const storageKey = () => backofficeStorageKey(new URL('/', location.href).toString());

/** Keeps `session` in this tab, as the element would after a login. */
export function keepSession(email: string, session: SessionResponse) {
  sessionStorage.setItem(storageKey(), JSON.stringify({ v: 1, email, session, attempt: null }));
}

/** Puts `?name=value…` in the page's address, as an e-mailed link would. */
export function openedWith(params: Record<string, string>) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

type Shadowed = LitElement & { shadowRoot: ShadowRoot };

/** The current screen component (login, wait, queue, dossier…). */
export function screenOf(el: CertinomisBackoffice): Shadowed {
  const found = el.shadowRoot?.querySelector<LitElement>('[data-screen]');
  if (!found?.shadowRoot) throw new Error(`no screen (${el.screen})`);
  return found as Shadowed;
}

export async function waitScreen(el: CertinomisBackoffice, screen: string, timeout = 8000) {
  await waitUntil(() => el.screen === screen, `screen ${screen} not reached (is ${el.screen})`, {
    timeout,
  });
  await el.updateComplete;
  const shown = el.shadowRoot?.querySelector<HTMLElement>('[data-screen]');
  if (shown && 'updateComplete' in shown) await (shown as LitElement).updateComplete;
}

/** The dossier view's actions panel. */
export function actionsOf(el: CertinomisBackoffice): Shadowed {
  const found = screenOf(el).shadowRoot.querySelector<LitElement>('certinomis-backoffice-actions');
  if (!found?.shadowRoot) throw new Error('no actions panel');
  return found as Shadowed;
}

export const textOf = (root: Node) => deepText(root);

export async function waitText(root: () => Node, text: string, timeout = 8000) {
  await waitUntil(() => deepText(root()).includes(text), `text "${text}" not shown`, { timeout });
}

export function fieldIn(
  root: ParentNode,
  name: string,
): CertinomisField & { shadowRoot: ShadowRoot } {
  // The login's password is a `<certinomis-password-field>` (same value, label and error).
  const found = root.querySelector<CertinomisField>(
    `certinomis-field[name="${name}"], certinomis-password-field[name="${name}"]`,
  );
  if (!found?.shadowRoot) throw new Error(`no field ${name}`);
  return found as CertinomisField & { shadowRoot: ShadowRoot };
}

/** Types (or picks) `value` in a `<certinomis-field>` as an operator would. */
export async function typeIn(root: ParentNode, name: string, value: string) {
  const target = fieldIn(root, name);
  await target.updateComplete;
  const control = target.shadowRoot.querySelector('input, select') as HTMLInputElement;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A button under `root` by its visible text. */
export function buttonIn(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (button) => button.textContent?.replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** The element focused, through open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function mount(locale = 'fr'): Promise<CertinomisBackoffice> {
  return fixture<CertinomisBackoffice>(
    html`<certinomis-backoffice api="/" locale=${locale} test-data></certinomis-backoffice>`,
  );
}

let operator: Promise<SessionResponse> | null = null;
let account: { email: string; password: string } = demoOperator;

/** This test file's operator (a file running beside another logs in its own). */
export function loginAs(other: { email: string; password: string }): void {
  account = other;
  operator = null;
}

/** The operator's session, opened once through the API (each login e-mails a link). */
export function operatorSession(): Promise<SessionResponse> {
  operator ??= apiSession(account.email, account.password);
  return operator;
}

/** Mounts the back office already logged in as the operator, showing the queue. */
export async function loggedIn(locale = 'fr'): Promise<CertinomisBackoffice> {
  keepSession(account.email, await operatorSession());
  const el = await mount(locale);
  await waitScreen(el, 'queue');
  return el;
}

export const queue = (el: CertinomisBackoffice) => screenOf(el).shadowRoot;

export function rows(el: CertinomisBackoffice): HTMLTableRowElement[] {
  return [...queue(el).querySelectorAll<HTMLTableRowElement>('tr[data-dossier]')];
}

export async function filter(
  el: CertinomisBackoffice,
  values: Record<string, string>,
  express?: boolean,
) {
  const root = queue(el);
  for (const [name, value] of Object.entries(values)) await typeIn(root, name, value);
  if (express !== undefined) {
    const box = root.querySelector<HTMLInputElement>('input[name="express"]')!;
    if (box.checked !== express) box.click();
  }
  buttonIn(root, 'Filtrer').click();
  await settled(el);
}

/** Waits until the queue's last request is answered. */
export async function settled(el: CertinomisBackoffice) {
  await el.updateComplete;
  const list = screenOf(el) as CertinomisBackofficeQueue;
  await list.updateComplete;
  await waitUntil(() => !list.busy, 'queue still loading', { timeout: 8000 });
  await list.updateComplete;
}

export async function waitRows(el: CertinomisBackoffice, n: number) {
  await waitUntil(() => rows(el).length === n, `expected ${n} rows, got ${rows(el).length}`, {
    timeout: 8000,
  });
}

/** Filters the queue on `reference`, then opens its dossier n°`position`. */
export async function openDossier(el: CertinomisBackoffice, reference: string, position = 1) {
  await filter(el, { reference });
  await waitUntil(
    () => rows(el).length > 0 && rows(el).every((row) => row.textContent?.includes(reference)),
    `no row of ${reference}`,
    { timeout: 8000 },
  );
  const row = rows(el)[position - 1]!;
  buttonIn(row, 'Ouvrir').click();
  await waitScreen(el, 'dossier');
  await waitUntil(
    () => screenOf(el).shadowRoot.querySelector('certinomis-backoffice-actions')?.shadowRoot,
    'dossier not loaded',
    { timeout: 8000 },
  );
  await actionsOf(el).updateComplete;
}

export const dossierText = (el: CertinomisBackoffice) => textOf(screenOf(el).shadowRoot);

/** Opens an action's form, fills it, sends it. */
export async function act(
  el: CertinomisBackoffice,
  action: string,
  values: Record<string, string> = {},
) {
  const panel = actionsOf(el);
  buttonIn(panel.shadowRoot, action).click();
  await panel.updateComplete;
  const form = panel.shadowRoot.querySelector('#action-form');
  if (!form) throw new Error(`no form for ${action}`);
  for (const [name, value] of Object.entries(values)) await typeIn(form, name, value);
  buttonIn(form, 'Enregistrer').click();
}

/** Waits for the success notice of the last action. */
export async function done(el: CertinomisBackoffice, text: string) {
  await waitUntil(
    () => screenOf(el).shadowRoot.querySelector('#notice')?.textContent?.includes(text),
    `notice "${text}" not shown`,
    { timeout: 8000 },
  );
}
