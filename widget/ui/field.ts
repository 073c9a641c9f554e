import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fieldStyles } from './field.styles.ts';
import { tokens } from './tokens.styles.ts';

/** How a screen asks for one text field (purchase steps, dossier steps). */
export interface FieldInputOptions {
  type?: string;
  help?: string;
  autocomplete?: string;
  inputmode?: string;
  required?: boolean;
  options?: FieldOption[];
}

export interface FieldOption {
  value: string;
  label: string;
}

/**
 * A labelled form control: text-like `<input>` or `<select>`, with a `*` mark when required,
 * a helper text and an error text tied to the control with `aria-describedby`, and
 * `aria-invalid` while there is an error. Focusing the element focuses its control.
 *
 * @fires input - (native, composed) on each change of the value; read the element's `value`.
 * @fires change - when the buyer leaves a changed control (re-dispatched from the inner control).
 * @csspart label - the label.
 * @csspart control - the input or select.
 * @csspart help - the helper text.
 * @csspart error - the error text.
 */
@customElement('certinomis-field')
export class CertinomisField extends LitElement {
  static override styles = [tokens, fieldStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Order-request path of the value, e.g. `customer.email`. */
  @property({ reflect: true }) name = '';
  @property() label = '';
  /** `text`, `email`, `tel`, `number` or `select`. */
  @property() type = 'text';
  @property() value = '';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) disabled = false;
  @property() help = '';
  /** Error text; the attribute is present only while there is one. */
  @property({ reflect: true }) error: string | null = null;
  @property() autocomplete = '';
  @property() inputmode = '';
  @property({ type: Number }) min: number | null = null;
  @property({ type: Number }) max: number | null = null;
  @property({ attribute: false }) options: FieldOption[] = [];

  override render() {
    // Helper and error texts are read with the control; the error is also announced by the
    // element's live region when a step is refused.
    const describedBy = [this.help ? 'h' : '', this.error ? 'e' : ''].join(' ').trim() || nothing;
    const invalid = this.error ? 'true' : 'false';
    const control =
      this.type === 'select'
        ? html`<select
            id="c"
            part="control"
            ?disabled=${this.disabled}
            aria-required=${this.required ? 'true' : 'false'}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            autocomplete=${this.autocomplete || nothing}
            .value=${this.value}
            @input=${this.onInput}
            @change=${this.onChange}
          >
            ${this.options.map(
              (option) =>
                html`<option value=${option.value} ?selected=${option.value === this.value}>
                  ${option.label}
                </option>`,
            )}
          </select>`
        : html`<input
            id="c"
            part="control"
            type=${this.type}
            .value=${this.value}
            ?disabled=${this.disabled}
            aria-required=${this.required ? 'true' : 'false'}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            autocomplete=${this.autocomplete || nothing}
            inputmode=${this.inputmode || nothing}
            min=${this.min ?? nothing}
            max=${this.max ?? nothing}
            @input=${this.onInput}
            @change=${this.onChange}
          />`;
    return html`
      <label for="c" part="label"
        >${this.label}${this.required ? html`<span class="req" aria-hidden="true"> *</span>` : nothing}</label
      >
      ${control}
      ${this.help ? html`<p id="h" class="help" part="help">${this.help}</p>` : nothing}
      <p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
    `;
  }

  /** Runs before the (composed) native `input` reaches listeners outside. */
  private onInput(event: Event) {
    this.value = (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  /** `change` is not composed: re-dispatched from the element. */
  private onChange() {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-field': CertinomisField;
  }
}
