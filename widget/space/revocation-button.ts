import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { CertificateRow } from '../../machines/contract.ts';
import { type DashboardKey, dashboardText } from '../i18n/dashboard.ts';
import { tokens } from '../ui/tokens.styles.ts';
import './revocation-flow.ts';
import { listStyles } from './lists.styles.ts';
import type { SpaceView } from './screen-element.ts';
import { spaceStyles } from './space.styles.ts';

/**
 * "Demander la révocation" of one issued certificate (a row of "Prochaines échéances"): the
 * button opens a modal dialog (the browser keeps focus in it, Échap closes it, focus returns
 * to the button) holding the revocation flow; once the code is confirmed the row shows
 * "Révocation demandée" (the certificate awaits the operator) and the lists load again. A
 * refused revocation is said, and may be asked again.
 *
 * @fires revocation-done - the request is confirmed (the dashboard loads its lists again).
 * @csspart revocation-button - the button.
 */
@customElement('certinomis-space-revocation')
export class CertinomisSpaceRevocation extends LitElement {
  static override styles = [
    tokens,
    spaceStyles,
    listStyles,
    css`
      :host {
        display: block;
      }
      dialog {
        width: min(36rem, calc(100vw - 1rem));
        max-height: calc(100vh - 2rem);
        padding: var(--_space);
        border: none;
        border-radius: var(--_radius);
        color: var(--_text);
        background: var(--_surface);
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.55);
      }
      h2 {
        font-size: 1.2rem;
        margin: 0;
      }
      .subject {
        margin: 0;
        color: var(--_muted);
      }
      .pending {
        font-weight: 600;
      }
      .small {
        font-size: 0.9rem;
        margin: 0;
      }
      button.request {
        min-height: 44px;
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) view!: SpaceView;
  @property({ attribute: false }) row!: CertificateRow;

  /** The flow is shown (a new one per opening). */
  @state() private open = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button.request') private button!: HTMLButtonElement | null;
  /** The request was confirmed in the dialog still open: told once it closes. */
  private done = false;
  /** Focus "Révocation demandée" once the reloaded row shows it. */
  private focusPending = false;

  private t(key: DashboardKey, params?: Record<string, string | number>) {
    return dashboardText(this.view.locale, key, params);
  }

  private get name(): string {
    return this.row.beneficiary ?? this.row.identity ?? this.row.orderReference;
  }

  override render() {
    if (this.row.revocation === 'requested') {
      return html`<p class="small" id="pending" tabindex="-1"><span class="pending">${this.t('revocation.pending')}</span><br />
        <span class="status">${this.t('revocation.pendingHelp')}</span></p>`;
    }
    return html`
      ${
        this.row.revocation === 'refused'
          ? html`<p class="small status">${this.t('revocation.refused')}</p>`
          : nothing
      }
      <button
        type="button"
        class="secondary request"
        part="revocation-button"
        aria-haspopup="dialog"
        aria-label=${this.t('revocation.requestLabel', { name: this.name })}
        @click=${this.show}
      >
        ${this.t('revocation.request')}
      </button>
      <dialog aria-labelledby="revocation-title" @close=${this.onClosed}>
        ${
          // Empty while closed: no second heading in the dashboard's shadow tree.
          this.open
            ? html`<h2 id="revocation-title" tabindex="-1">${this.t('revocation.heading')}</h2>
                <p class="subject">
                  ${this.t('revocation.subject', {
                    name: this.name,
                    reference: this.row.orderReference,
                  })}
                </p>
                <certinomis-space-revocation-flow
                  .view=${this.view}
                  .certificateId=${this.row.dossierId}
                  .timeZone=${this.row.timeZone}
                  @revocation-close=${() => this.dialog.close()}
                  @revocation-done=${this.onDone}
                ></certinomis-space-revocation-flow>`
            : nothing
        }
      </dialog>
    `;
  }

  private show = async () => {
    this.open = true;
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#revocation-title')?.focus();
  };

  /** Closed (its button, Échap): the flow goes (and its requests), focus back on the button. */
  private onClosed = () => {
    this.open = false;
    this.button?.focus();
  };

  private onDone = (event: Event) => {
    event.stopPropagation();
    this.view.announce(this.t('revocation.doneAnnounce', { name: this.name }));
    // The dashboard loads its lists again once the buyer closes the dialog.
    this.done = true;
  };

  override updated() {
    if (!this.open && this.done) {
      this.done = false;
      this.focusPending = true;
      this.dispatchEvent(new CustomEvent('revocation-done', { bubbles: true, composed: true }));
    }
    // The lists came back: the button is gone, focus goes to "Révocation demandée".
    if (this.focusPending && this.row.revocation === 'requested') {
      this.focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('#pending')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-revocation': CertinomisSpaceRevocation;
  }
}
