/** Purchase walks of the component tests: from the list to each step, as a buyer. */
import { fixture, html } from '@open-wc/testing';
import type { CertinomisOrder } from '../certinomis-order.ts';
import {
  clickButton,
  customer,
  purchaseRoot,
  screen,
  waitState,
  waitText,
  waitUntil,
} from '../test-helpers.ts';

export async function start(product = 'OPE-AES-CAP-1A'): Promise<CertinomisOrder> {
  const el = await fixture<CertinomisOrder>(
    html`<certinomis-order api="/" partner-key="pk_test_omnikles" product=${product}></certinomis-order>`,
  );
  await waitState(el, 'quantity');
  return el;
}

export async function toIdentification(el: CertinomisOrder) {
  clickButton(el, 'Suivant →');
  await waitState(el, 'identification');
}

export async function identify(el: CertinomisOrder, siret: string) {
  el.fill({ customer: customer(siret) });
  await waitText(el, 'Établissement trouvé');
}

export async function toOptions(el: CertinomisOrder, siret: string) {
  await toIdentification(el);
  await identify(el, siret);
  clickButton(el, 'Suivant →');
  await waitState(el, 'options');
}

export async function toPayment(el: CertinomisOrder, siret: string) {
  await toOptions(el, siret);
  clickButton(el, 'Suivant →');
  await waitState(el, 'payment');
}

export async function toReview(el: CertinomisOrder, siret: string) {
  await toPayment(el, siret);
  el.fill({ payment: { method: 'transfer', transferReference: 'COMMANDE CERTIFICAT 2024-12' } });
  clickButton(el, 'Suivant →');
  await waitState(el, 'review');
}

export function dialogParts(el: CertinomisOrder) {
  const root = screen(el).shadowRoot;
  return {
    open: [...root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Lire les CGV'),
    )!,
    dialog: root.querySelector('dialog')!,
    body: root.querySelector<HTMLElement>('.cgv-body')!,
    accept: root.querySelector<HTMLButtonElement>('button.accept')!,
  };
}

export async function acceptCgv(el: CertinomisOrder) {
  const { open } = dialogParts(el);
  open.click();
  await waitUntil(() => dialogParts(el).body.querySelector('.sentinel'), 'CGV not loaded', {
    timeout: 5000,
  });
  const { body, accept } = dialogParts(el);
  body.scrollTop = body.scrollHeight;
  await waitUntil(() => !accept.disabled, 'accept stayed disabled', { timeout: 5000 });
  accept.click();
  await el.updateComplete;
}

export function radios(el: CertinomisOrder) {
  return [...screen(el).shadowRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map(
    (radio) => radio.value,
  );
}

/** Answers the button bar's question (Réinitialiser, Annuler ask first) with `label`. */
export async function answer(el: CertinomisOrder, label: string) {
  const bar = purchaseRoot(el).querySelector('certinomis-button-bar')!;
  await waitUntil(
    () =>
      [...(bar.shadowRoot?.querySelectorAll('button') ?? [])].some(
        (button) => button.textContent?.trim() === label,
      ),
    `no ${label} in the button bar`,
  );
  clickButton(el, label);
  await bar.updateComplete;
}
