import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogResponse, RenewalStart } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { ApiClient } from '../api-client.ts';
import { loadChunk } from '../chunks.ts';
import type { OrderContext } from '../context.ts';
import { dashboardText } from '../i18n/dashboard.ts';
import { loadLanguage } from '../i18n/element.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { listStyles } from './lists.styles.ts';
import { spaceStyles } from './space.styles.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; catalog: CatalogResponse }
  | { state: 'error' };

/**
 * Renouveler: the purchase (`<certinomis-purchase>`, its chunk loaded on this intent only),
 * started pre-filled for the expiring certificate — same product, quantity 1, its buyer and
 * organisation; the USB reader is not forced. The order goes through the same `POST /v1/orders`
 * with `renewalOf`, through the space's partner key, else the one the certificate was bought with.
 *
 * @fires certinomis-space-renewal-close - `← Retour au tableau de bord`.
 */
@customElement('certinomis-space-renewal')
export class CertinomisSpaceRenewal extends LitElement {
  static override styles = [tokens, spaceStyles, listStyles];

  @property({ attribute: false }) start!: RenewalStart;
  @property() api = '';
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;
  @property() locale: Locale = 'fr';

  @state() private load: Load = { state: 'loading' };
  private context: OrderContext | null = null;

  private get key(): string | null {
    return this.partnerKey ?? this.start.partnerKey;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.context || changed.has('locale') || changed.has('api') || changed.has('partnerKey')) {
      const baseUrl = new URL(this.api || globalThis.location.origin, globalThis.location.href)
        .href;
      this.context = {
        locale: this.locale,
        client: new ApiClient({ baseUrl, partnerKey: this.key, locale: this.locale }),
      };
      if (this.load.state !== 'ready') void this.fetch();
    }
  }

  /** The catalogue (the purchase needs its products and options) and the purchase's chunk. */
  private async fetch() {
    const context = this.context;
    if (!context) return;
    this.load = { state: 'loading' };
    try {
      const [catalog] = await Promise.all([
        context.client.getCatalog(),
        loadChunk('purchase', () => import('../purchase/certinomis-purchase.ts')),
      ]);
      await loadLanguage(context.locale).catch(() => undefined);
      this.load = { state: 'ready', catalog };
    } catch {
      this.load = { state: 'error' };
    }
  }

  /** The heading, for the space's focus move. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const { locale } = this;
    return html`
      <button type="button" class="link back" @click=${this.close}>
        ${dashboardText(locale, 'renewal.back')}
      </button>
      <h2 tabindex="-1">${dashboardText(locale, 'renewal.heading', { reference: this.start.orderReference })}</h2>
      <p class="intro">${dashboardText(locale, 'renewal.intro')}</p>
      ${this.renderPurchase()}
    `;
  }

  private renderPurchase() {
    const { load, context, locale } = this;
    if (load.state === 'loading' || !context) {
      return html`<p class="status" role="status">${dashboardText(locale, 'renewal.loading')}</p>`;
    }
    if (load.state === 'error') {
      return html`<div class="alert" role="alert">
        <p>${dashboardText(locale, 'renewal.failed')}</p>
        <button type="button" class="secondary" @click=${() => this.fetch()}>
          ${dashboardText(locale, 'renewal.retry')}
        </button>
      </div>`;
    }
    return html`<certinomis-purchase
      exportparts="card, order-button, stepper, buttons, field, summary"
      .context=${context}
      .catalog=${load.catalog}
      .renewal=${this.start}
      partner-key=${this.key ?? nothing}
    ></certinomis-purchase>`;
  }

  private close = () => {
    this.dispatchEvent(
      new CustomEvent('certinomis-space-renewal-close', { bubbles: true, composed: true }),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-renewal': CertinomisSpaceRenewal;
  }
}
