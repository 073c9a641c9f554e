import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { stepperStyles } from './stepper.styles.ts';
import { tokens } from './tokens.styles.ts';

/**
 * The numbered steps of the order form (`1 Identification client`, `2 Options`, `3 Paiement`).
 * The current step carries `aria-current="step"`; earlier steps are marked done.
 *
 * @csspart step - each step.
 * @csspart number - each step's number.
 */
@customElement('certinomis-stepper')
export class CertinomisStepper extends LitElement {
  static override styles = [tokens, stepperStyles];

  @property({ attribute: false }) labels: string[] = [];
  /** Index of the current step; at or past the end, every step is done. */
  @property({ type: Number }) current = 0;
  /** Accessible name of the list. */
  @property() label = '';
  /** Spoken after a finished step, e.g. "terminée". */
  @property({ attribute: 'done-label' }) doneLabel = '';

  override render() {
    return html`<ol aria-label=${this.label || nothing}>
      ${this.labels.map((label, index) => {
        const state = index < this.current ? 'done' : index === this.current ? 'current' : '';
        return html`<li class=${state} part="step" aria-current=${state === 'current' ? 'step' : nothing}>
          <span class="n" part="number">${index + 1}</span> ${label}${
            state === 'done'
              ? html`<span class="visually-hidden"> (${this.doneLabel})</span>`
              : nothing
          }
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-stepper': CertinomisStepper;
  }
}
