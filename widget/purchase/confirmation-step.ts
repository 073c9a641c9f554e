import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { OrderResponse, PaymentInstructions } from '../../machines/contract.ts';
import { formatMoney } from '../format.ts';
import { uiText } from '../i18n/element.ts';
import { StepElement } from './step-element.ts';
import { renderPayee, renderSummary } from './summary.ts';

/** The API's confirmation kept in the machine's context, when it has the expected shape. */
export function orderOf(order: unknown): OrderResponse | null {
  return order !== null && typeof order === 'object' && 'reference' in order
    ? (order as OrderResponse)
    : null;
}

/**
 * Order placed: the reference, the totals, where the confirmation e-mail went, the link to the
 * client space to complete the dossiers, and how to pay (transfer, cheque or mandate).
 *
 * @csspart summary - the totals of the order.
 */
@customElement('certinomis-confirmation-step')
export class CertinomisConfirmationStep extends StepElement {
  override render() {
    const { locale, context, catalog } = this.flow;
    const order = orderOf(context.order);
    if (!order) return nothing;
    return html`
      <h2 tabindex="-1">${uiText(locale, 'confirm.title')}</h2>
      <p>${uiText(locale, 'confirm.reference')} : <strong class="mono">${order.reference}</strong></p>
      ${renderSummary(locale, order, catalog.vatRate)}
      <p>${uiText(locale, 'confirm.email', { email: context.customer.email ?? '' })}</p>
      <p>${uiText(locale, 'confirm.next')}</p>
      <p><a class="link" href=${order.clientSpaceUrl}>${uiText(locale, 'confirm.space')}</a></p>
      <section class="card">
        <h3>${uiText(locale, 'confirm.payTitle')}</h3>
        ${this.renderPayment(order.payment.instructions)}
      </section>
      <button
        type="button"
        class="secondary"
        @click=${() => this.flow.send({ type: 'purchase.reset' })}
      >
        ${uiText(locale, 'button.newOrder')}
      </button>
    `;
  }

  private renderPayment(instructions: PaymentInstructions) {
    const { locale } = this.flow;
    switch (instructions.method) {
      case 'transfer':
        return html`<p>
            ${uiText(locale, 'confirm.transfer', { amount: formatMoney(instructions.amount, locale) })}
          </p>
          ${renderPayee(locale, instructions.payee, 4)}
          <p>${uiText(locale, 'confirm.label')} : <strong class="mono">${instructions.label}</strong></p>`;
      case 'cheque':
        return html`<p>
          ${uiText(locale, 'confirm.cheque', {
            amount: formatMoney(instructions.amount, locale),
            payee: instructions.payableTo,
            address: instructions.mailTo,
          })}
        </p>`;
      case 'mandate':
        return html`<p>
          ${uiText(locale, 'confirm.mandate', {
            siret: instructions.siret,
            serviceCode: instructions.serviceCode,
            chorus: instructions.chorusOrderNumber,
            days: instructions.paymentTermDays,
          })}
        </p>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-confirmation-step': CertinomisConfirmationStep;
  }
}
