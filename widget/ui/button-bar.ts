import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { uiText } from '../i18n/element.ts';
import { buttonBarStyles } from './button-bar.styles.ts';
import { tokens } from './tokens.styles.ts';

export type ButtonAction = 'cancel' | 'reset' | 'back' | 'next' | 'order';

/**
 * The form's buttons: `Annuler`, `Réinitialiser`, `← Retour`, then `Suivant →` or, last,
 * `Commander`. Only the listed `actions` are shown. The actions listed in `confirm` (Annuler,
 * Réinitialiser once something was entered) first ask, in place of the bar: "Oui" does it,
 * "Non" (or Escape) puts the bar back with focus on the button that asked.
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
  /** Actions that lose what was entered: asked for confirmation first. */
  @property({ attribute: false }) confirm: ButtonAction[] = [];
  /** The action waiting for the buyer's confirmation. */
  @state() private asking: 'cancel' | 'reset' | null = null;

  override render() {
    const { locale } = this;
    if (this.asking) return this.renderQuestion(this.asking);
    const has = (action: ButtonAction) => this.actions.includes(action);
    const button = (action: ButtonAction, label: string, className = '') =>
      has(action)
        ? html`<button
            type="button"
            class=${className}
            data-action=${action}
            ?disabled=${this.busy}
            @click=${() => this.ask(action)}
          >
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

  private renderQuestion(action: 'cancel' | 'reset') {
    const { locale } = this;
    return html`<div
      class="bar question"
      role="group"
      aria-labelledby="q"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.answer(false);
      }}
    >
      <p id="q">${uiText(locale, action === 'reset' ? 'confirm.resetQuestion' : 'confirm.cancelQuestion')}</p>
      <div class="answers">
        <button type="button" class="keep" @click=${() => this.answer(false)}>
          ${uiText(locale, 'confirm.keep')}
        </button>
        <button type="button" class="danger" @click=${() => this.answer(true)}>
          ${uiText(locale, action === 'reset' ? 'confirm.resetYes' : 'confirm.cancelYes')}
        </button>
      </div>
    </div>`;
  }

  private ask(action: ButtonAction) {
    if ((action === 'cancel' || action === 'reset') && this.confirm.includes(action)) {
      this.asking = action;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>('button.keep')?.focus(),
      );
      return;
    }
    this.act(action);
  }

  private answer(yes: boolean) {
    const action = this.asking;
    this.asking = null;
    if (!action) return;
    if (yes) {
      this.act(action);
      return;
    }
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.focus(),
    );
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
