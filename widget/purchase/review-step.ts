import { html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CgvResponse } from '../../machines/contract.ts';
import { ApiError } from '../api-client.ts';
import { uiText } from '../i18n/element.ts';
import { QuoteController } from './quote-controller.ts';
import { reviewStyles } from './review-step.styles.ts';
import { StepElement } from './step-element.ts';
import { renderSummary } from './summary.ts';

/** Elements and attributes kept from the operator's CGV HTML (no style, script or handler). */
const ALLOWED =
  /^(H[1-6]|P|UL|OL|LI|STRONG|EM|B|I|BR|A|SECTION|TABLE|THEAD|TBODY|TR|TH|TD|SPAN|DIV|BLOCKQUOTE|SMALL|SUP|SUB)$/;

/** The CGV HTML as a fragment: parsed inert, unknown elements unwrapped, attributes dropped. */
function cgvFragment(source: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = source;
  const content = template.content;
  for (const element of [...content.querySelectorAll('*')]) {
    if (!ALLOWED.test(element.tagName)) {
      if (/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|LINK|META)$/.test(element.tagName)) {
        element.remove();
      } else {
        element.replaceWith(...element.childNodes);
      }
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const keep =
        element.tagName === 'A' && attribute.name === 'href' && /^https?:/i.test(attribute.value);
      if (!keep) element.removeAttribute(attribute.name);
    }
    if (element.tagName === 'A') element.setAttribute('rel', 'noopener');
  }
  return document.importNode(content, true);
}

/**
 * Récapitulatif and CGV, then Commander. The CGV open in a modal `<dialog>`; "J'ai lu et
 * accepte les CGV" is enabled once the reader reached the end of the text. Shows why an
 * order failed and offers Réessayer after a network failure.
 *
 * @csspart summary - the récapitulatif.
 * @csspart dialog - the CGV dialog.
 */
@customElement('certinomis-review-step')
export class CertinomisReviewStep extends StepElement {
  static override styles = [...StepElement.styles, reviewStyles];
  protected override step = 'review' as const;

  private quote = new QuoteController(this, 0);
  @state() private cgv: CgvResponse | null = null;
  @state() private cgvFailed = false;
  @state() private read = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.sentinel') private sentinel!: HTMLElement | null;
  @query('.cgv-body') private body!: HTMLElement | null;
  private content: DocumentFragment | null = null;
  /** The client (one per language) the CGV were asked from: another language asks again. */
  private cgvClient: unknown = null;
  private observer: IntersectionObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.cgv) void this.loadCgv();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  private async loadCgv() {
    this.cgvFailed = false;
    const client = this.flow.client;
    this.cgvClient = client;
    try {
      const cgv = await client.getCgv();
      if (client !== this.flow.client) return;
      this.content = cgvFragment(cgv.html);
      this.cgv = cgv;
    } catch {
      this.cgvFailed = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.quote.requestFor(this.flow);
    // The buyer picked another language: the CGV (text and dialog title) follow it.
    if (this.cgvClient && this.cgvClient !== this.flow.client) {
      this.observer?.disconnect();
      this.observer = null;
      this.cgv = null;
      this.content = null;
      this.read = false;
      void this.loadCgv();
    }
  }

  protected override updated(): void {
    // Watch the end of the text once it is rendered: reaching it enables "J'ai lu et accepte".
    if (this.sentinel && this.body && !this.observer) {
      this.observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) this.read = true;
        },
        { root: this.body },
      );
      this.observer.observe(this.sentinel);
    }
  }

  /** Opens the CGV dialog (modal: the browser traps focus; Escape closes it). */
  openCgv(): void {
    this.dialog.showModal();
    if (!this.cgv) void this.loadCgv();
  }

  /** What the buyer entered for the payment, echoed so it can be checked before ordering. */
  private paymentDetails() {
    const { locale, context } = this.flow;
    const { payment } = context;
    const text = (value: string | undefined) => value ?? '';
    switch (payment.method) {
      case 'mandate':
        return html`<br />${uiText(locale, 'review.payment.mandate', {
          siret: text(payment.siret),
          serviceCode: text(payment.serviceCode),
          chorus: text(payment.chorusOrderNumber),
        })}`;
      case 'transfer':
        return html`<br />${uiText(locale, 'review.payment.transfer', {
          reference: text(payment.transferReference),
        })}`;
      case 'cheque':
        return html`<br />${uiText(locale, 'review.payment.cheque', {
          number: text(payment.chequeNumber),
          bank: text(payment.bank),
        })}`;
      default:
        return nothing;
    }
  }

  override render() {
    const { locale, context, catalog, state } = this.flow;
    const { customer, payment } = context;
    const cgvError = this.errorOf('cgvAccepted') ?? this.errorOf('cgvVersion');
    return html`
      <h2 tabindex="-1">${uiText(locale, 'step.review')}</h2>
      <p class="intro">${uiText(locale, 'review.intro')}</p>
      ${renderSummary(locale, this.quote.value, catalog.vatRate, this.quote)}
      <dl class="facts">
        <dt>${uiText(locale, 'review.buyer')}</dt>
        <dd>
          <span class="fact">${customer.firstName} ${customer.lastName}</span>
          <span class="fact">${customer.email}</span>
          <span class="fact">${customer.companyName}</span>
          <span class="fact">SIRET ${customer.siret}</span>
        </dd>
        <dt>${uiText(locale, 'review.method')}</dt>
        <dd>
          ${payment.method ? uiText(locale, `payment.${payment.method}`) : ''}
          ${this.paymentDetails()}
        </dd>
      </dl>
      <section class="card" aria-labelledby="cgv-h">
        <h3 id="cgv-h">${uiText(locale, 'review.cgv')}</h3>
        ${
          context.cgvAccepted
            ? html`<p class="ok">
                <span aria-hidden="true">✓</span>
                ${uiText(locale, 'review.cgvAccepted', { version: context.cgvVersion ?? '' })}
              </p>`
            : html`<p class="help">${uiText(locale, 'review.cgvHint')}</p>`
        }
        <button
          type="button"
          class="secondary"
          aria-haspopup="dialog"
          aria-describedby=${cgvError ? 'e-cgv' : nothing}
          aria-invalid=${cgvError ? 'true' : 'false'}
          @click=${this.openCgv}
        >
          ${uiText(locale, 'review.readCgv')}
        </button>
        ${cgvError ? html`<p class="error" id="e-cgv">${cgvError}</p>` : nothing}
      </section>
      ${state === 'review' ? this.renderFailure() : nothing}
      ${this.renderDialog()}
    `;
  }

  /** Moves focus to the failed order's Réessayer; false when the order did not fail so. */
  override async focusFailure(): Promise<boolean> {
    await this.updateComplete;
    const retry = this.renderRoot.querySelector<HTMLElement>('[data-retry]');
    retry?.focus();
    return retry !== null;
  }

  /** Why the last attempt failed (field errors of a 422 are shown next to their fields). */
  private renderFailure() {
    const { locale, context } = this.flow;
    const error = context.submitError;
    if (!(error instanceof ApiError) || (error.status === 422 && error.problem?.errors?.length)) {
      return nothing;
    }
    const message = error.isNetwork
      ? uiText(locale, 'review.networkError')
      : error.status === 409
        ? uiText(locale, 'review.inFlight')
        : `${uiText(locale, 'review.failed')} ${error.problem?.detail ?? ''}`;
    return html`<div class="alert" role="alert">
      <p>${message}</p>
      <button type="button" class="primary" data-retry @click=${() => this.flow.send({ type: 'purchase.retry' })}>
        ${uiText(locale, 'button.retry')}
      </button>
    </div>`;
  }

  private renderDialog() {
    const { locale } = this.flow;
    return html`<dialog part="dialog" aria-labelledby="dlg-h">
      <h2 id="dlg-h">${this.cgv?.title ?? uiText(locale, 'review.cgvTitle')}</h2>
      <div class="cgv-body" tabindex="0" role="region" aria-labelledby="dlg-h">
        ${
          this.cgv
            ? html`${this.content}<div class="sentinel"></div>`
            : this.cgvFailed
              ? html`<p class="error">${uiText(locale, 'summary.failed')}</p>
                  <button type="button" class="secondary" @click=${this.loadCgv}>
                    ${uiText(locale, 'button.retry')}
                  </button>`
              : html`<p role="status">${uiText(locale, 'review.cgvLoading')}</p>`
        }
      </div>
      <p class="help" id="scroll-hint">${this.read ? '' : uiText(locale, 'review.cgvScroll')}</p>
      <div class="dialog-buttons">
        <button type="button" class="secondary" @click=${() => this.dialog.close()}>
          ${uiText(locale, 'button.close')}
        </button>
        <button
          type="button"
          class="primary accept"
          ?disabled=${!this.read || !this.cgv}
          aria-describedby="scroll-hint"
          @click=${this.accept}
        >
          ${uiText(locale, 'review.accept')}
        </button>
      </div>
    </dialog>`;
  }

  private accept() {
    if (!this.cgv) return;
    this.flow.send({ type: 'purchase.acceptCgv', version: this.cgv.version });
    this.dialog.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-review-step': CertinomisReviewStep;
  }
}
