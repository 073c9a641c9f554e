/**
 * Helpers of the client-space component tests (imported by `*.test.ts` only): act on the real
 * API served by the test runner (orders, accounts, the e-mailed links read from `/dev/outbox`)
 * and reach into the space's shadow roots as a buyer would.
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { LoginStarted, SessionResponse } from '../../machines/contract.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import { deepText, mailedToken, placeOrder, waitUntil } from '../test-helpers.ts';
import type { CertinomisField } from '../ui/field.ts';
import type { CertinomisClientSpace } from './client-space.ts';
import type { CertinomisPasswordField } from './password-field.ts';
import { spaceStorageKey } from './storage.ts';

export const PASSWORD = 'Le Misanthrope 1666!';

async function post(path: string, body: unknown) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Orders, registers and confirms `email` through the API: an account ready to log in. */
export async function account(email: string, quantity = 1): Promise<{ reference: string }> {
  const order = await placeOrder(email, { quantity });
  const registered = await post('/v1/auth/register', { email, password: PASSWORD });
  if (registered.status !== 202) throw new Error(`register: ${registered.status}`);
  const verified = await post('/v1/auth/verify-email', {
    token: await mailedToken(email, 'verify'),
  });
  if (verified.status !== 200) throw new Error(`verify-email: ${verified.status}`);
  return order;
}

/** `POST /v1/auth/login` (password step only): the attempt waiting for its link. */
export async function startLogin(email: string): Promise<LoginStarted> {
  const res = await post('/v1/auth/login', { email, password: PASSWORD });
  if (res.status !== 202) throw new Error(`login: ${res.status}`);
  return (await res.json()) as LoginStarted;
}

/** A whole login through the API (password, then the e-mailed link with the attempt). */
export async function session(email: string): Promise<SessionResponse> {
  const { loginAttemptId } = await startLogin(email);
  const res = await post('/v1/auth/verify', {
    token: await mailedToken(email, 'login'),
    loginAttemptId,
  });
  return (await res.json()) as SessionResponse;
}

/** What the space keeps in this tab's sessionStorage, as it stores it (api="/"). */
export const storageKey = () => spaceStorageKey(new URL('/', location.href).toString());

export function keepInTab(saved: {
  email?: string;
  session?: SessionResponse | null;
  attempt?: LoginStarted | null;
}) {
  sessionStorage.setItem(
    storageKey(),
    JSON.stringify({ v: 1, email: '', session: null, attempt: null, ...saved }),
  );
}

/** Puts `?name=value…` in the page's address, as an e-mailed link would. */
export function openedWith(params: Record<string, string>) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

export function space(el: CertinomisOrder): CertinomisClientSpace & { shadowRoot: ShadowRoot } {
  const found = el.shadowRoot?.querySelector('certinomis-client-space');
  if (!found?.shadowRoot) throw new Error('no client space rendered');
  return found as CertinomisClientSpace & { shadowRoot: ShadowRoot };
}

export async function waitSpace(el: CertinomisOrder, timeout = 5000) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('certinomis-client-space')?.shadowRoot,
    'client space not loaded',
    { timeout },
  );
}

/** The current screen component of the space. */
export function screenOf(el: CertinomisOrder): LitElement & { shadowRoot: ShadowRoot } {
  const found = space(el).shadowRoot.querySelector<LitElement>('[data-screen]');
  if (!found?.shadowRoot) throw new Error(`no screen (${space(el).screen})`);
  return found as LitElement & { shadowRoot: ShadowRoot };
}

export async function waitScreen(el: CertinomisOrder, screen: string, timeout = 5000) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('certinomis-client-space')?.screen === screen,
    `screen ${screen} not reached (is ${el.shadowRoot?.querySelector('certinomis-client-space')?.screen})`,
    { timeout },
  );
  await space(el).updateComplete;
  await screenOf(el).updateComplete;
}

export async function waitSpaceText(el: CertinomisOrder, text: string, timeout = 5000) {
  await waitUntil(() => deepText(space(el).shadowRoot).includes(text), `text "${text}" not shown`, {
    timeout,
  });
}

export function spaceField(el: CertinomisOrder, name: string) {
  const found = screenOf(el).shadowRoot.querySelector<CertinomisField | CertinomisPasswordField>(
    `[name="${name}"]`,
  );
  if (!found?.shadowRoot) throw new Error(`no field ${name}`);
  return found as (CertinomisField | CertinomisPasswordField) & { shadowRoot: ShadowRoot };
}

export function fieldInput(el: CertinomisOrder, name: string): HTMLInputElement {
  return spaceField(el, name).shadowRoot.querySelector('input, select') as HTMLInputElement;
}

/** Types `value` in a field of the current screen and leaves it. */
export async function typeIn(el: CertinomisOrder, name: string, value: string) {
  const target = spaceField(el, name);
  await target.updateComplete;
  const input = fieldInput(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await screenOf(el).updateComplete;
}

/** A button of the current screen (or of the space's header) by its visible text. */
export function buttonNamed(el: CertinomisOrder, text: string): HTMLButtonElement {
  const roots = [screenOf(el).shadowRoot, space(el).shadowRoot];
  for (const root of roots) {
    const found = [...root.querySelectorAll('button')].find(
      (button) => button.textContent?.replace(/\s+/g, ' ').trim() === text,
    );
    if (found) return found;
  }
  throw new Error(`no button "${text}" on ${space(el).screen}`);
}

/** `<certinomis-order mode="space">` in `locale`, once its space is shown. */
export async function openSpace(locale = 'fr'): Promise<CertinomisOrder> {
  const el = await fixture<CertinomisOrder>(
    html`<certinomis-order api="/" mode="space" locale=${locale}></certinomis-order>`,
  );
  await waitSpace(el);
  return el;
}

/** All the space's text, shadow roots included. */
export const spaceText = (el: CertinomisOrder) => deepText(space(el).shadowRoot);

export function dossierRows(el: CertinomisOrder): HTMLTableRowElement[] {
  return [...screenOf(el).shadowRoot.querySelectorAll<HTMLTableRowElement>('tr[data-dossier]')];
}

export async function logInThroughTheForm(el: CertinomisOrder, email: string, password = PASSWORD) {
  await typeIn(el, 'email', email);
  await typeIn(el, 'password', password);
  buttonNamed(el, 'Connexion').click();
}

/** `23/12/2024`, in Paris time. */
export const parisDay = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));

/** A tab as new: nothing kept, and no link of an earlier test left in the address. */
export function freshTab() {
  sessionStorage.clear();
  const url = new URL(location.href);
  for (const name of ['login', 'verify', 'reset', 'email', 'order']) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}
