import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { DOSSIER_STEPS, type DossierStep } from '../../machines/schemas/dossier.ts';
import { dossierText } from '../i18n/dossier.ts';
import { stepperStyles } from '../ui/stepper.styles.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { stepLabel } from './view.ts';

/**
 * The dossier's numbered steps, `1 Organisme` … `6 Signature`, with the look of the order
 * form's stepper: each step a button to go there, disabled while it cannot be reached yet
 * (an earlier step is incomplete), marked done when complete; the current one carries
 * `aria-current="step"`.
 *
 * @fires certinomis-dossier-goto - `{ step }` when a reachable step is chosen (internal).
 * @csspart step - each step's button.
 */
@customElement('certinomis-dossier-stepper')
export class CertinomisDossierStepper extends LitElement {
  static override styles = [
    tokens,
    stepperStyles,
    css`
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.25rem 0.4rem 0.25rem 0.15rem;
        min-height: 44px;
        border: none;
        background: none;
        color: inherit;
        font-weight: inherit;
      }

      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }

      .done .n {
        background: var(--_surface-alt);
      }

      .done button::after {
        content: '✓';
        color: #1a7f37;
        font-weight: 700;
      }
    `,
  ];

  @property() locale: Locale = 'fr';
  /** The step shown (null: none, e.g. the read-only summary). */
  @property({ attribute: false }) current: DossierStep | null = null;
  @property({ attribute: false }) reachable: readonly DossierStep[] = [];
  @property({ attribute: false }) complete: readonly DossierStep[] = [];
  /** Nothing can be chosen (the dossier is read-only or a request is in flight). */
  @property({ type: Boolean }) disabled = false;

  override render() {
    const { locale } = this;
    return html`<ol aria-label=${dossierText(locale, 'dossier.steps')}>
      ${DOSSIER_STEPS.map((step, index) => {
        const current = step === this.current;
        const done = this.complete.includes(step);
        const reachable = this.reachable.includes(step);
        const state = current ? 'current' : done ? 'done' : '';
        return html`<li class=${state} data-step=${step}>
          <button
            type="button"
            part="step"
            ?disabled=${!reachable || this.disabled}
            aria-current=${current ? 'step' : nothing}
            @click=${() => {
              if (!current) this.choose(step);
            }}
          >
            <span class="n" aria-hidden="true">${index + 1}</span>
            <span class="visually-hidden">${index + 1}.</span> ${stepLabel(locale, step)}${
              done
                ? html`<span class="visually-hidden"> (${dossierText(locale, 'dossier.done')})</span>`
                : !reachable
                  ? html`<span class="visually-hidden"> (${dossierText(locale, 'dossier.locked')})</span>`
                  : nothing
            }
          </button>
        </li>`;
      })}
    </ol>`;
  }

  private choose(step: DossierStep) {
    this.dispatchEvent(
      new CustomEvent('certinomis-dossier-goto', {
        detail: { step },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-stepper': CertinomisDossierStepper;
  }
}
