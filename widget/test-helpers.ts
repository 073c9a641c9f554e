/**
 * Helpers of the component tests (imported by `*.test.ts` only, never by the element): reach
 * into the shadow roots of `<certinomis-order>` (and of its `<certinomis-purchase>`) and act as a
 * buyer would.
 */
import { waitUntil as waitUntilWithin } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { OrderResponse } from '../machines/contract.ts';
import { seedCustomer } from '../machines/purchase/seed-buyer.ts';
import { customerDraft } from '../machines/purchase/test-fixtures.ts';
import type { CertinomisOrder } from './certinomis-order.ts';
import type { CertinomisField } from './ui/field.ts';

/**
 * `waitUntil` of @open-wc/testing, with a budget a busy machine keeps: 5 s unless the caller
 * says otherwise, not its 1 s. It is not a timing the test asserts (it returns as soon as the
 * predicate holds); on the CI machine the components run beside the API's suite, and a step
 * that takes 50 ms on a quiet machine once took over a second there.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilWithin(predicate, message, { timeout: 5000, ...options });
}

/** The real dev SIRETs of the seeded company registry (shared/fixtures/companies.json). */
export const SIRET = {
  publicFirst: '21750999100014',
  publicExisting: '21130999200017',
  privateFirst: '81234567600017',
  privateExisting: '52345678800018',
  closed: '48765432900019',
  unknown: '81234567600033',
  badChecksum: '81234567600018',
} as const;

export function customer(siret: string) {
  // The form's country select starts on France: the buyer does not type it.
  const { country: _country, ...typed } = seedCustomer(siret);
  return typed;
}

/** All text under `node`, shadow roots included, whitespace collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    const root = current instanceof Element ? current.shadowRoot : null;
    for (const child of (root ?? current).childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Where the screens are: the purchase's shadow root once it started, else the shell's (the list). */
export function purchaseRoot(el: CertinomisOrder): ShadowRoot {
  return el.shadowRoot!.querySelector('certinomis-purchase')?.shadowRoot ?? el.shadowRoot!;
}

/** The current screen component (product list, a step, the confirmation). */
export function screen(el: CertinomisOrder): LitElement & { shadowRoot: ShadowRoot } {
  const found = purchaseRoot(el).querySelector<LitElement>('[data-screen]');
  if (!found?.shadowRoot) throw new Error(`no screen in state ${el.state}`);
  return found as LitElement & { shadowRoot: ShadowRoot };
}

export function field(el: CertinomisOrder, name: string): CertinomisField {
  const found = screen(el).shadowRoot.querySelector<CertinomisField>(
    `certinomis-field[name="${name}"]`,
  );
  if (!found) throw new Error(`no field ${name} in state ${el.state}`);
  return found;
}

export function control(target: CertinomisField): HTMLInputElement | HTMLSelectElement {
  return target.shadowRoot!.querySelector('input, select')!;
}

/** Types `value` in a field and leaves it (input, then change), as a buyer would. */
export async function type(el: CertinomisOrder, name: string, value: string): Promise<void> {
  const target = field(el, name);
  await target.updateComplete;
  const input = control(target);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks a button of the button bar by its text (`Suivant →`, `Commander`…). */
export function clickButton(el: CertinomisOrder, label: string): HTMLButtonElement {
  const bar = purchaseRoot(el).querySelector('certinomis-button-bar');
  const button = [...(bar?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) throw new Error(`no button ${label} in state ${el.state}`);
  button.click();
  return button;
}

/** Waits for the element, then its current screen, to render the last change. */
export async function settle(el: CertinomisOrder): Promise<void> {
  await el.updateComplete;
  await screen(el).updateComplete;
}

export async function waitState(el: CertinomisOrder, state: string, timeout = 5000) {
  await waitUntil(() => el.state === state, `state ${state} not reached (is ${el.state})`, {
    timeout,
  });
  await el.updateComplete;
  await screen(el).updateComplete;
}

/** Waits until the current screen's text contains `text`. */
export async function waitText(el: CertinomisOrder, text: string, timeout = 5000) {
  await waitUntil(() => deepText(el.shadowRoot!).includes(text), `text "${text}" not shown`, {
    timeout,
  });
}

/**
 * The token of the newest e-mail to `to` whose link carries `?param=`. Registration and reset
 * e-mails are written after the API answered: waits (generously) for one to arrive.
 */
export async function mailedToken(
  to: string,
  param: 'verify' | 'login' | 'reset' | 'deny',
): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await fetch(`/dev/outbox?to=${encodeURIComponent(to)}&channel=email`);
    const messages = (await res.json()) as { text: string }[];
    for (const { text } of messages) {
      const match = new RegExp(`[?&]${param}=([A-Za-z0-9_-]+)`).exec(text);
      if (match?.[1]) return match[1];
    }
    if (Date.now() > deadline) throw new Error(`no ${param} link mailed to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A fresh address per test (`label.…@moliere.example`): accounts and throttles never collide. */
export function uniqueEmail(label = 'buyer'): string {
  return `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}@moliere.example`;
}

/** A fresh French mobile per test (`06 xx xx xx xx`), to find its SMS in the outbox. */
export function uniqueMobile(): string {
  const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)).join('');
  return `06${digits}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** The demo's procurement-platform partner (seeded by the test server): test orders. */
const demoPartnerKey = { 'X-Partner-Key': 'pk_test_omnikles' };

export interface OrderOptions {
  quantity?: number;
  payment?: 'transfer' | 'cheque';
  express?: boolean;
  /** The buyer's organisation (default: a private company's first certificate). */
  siret?: string;
  /** The partner whose key places it (default: the demo partner, `pk_test_omnikles`). */
  partnerKey?: string;
}

/** `POST /v1/orders` for `email` through the demo partner: a valid order, by transfer unless told. */
export async function placeOrder(
  email: string,
  options: OrderOptions = {},
): Promise<OrderResponse> {
  const key = options.partnerKey ? { 'X-Partner-Key': options.partnerKey } : demoPartnerKey;
  const { version } = (await (await fetch('/v1/cgv', { headers: key })).json()) as {
    version: string;
  };
  const res = await fetch('/v1/orders', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...key,
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({
      product: 'OPE-AES-CAP-1A',
      quantity: options.quantity ?? 1,
      options: { usbReader: true, express: options.express ?? false },
      customer: {
        ...customerDraft(options.siret ?? SIRET.privateFirst),
        email,
        emailConfirmation: email,
      },
      billing: null,
      payment:
        options.payment === 'cheque'
          ? { method: 'cheque', chequeNumber: '1234567', bank: 'Crédit Mutuel' }
          : { method: 'transfer', transferReference: 'MOLIERE CERTIF 2026' },
      cgvAccepted: true,
      cgvVersion: version,
    }),
  });
  if (res.status !== 201) throw new Error(`POST /v1/orders: ${res.status} ${await res.text()}`);
  return (await res.json()) as OrderResponse;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
type Axe = { run: (context: unknown, options: unknown) => Promise<AxeResult> };

/**
 * axe-core (WCAG 2.1 A/AA and best practices, as in demo/testing/axe.ts) on the element, open
 * shadow roots included: "id (impact): help @ targets" per violation; empty when fine.
 */
export async function axeViolations(el: HTMLElement): Promise<string[]> {
  const scope = window as unknown as { axe?: Axe };
  if (!scope.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core not loaded'));
      document.head.append(script);
    });
  }
  const result = await scope.axe!.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
