/**
 * Helpers of the dossier's component tests (imported by `*.test.ts` only): a real order, a real
 * account and session through the API served by the test runner (links and SMS codes read from
 * `/dev/outbox`), and acting in `<certinomis-dossier>` as a buyer would.
 */
import { fixture, html } from '@open-wc/testing';
import type { DossierResponse, SessionResponse } from '../../machines/contract.ts';
import { deepText, mailedToken, placeOrder, uniqueEmail, waitUntil } from '../test-helpers.ts';
import type { CertinomisField } from '../ui/field.ts';
import type { CertinomisDossier } from './certinomis-dossier.ts';
import './certinomis-dossier.ts';

const PASSWORD = 'Le Bourgeois gentilhomme 1670!';

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/**
 * An order for a new address, its account (register, the e-mailed confirmation), and a session
 * (password, then the e-mailed login link with the attempt): what the client space holds.
 */
export async function buyerWithDossier(): Promise<{
  email: string;
  dossierId: string;
  accessToken: string;
  reference: string;
}> {
  const email = uniqueEmail('dossier');
  const order = await placeOrder(email);
  const registered = await post('/v1/auth/register', { email, password: PASSWORD });
  if (registered.status !== 202) throw new Error(`register: ${registered.status}`);
  const verified = await post('/v1/auth/verify-email', {
    token: await mailedToken(email, 'verify'),
  });
  if (verified.status !== 200) throw new Error(`verify-email: ${verified.status}`);
  const login = await post('/v1/auth/login', { email, password: PASSWORD });
  if (login.status !== 202) throw new Error(`login: ${login.status}`);
  const { loginAttemptId } = (await login.json()) as { loginAttemptId: string };
  const session = await post('/v1/auth/verify', {
    token: await mailedToken(email, 'login'),
    loginAttemptId,
  });
  const { accessToken } = (await session.json()) as SessionResponse;
  const dossierId = order.dossiers[0]?.id;
  if (!dossierId || !accessToken) throw new Error('no dossier or no session');
  return { email, dossierId, accessToken, reference: order.reference };
}

/** Direct API calls on the dossier (as another tab of the buyer would make them). */
export function dossierApi(dossierId: string, accessToken: string) {
  const auth = { Authorization: `Bearer ${accessToken}` };
  const get = async () =>
    (await (await fetch(`/v1/dossiers/${dossierId}`, { headers: auth })).json()) as DossierResponse;
  return {
    get,
    async save(step: string, data: object) {
      const { version } = await get();
      const res = await post(
        `/v1/dossiers/${dossierId}/events`,
        { type: 'dossier.save', step, data },
        { ...auth, 'If-Match': `"${version}"` },
      );
      if (res.status !== 200) throw new Error(`save ${step}: ${res.status} ${await res.text()}`);
      return (await res.json()) as DossierResponse;
    },
    async goTo(step: string) {
      const { version } = await get();
      const res = await post(
        `/v1/dossiers/${dossierId}/events`,
        { type: 'dossier.goTo', step },
        { ...auth, 'If-Match': `"${version}"` },
      );
      if (res.status !== 200) throw new Error(`goTo ${step}: ${res.status} ${await res.text()}`);
    },
    /** `POST …/signature/code`: the status (200, or 429 past the per-dossier limit). */
    async requestCode() {
      const { version } = await get();
      const res = await fetch(`/v1/dossiers/${dossierId}/signature/code`, {
        method: 'POST',
        headers: { ...auth, 'If-Match': `"${version}"` },
      });
      return res.status;
    },
  };
}

/** The 6-digit code of the newest SMS to `mobile` (`06 12 34 56 78`). */
export async function smsCode(mobile: string): Promise<string> {
  const e164 = `+33${mobile.replace(/\s/g, '').slice(1)}`;
  const res = await fetch(`/dev/outbox?to=${encodeURIComponent(e164)}&channel=sms`);
  const messages = (await res.json()) as { text: string }[];
  const code = /\b(\d{6})\b/.exec(messages[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no SMS code sent to ${e164}`);
  return code;
}

/** A small real PNG, drawn on a canvas. */
export async function pngFile(name = 'cni.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 30;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, 48, 30);
  context.fillStyle = '#ffffff';
  context.fillRect(6, 6, 14, 18);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('canvas.toBlob gave nothing');
  return new File([blob], name, { type: 'image/png' });
}

/** `<certinomis-dossier>` on the dossier, once loaded; `width` in px (e.g. a 360 px phone). */
export async function mount(
  dossierId: string,
  accessToken: string,
  options: { locale?: string; width?: number } = {},
): Promise<CertinomisDossier> {
  const locale = options.locale ?? 'fr';
  const el = await fixture<CertinomisDossier>(
    html`<certinomis-dossier
      api="/"
      locale=${locale}
      .dossierId=${dossierId}
      .accessToken=${accessToken}
    ></certinomis-dossier>`,
  );
  if (options.width) el.style.width = `${options.width}px`;
  await waitUntil(() => el.current !== null, 'dossier not loaded', { timeout: 5000 });
  return el;
}

type Rooted = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };

/** The current screen (a step, or the read-only summary). */
export function screenOf(el: CertinomisDossier): Rooted {
  const found = el.shadowRoot?.querySelector<HTMLElement>('[data-screen]');
  if (!found?.shadowRoot) throw new Error('no screen rendered');
  return found as Rooted;
}

/** The tag of the screen shown: `organisation` … `signature`, or `summary`. */
export function shown(el: CertinomisDossier): string | null {
  const found = el.shadowRoot?.querySelector('[data-screen]');
  return found ? found.localName.replace('certinomis-dossier-', '') : null;
}

export async function waitScreen(el: CertinomisDossier, name: string, timeout = 5000) {
  await waitUntil(() => shown(el) === name, `screen ${name} not shown (is ${shown(el)})`, {
    timeout,
  });
  await el.updateComplete;
  await screenOf(el).updateComplete;
}

export async function waitText(el: CertinomisDossier, text: string, timeout = 5000) {
  await waitUntil(() => deepText(el.shadowRoot!).includes(text), `text "${text}" not shown`, {
    timeout,
  });
}

export function fieldOf(el: CertinomisDossier, name: string): CertinomisField {
  const found = screenOf(el).shadowRoot.querySelector<CertinomisField>(
    `certinomis-field[name="${name}"]`,
  );
  if (!found) throw new Error(`no field ${name} on ${shown(el)}`);
  return found;
}

export function controlOf(el: CertinomisDossier, name: string): HTMLInputElement {
  return fieldOf(el, name).shadowRoot!.querySelector('input, select') as HTMLInputElement;
}

/** Types `value` in a field of the current screen and leaves it. */
export async function typeIn(el: CertinomisDossier, name: string, value: string) {
  const target = fieldOf(el, name);
  await target.updateComplete;
  const input = controlOf(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await screenOf(el).updateComplete;
}

export function radio(el: CertinomisDossier, name: string, value: string): HTMLInputElement {
  const found = screenOf(el).shadowRoot.querySelector<HTMLInputElement>(
    `input[type="radio"][name="${name}"][value="${value}"]`,
  );
  if (!found) throw new Error(`no radio ${name}=${value} on ${shown(el)}`);
  return found;
}

export async function pick(el: CertinomisDossier, name: string, value: string) {
  radio(el, name, value).click();
  await screenOf(el).updateComplete;
}

/** A button of the current screen, or of the button bar, by its visible text. */
export function button(el: CertinomisDossier, text: string): HTMLButtonElement {
  const bar = el.shadowRoot?.querySelector('certinomis-button-bar')?.shadowRoot;
  const roots = [screenOf(el).shadowRoot, ...(bar ? [bar] : [])];
  for (const root of roots) {
    const found = [...root.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === text,
    );
    if (found) return found;
  }
  throw new Error(`no button "${text}" on ${shown(el)}`);
}

export async function click(el: CertinomisDossier, text: string) {
  button(el, text).click();
  await el.updateComplete;
}

/** The stepper's button of `step`. */
export function stepButton(el: CertinomisDossier, step: string): HTMLButtonElement {
  const stepper = el.shadowRoot?.querySelector('certinomis-dossier-stepper')?.shadowRoot;
  const found = stepper?.querySelector<HTMLButtonElement>(`li[data-step="${step}"] button`);
  if (!found) throw new Error(`no step ${step} in the stepper`);
  return found;
}

/** Chooses `file` in the identity document input, as the file picker would. */
export async function chooseFile(el: CertinomisDossier, file: File) {
  const input = screenOf(el).shadowRoot.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error(`no file input on ${shown(el)}`);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The text of the current screen, shadow roots included. */
export function screenText(el: CertinomisDossier): string {
  return deepText(screenOf(el).shadowRoot);
}

/** Nothing wider than the element (a phone-width screen scrolls only vertically). */
export function overflows(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth + 1;
}
