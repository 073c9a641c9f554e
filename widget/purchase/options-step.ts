import { html, nothing, type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CatalogOption } from '../../machines/contract.ts';
import { type OptionsDraft, usbReaderForced } from '../../machines/purchase/context.ts';
import { formatMoney } from '../format.ts';
import { uiText } from '../i18n/element.ts';
import { QuoteController } from './quote-controller.ts';
import { StepElement } from './step-element.ts';
import { renderSummary } from './summary.ts';

const FIELD_OF: Record<string, keyof OptionsDraft> = {
  usb_reader: 'usbReader',
  express: 'express',
};

/**
 * "2 Options": Lecteur format clé USB and Traitement Express, priced per certificate from the
 * catalogue. For a first CERTINOMIS certificate the USB reader is checked and locked, with why.
 *
 * @csspart card - each option.
 * @csspart summary - the récapitulatif with the chosen options.
 */
@customElement('certinomis-options-step')
export class CertinomisOptionsStep extends StepElement {
  protected override step = 'options' as const;
  private quote = new QuoteController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.quote.requestFor(this.flow);
  }

  override render() {
    const { locale, catalog } = this.flow;
    return html`
      <h2 tabindex="-1">${uiText(locale, 'step.options')}</h2>
      <p class="intro">${uiText(locale, 'options.intro')}</p>
      ${catalog.options.map((option) => this.renderOption(option))}
      ${renderSummary(locale, this.quote.value, catalog.vatRate, this.quote)}
    `;
  }

  private renderOption(option: CatalogOption) {
    const { locale, context } = this.flow;
    const name = FIELD_OF[option.code];
    if (!name) return nothing;
    const path = `options.${name}`;
    const locked = name === 'usbReader' && usbReaderForced(context);
    const error = this.errorOf(path, true);
    const describedBy = [`d-${name}`, locked ? `l-${name}` : '', error ? `e-${name}` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="card" part="card">
      <label class="choice">
        <input
          type="checkbox"
          name=${path}
          .checked=${live(context.options[name])}
          ?disabled=${locked}
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${(event: Event) =>
            this.set('options', { [name]: (event.target as HTMLInputElement).checked })}
        />
        <span>
          <strong>${option.label}</strong>
          ${option.rule ? html`(${uiText(locale, 'options.usbMandatory')})` : nothing}
        </span>
      </label>
      <p class="price">
        ${uiText(locale, 'summary.perCertif', { price: formatMoney(option.priceHt, locale) })}
      </p>
      <p class="help" id=${`d-${name}`}>${option.description}</p>
      ${locked ? html`<p class="ok" id=${`l-${name}`}><span aria-hidden="true">🔒</span> ${uiText(locale, 'options.usbLocked')}</p>` : nothing}
      ${error ? html`<p class="error" id=${`e-${name}`}>${error}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-options-step': CertinomisOptionsStep;
  }
}
