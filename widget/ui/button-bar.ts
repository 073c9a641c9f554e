import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { uiText } from '../i18n/element.ts';
import { buttonBarStyles } from './button-bar.styles.ts';
import { tokens } from './tokens.styles.ts';

export type ButtonAction = 'cancel' | 'reset' | 'back' | 'next' | 'order';

/**
 * The form's buttons: `Annuler`, `Réinitialiser`, `← Retour`, then `Suivant →` or, last,
 * `Commander`. Only the listed `actions` are shown.
 *
 * @fires certinomis-action - `{ action }` when a button is clicked (internal).
 * @csspart order-button - the Commander button.
 * @csspart next-button - the Suivant button.
 */
@customElement('certinomis-button-bar')
export class CertinomisButtonBar extends LitElement {
  static override styles = [tokens, buttonBarStyles];

  @property() locale: Locale = 'fr';
  @property({ attribute: false }) actions: ButtonAction[] = [];
  /** The order is being placed: Commander is disabled and says so. */
  @property({ type: Boolean }) busy = false;

  override render() {
    const { locale } = this;
    const has = (action: ButtonAction) => this.actions.includes(action);
    const button = (action: ButtonAction, label: string, className = '') =>
      has(action)
        ? html`<button type="button" class=${className} ?disabled=${this.busy} @click=${() => this.act(action)}>
            ${label}
          </button>`
        : nothing;
    return html`<div class="bar" role="group" aria-label=${uiText(locale, 'buttons.label')}>
      <div class="secondary">
        ${button('cancel', uiText(locale, 'button.cancel'))} ${button('reset', uiText(locale, 'button.reset'))}
      </div>
      <div class="primary-group">
        ${button('back', uiText(locale, 'button.back'))}
        ${
          has('next')
            ? html`<button type="button" class="primary" part="next-button" @click=${() => this.act('next')}>
                ${uiText(locale, 'button.next')}
              </button>`
            : nothing
        }
        ${
          has('order')
            ? html`<button
                type="button"
                class="primary"
                part="order-button"
                ?disabled=${this.busy}
                aria-busy=${this.busy ? 'true' : 'false'}
                @click=${() => this.act('order')}
              >
                ${uiText(locale, this.busy ? 'button.ordering' : 'button.order')}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private act(action: ButtonAction) {
    this.dispatchEvent(
      new CustomEvent('certinomis-action', { detail: { action }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-button-bar': CertinomisButtonBar;
  }
}
