import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogResponse } from '../machines/contract.ts';
import { ApiClient, ApiError } from './api-client.ts';
import { orderStyles } from './certinomis-order.styles.ts';
import { type OrderContext, orderContext } from './context.ts';
import { t, toLocale } from './i18n/index.ts';
import './purchase/product-list.ts';
import { tokens } from './ui/tokens.styles.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; catalog: CatalogResponse }
  | { state: 'error'; error: ApiError };

/**
 * `<certinomis-order>`: order a CERTINOMIS qualified signature certificate
 * from any partner page — one script, one tag.
 *
 * @attr api - Base URL of the certinomis-order API (default: the page's origin).
 * @attr partner-key - The partner's publishable key, sent as `X-Partner-Key`.
 * @attr locale - `fr` (default) or `en`.
 * @attr mode - `purchase` (default) or `space` (client space).
 * @attr product - A product code (e.g. `OPE-AES-CAP-1A`) to preselect.
 *
 * @fires certinomis:step - `{ step, product? }` when the buyer moves to another screen.
 * @fires certinomis:error - `{ status, title }` when the API cannot be used (status 0: network).
 *
 * @csspart card - a product card.
 * @csspart order-button - a product's Commander button.
 *
 * @cssprop --certinomis-color-primary - Buttons, links, active step (default #1d4f91).
 * @cssprop --certinomis-color-primary-contrast - Text on primary (default #fff).
 * @cssprop --certinomis-color-text - Body text.
 * @cssprop --certinomis-color-muted - Secondary text.
 * @cssprop --certinomis-color-surface - Card background.
 * @cssprop --certinomis-color-border - Borders.
 * @cssprop --certinomis-color-danger - Errors.
 * @cssprop --certinomis-color-focus - Focus ring.
 * @cssprop --certinomis-font-family - Font stack.
 * @cssprop --certinomis-radius - Corner radius.
 * @cssprop --certinomis-spacing - Base spacing unit.
 */
@customElement('certinomis-order')
export class CertinomisOrder extends LitElement {
  static override styles = [tokens, orderStyles];

  @property() api = '';
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;
  @property() locale = 'fr';
  @property() mode: 'purchase' | 'space' = 'purchase';
  @property() product: string | null = null;

  @provide({ context: orderContext })
  @state()
  protected context!: OrderContext;

  @state() private load: Load = { state: 'loading' };

  private abort: AbortController | null = null;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('api') || changed.has('partnerKey') || changed.has('locale') || !this.context) {
      const locale = toLocale(this.locale);
      this.context = {
        locale,
        client: new ApiClient({
          baseUrl: this.api || globalThis.location.origin,
          partnerKey: this.partnerKey,
          locale,
        }),
      };
      void this.fetchCatalog();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Moved in the DOM (disconnect + connect): resume the load the disconnect aborted.
    if (this.hasUpdated && this.load.state === 'loading') void this.fetchCatalog();
  }

  /** Loads (or reloads) the catalogue; the UI shows loading, then the list or a readable error. */
  async fetchCatalog(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.load = { state: 'loading' };
    try {
      const catalog = await this.context.client.getCatalog(abort.signal);
      if (!abort.signal.aborted) this.load = { state: 'ready', catalog };
    } catch (error) {
      if (abort.signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      this.load = { state: 'error', error: apiError };
      this.emit('certinomis:error', {
        status: apiError.status,
        title: apiError.problem?.title ?? t(this.context.locale, 'catalog.unreachable'),
      });
    }
  }

  override render() {
    const { locale } = this.context;
    switch (this.load.state) {
      case 'loading':
        return html`<div class="status" role="status" aria-live="polite">
          ${t(locale, 'catalog.loading')}
        </div>`;
      case 'error': {
        const { error } = this.load;
        return html`<div class="error" role="alert">
          <strong>
            ${error.isNetwork ? t(locale, 'catalog.unreachable') : t(locale, 'catalog.failed')}
          </strong>
          <p>
            ${
              error.isNetwork
                ? t(locale, 'catalog.unreachableHint')
                : (error.problem?.detail ?? error.message)
            }
          </p>
          <button class="primary" @click=${() => this.fetchCatalog()}>
            ${t(locale, 'catalog.retry')}
          </button>
        </div>`;
      }
      case 'ready': {
        const { products } = this.load.catalog;
        if (products.length === 0) {
          return html`<div class="status">${t(locale, 'catalog.empty')}</div>`;
        }
        return html`<div class="frame">
          <certinomis-product-list
            .products=${products}
            @certinomis-product-select=${this.onSelect}
          ></certinomis-product-list>
        </div>`;
      }
    }
    return nothing;
  }

  private onSelect(event: CustomEvent<{ code: string }>) {
    this.product = event.detail.code;
    this.emit('certinomis:step', { step: 'quantity', product: event.detail.code });
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-order': CertinomisOrder;
  }
}
