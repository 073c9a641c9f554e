import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fieldStyles } from '../ui/field.styles.ts';
import { tokens } from '../ui/tokens.styles.ts';

/**
 * A password field like `<certinomis-field>` (label with `*`, helper and error texts tied with
 * `aria-describedby`, `aria-invalid`), plus a show/hide toggle: a button whose name stays
 * "Afficher le mot de passe" and whose `aria-pressed` says whether the password is shown.
 *
 * @fires input - (native, composed) on each change of the value; read the element's `value`.
 * @fires change - when the buyer leaves a changed control.
 * @csspart label - the label.
 * @csspart control - the input.
 * @csspart toggle - the show/hide button.
 * @csspart help - the helper text.
 * @csspart error - the error text.
 */
@customElement('certinomis-password-field')
export class CertinomisPasswordField extends LitElement {
  static override styles = [
    tokens,
    fieldStyles,
    css`
      .row {
        display: flex;
        gap: 0.35rem;
      }

      input {
        flex: 1;
        min-width: 0;
      }

      button {
        flex: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: 44px;
        padding: 0 0.6rem;
        background: var(--_surface);
        color: var(--_primary);
        border: 1px solid var(--_border);
      }

      button[aria-pressed='true'] {
        background: var(--_surface-alt);
        border-color: var(--_primary);
      }

      svg {
        width: 1.3rem;
        height: 1.3rem;
      }
    `,
  ];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  @property({ reflect: true }) name = '';
  @property() label = '';
  @property() value = '';
  @property({ type: Boolean }) required = false;
  @property() help = '';
  @property({ reflect: true }) error: string | null = null;
  /** `current-password` or `new-password`. */
  @property() autocomplete = 'current-password';
  /** Accessible name of the toggle, e.g. "Afficher le mot de passe". */
  @property({ attribute: 'toggle-label' }) toggleLabel = 'Afficher le mot de passe';
  /** Whether the password is shown in clear. */
  @state() shown = false;

  override render() {
    const describedBy = [this.help ? 'h' : '', this.error ? 'e' : ''].join(' ').trim() || nothing;
    return html`
      <label for="c" part="label"
        >${this.label}${this.required ? html`<span class="req" aria-hidden="true"> *</span>` : nothing}</label
      >
      <div class="row">
        <input
          id="c"
          part="control"
          type=${this.shown ? 'text' : 'password'}
          .value=${this.value}
          aria-required=${this.required ? 'true' : 'false'}
          aria-describedby=${describedBy}
          aria-invalid=${this.error ? 'true' : 'false'}
          autocomplete=${this.autocomplete}
          autocapitalize="off"
          spellcheck="false"
          @input=${this.onInput}
          @change=${this.onChange}
        />
        <button
          type="button"
          part="toggle"
          aria-controls="c"
          aria-label=${this.toggleLabel}
          aria-pressed=${this.shown ? 'true' : 'false'}
          @click=${() => {
            this.shown = !this.shown;
          }}
        >
          ${this.shown ? eyeOff : eye}
        </button>
      </div>
      ${this.help ? html`<p id="h" class="help" part="help">${this.help}</p>` : nothing}
      <p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
    `;
  }

  private onInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
  }

  private onChange() {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

const eye = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>`;
const eyeOff = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17.94 17.94A10.07 10.07 0 0 1 12 19c-7 0-11-7-11-7a18.45 18.45 0 0 1 5.06-5.94"/><path d="M9.9 4.24A9.12 9.12 0 0 1 12 4c7 0 11 8 11 8a18.5 18.5 0 0 1-2.16 3.19"/><path d="m1 1 22 22"/><path d="M14.12 14.12a3 3 0 1 1-4.24-4.24"/></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-password-field': CertinomisPasswordField;
  }
}
