import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PaymentMethod } from '../../machines/schemas/purchase.ts';
import { fieldLabel, uiText } from '../i18n/element.ts';
import { StepElement } from './step-element.ts';
import { renderPayee } from './summary.ts';

/**
 * "3 Paiement": Mandat administratif (only for a public administration; otherwise an info
 * button explains why), Virement à la commande (the payee's bank details and the buyer's
 * transfer reference) or Chèque à la commande (cheque number and bank).
 *
 * @csspart field - each field.
 */
@customElement('certinomis-payment-step')
export class CertinomisPaymentStep extends StepElement {
  protected override step = 'payment' as const;
  /** The "why no mandate" tooltip was dismissed with Escape. */
  @state() private tipOff = false;

  override render() {
    const { locale, context } = this.flow;
    const method = context.payment.method;
    const publicBody = context.organisation?.publicAdministration === true;
    const error = this.errorOf('payment.method', false);
    const methods: PaymentMethod[] = publicBody
      ? ['mandate', 'transfer', 'cheque']
      : ['transfer', 'cheque'];
    return html`
      <h2 tabindex="-1">${uiText(locale, 'step.payment')}</h2>
      <p class="intro">${uiText(locale, 'payment.intro')}</p>
      <fieldset aria-describedby=${error ? 'e-method' : nothing}>
        <legend>${fieldLabel(locale, 'payment.method')} <span class="error" aria-hidden="true">*</span></legend>
        ${methods.map(
          (value) => html`<label class="choice">
            <input
              type="radio"
              name="payment.method"
              value=${value}
              .checked=${live(method === value)}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => this.set('payment', { method: value })}
            />
            ${uiText(locale, `payment.${value}`)}
          </label>`,
        )}
        ${
          publicBody
            ? nothing
            : html`<span class="why ${this.tipOff ? 'off' : ''}" @mouseenter=${this.showTip}>
                <button
                  type="button"
                  class="info"
                  aria-label=${uiText(locale, 'payment.mandateWhy')}
                  aria-describedby="tip"
                  @focus=${this.showTip}
                  @keydown=${(event: KeyboardEvent) => {
                    if (event.key === 'Escape') this.tipOff = true;
                  }}
                >
                  ?
                </button>
                <span role="tooltip" id="tip">${uiText(locale, 'payment.mandateReason')}</span>
                <span class="help" aria-hidden="true">${uiText(locale, 'payment.mandateWhy')}</span>
              </span>`
        }
        ${error ? html`<p class="error" id="e-method">${error}</p>` : nothing}
      </fieldset>
      ${method ? this.renderMethod(method) : nothing}
    `;
  }

  private showTip() {
    this.tipOff = false;
  }

  private renderMethod(method: PaymentMethod) {
    const { locale, catalog } = this.flow;
    switch (method) {
      case 'mandate':
        return html`<p>${uiText(locale, 'payment.mandateIntro')}</p>
          <div class="grid">
            ${this.field('payment', 'siret', { inputmode: 'numeric', help: uiText(locale, 'payment.siretHelp') })}
            ${this.field('payment', 'serviceCode', { help: uiText(locale, 'payment.serviceCodeHelp') })}
            ${this.field('payment', 'chorusOrderNumber', { help: uiText(locale, 'payment.chorusHelp') })}
          </div>`;
      case 'transfer':
        return html`<p>${uiText(locale, 'payment.transferIntro')}</p>
          <p class="help">${uiText(locale, 'payment.holderHelp')}</p>
          ${renderPayee(locale, catalog.payee, 3)}
          ${this.field('payment', 'transferReference', { help: uiText(locale, 'payment.referenceHelp') })}`;
      case 'cheque':
        return html`<p>${uiText(locale, 'payment.chequeIntro')}</p>
          <div class="grid">
            ${this.field('payment', 'chequeNumber', {
              inputmode: 'numeric',
              help: uiText(locale, 'payment.chequeNumberHelp'),
            })}
            ${this.field('payment', 'bank', { help: uiText(locale, 'payment.bankHelp') })}
          </div>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-payment-step': CertinomisPaymentStep;
  }
}
