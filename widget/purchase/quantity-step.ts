import { html, nothing, type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import { uiText } from '../i18n/element.ts';
import type { CertinomisField } from '../ui/field.ts';
import { QuoteController } from './quote-controller.ts';
import { StepElement } from './step-element.ts';
import { renderSummary } from './summary.ts';

/**
 * "Commande du certificat": the number of certificates (1–50) and the récapitulatif priced by
 * the server (label, code, Montant HT, Montant TTC).
 *
 * @csspart field - the quantity field.
 * @csspart summary - the récapitulatif.
 */
@customElement('certinomis-quantity-step')
export class CertinomisQuantityStep extends StepElement {
  private quote = new QuoteController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.quote.requestFor(this.flow, false);
  }

  override render() {
    const { locale, context, catalog } = this.flow;
    return html`
      <h2 tabindex="-1">${uiText(locale, 'order.title')}</h2>
      <p class="intro">${uiText(locale, 'quantity.intro')}</p>
      <certinomis-field
        part="field"
        name="quantity"
        type="number"
        inputmode="numeric"
        min="1"
        max="50"
        required
        label=${uiText(locale, 'field.quantity')}
        help=${uiText(locale, 'quantity.help')}
        .value=${String(context.quantity)}
        error=${this.errorOf('quantity') ?? nothing}
        @input=${this.onInput}
      ></certinomis-field>
      <p class="note">${uiText(locale, 'quantity.note')}</p>
      ${renderSummary(locale, this.quote.value, catalog.vatRate, this.quote)}
    `;
  }

  private onInput(event: Event) {
    const value = (event.target as CertinomisField).value.trim();
    this.flow.send({
      type: 'purchase.setQuantity',
      quantity: value === '' ? Number.NaN : Number(value),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-quantity-step': CertinomisQuantityStep;
  }
}
