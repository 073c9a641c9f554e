import { consume } from '@lit/context';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogProduct } from '../../machines/contract.ts';
import { type OrderContext, orderContext } from '../context.ts';
import { formatMoney } from '../format.ts';
import { t } from '../i18n/index.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { productListStyles } from './product-list.styles.ts';

/**
 * "Liste des produits": one card per validity with its price before tax.
 *
 * @fires certinomis-product-select - `{ code }` when the buyer clicks Commander (internal).
 * @csspart card - each product card.
 * @csspart order-button - the Commander button.
 */
@customElement('certinomis-product-list')
export class CertinomisProductList extends LitElement {
  static override styles = [tokens, productListStyles];

  @consume({ context: orderContext, subscribe: true })
  @property({ attribute: false })
  context!: OrderContext;

  @property({ attribute: false }) products: CatalogProduct[] = [];

  @state() private expanded = new Set<string>();

  override render() {
    const { locale } = this.context;
    return html`
      <h2 tabindex="-1">${t(locale, 'catalog.heading')}</h2>
      <p class="intro">${t(locale, 'catalog.intro')}</p>
      <ul class="cards">
        ${this.products.map((product) => this.renderCard(product))}
      </ul>
    `;
  }

  private renderCard(product: CatalogProduct) {
    const { locale } = this.context;
    const open = this.expanded.has(product.code);
    const validity = t(
      locale,
      product.validityYears === 1 ? 'product.validity.one' : 'product.validity.other',
      { n: product.validityYears },
    );
    const detailsId = `details-${product.code}`;
    return html`
      <li class="card" part="card" data-code=${product.code}>
        <h3>${product.label}</h3>
        <p class="blurb">${product.blurb}</p>
        <p class="price">
          ${formatMoney(product.priceHt, locale)} <small>${t(locale, 'product.ht')}</small>
        </p>
        <span class="validity">${validity}</span>
        <ul class="features" id=${detailsId} ?hidden=${!open}>
          ${product.features.map((feature) => html`<li>${feature}</li>`)}
        </ul>
        <div class="actions">
          <button
            class="primary"
            part="order-button"
            aria-label=${t(locale, 'product.orderLabel', { label: product.label })}
            @click=${() => this.select(product.code)}
          >
            ${t(locale, 'product.order')}
          </button>
          <button
            class="link"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${detailsId}
            aria-label=${t(locale, 'product.moreLabel', { label: product.label })}
            @click=${() => this.toggle(product.code)}
          >
            ${t(locale, open ? 'product.less' : 'product.more')}
          </button>
        </div>
      </li>
    `;
  }

  /** Moves focus to the screen's heading (after a step change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private toggle(code: string) {
    const next = new Set(this.expanded);
    if (!next.delete(code)) next.add(code);
    this.expanded = next;
  }

  private select(code: string) {
    this.dispatchEvent(
      new CustomEvent('certinomis-product-select', {
        detail: { code },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-product-list': CertinomisProductList;
  }
}
