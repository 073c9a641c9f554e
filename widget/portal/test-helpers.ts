/**
 * Helpers of the partner portal's component tests (imported by `*.test.ts` only): the demo's
 * portal users (seeded by web-test-runner.config.ts), their sessions opened through the real
 * API (links read from `/dev/outbox`), and reaching into the portal's shadow roots.
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { demoPartnerUserPassword, demoPartnerUsers } from '../../demo/demo-partners.ts';
import type { PartnerSession, PartnerUserRole } from '../../machines/contract.ts';
import { waitUntil } from '../test-helpers.ts';
import type { CertinomisField } from '../ui/field.ts';
import { type CertinomisPortal, portalStorageKey } from './certinomis-portal.ts';

export { deepText, uniqueEmail } from '../test-helpers.ts';

type Shadowed = LitElement & { shadowRoot: ShadowRoot };

/** The demo user of `partner` with `role`. */
export function demoUser(partner: 'omnikles' | 'reseller', role: PartnerUserRole): string {
  const user = demoPartnerUsers.find((u) => u.partner === partner && u.role === role);
  if (!user) throw new Error(`no demo ${role} for ${partner}`);
  return user.email;
}

/** The token of the newest `/partenaires?{param}=` link e-mailed to `to` so far ('' if none). */
async function newestToken(to: string, param: 'login' | 'invite'): Promise<string> {
  const res = await fetch(`/dev/outbox?to=${encodeURIComponent(to)}&channel=email`);
  // Newest first: the first link of that kind is the last one sent.
  for (const { text } of (await res.json()) as { text: string }[]) {
    const token = new RegExp(`/partenaires\\?${param}=([A-Za-z0-9_-]+)`).exec(text)?.[1];
    if (token) return token;
  }
  return '';
}

/** The token of the newest such link once there is one other than `after`. */
export async function portalToken(
  to: string,
  param: 'login' | 'invite',
  after = '',
): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const token = await newestToken(to, param);
    if (token && token !== after) return token;
    if (Date.now() > deadline) throw new Error(`no new ${param} link mailed to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A whole login through the API (password, then the e-mailed link): the portal session. */
export async function apiSession(
  email: string,
  password = demoPartnerUserPassword,
): Promise<PartnerSession> {
  const previous = await newestToken(email, 'login');
  const login = await post('/v1/partner-auth/login', { email, password });
  if (login.status !== 202) throw new Error(`login ${email}: ${login.status}`);
  const session = await post('/v1/partner-auth/session', {
    token: await portalToken(email, 'login', previous),
  });
  if (session.status !== 200) throw new Error(`session ${email}: ${session.status}`);
  return (await session.json()) as PartnerSession;
}

/** The portal opens already logged in with `session` (as after a reload). */
export function keepSession(session: PartnerSession) {
  sessionStorage.setItem(
    portalStorageKey(new URL('/', location.href).toString()),
    JSON.stringify(session),
  );
}

export function mount(locale = 'fr'): Promise<CertinomisPortal> {
  return fixture<CertinomisPortal>(
    html`<certinomis-portal api="/" locale=${locale}></certinomis-portal>`,
  );
}

/** The current screen component. */
export function screenOf(el: CertinomisPortal): Shadowed {
  const found = el.shadowRoot?.querySelector<LitElement>('[data-screen]');
  if (!found?.shadowRoot) throw new Error(`no screen (${el.screen})`);
  return found as Shadowed;
}

export async function waitScreen(el: CertinomisPortal, screen: string) {
  await waitUntil(() => el.screen === screen, `screen is ${el.screen}, not ${screen}`, {
    timeout: 10_000,
  });
  await el.updateComplete;
  await screenOf(el).updateComplete;
}

/** The portal's sections offered in its navigation. */
export function tabsOf(el: CertinomisPortal): string[] {
  return [...(el.shadowRoot?.querySelectorAll('nav button') ?? [])].map(
    (b) => b.textContent?.trim() ?? '',
  );
}

export function fieldIn(
  root: ParentNode,
  name: string,
): CertinomisField & { shadowRoot: ShadowRoot } {
  const found = root.querySelector<CertinomisField>(`certinomis-field[name="${name}"]`);
  if (!found?.shadowRoot) throw new Error(`no field ${name}`);
  return found as CertinomisField & { shadowRoot: ShadowRoot };
}

/** Types `value` in a `<certinomis-field>` as a user would. */
export async function typeIn(root: ParentNode, name: string, value: string) {
  const target = fieldIn(root, name);
  await target.updateComplete;
  const control = target.shadowRoot.querySelector('input, select') as HTMLInputElement;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A button under `root` by its text (visually hidden parts included). */
export function buttonIn(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (button) => button.textContent?.replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Clicks the button named `text` once it is there and enabled (a request may be running). */
export async function press(root: ParentNode, text: string) {
  await waitUntil(
    () => {
      try {
        return !buttonIn(root, text).disabled;
      } catch {
        return false;
      }
    },
    `no enabled button "${text}"`,
    { timeout: 10_000 },
  );
  buttonIn(root, text).click();
}

/** The element focused, through open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Puts `params` in the page's address (as an e-mailed link opening the portal would). */
export function openedWith(params: Record<string, string>) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}
