import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogProduct } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { formatMoney } from '../format.ts';
import { shellText } from '../i18n/shell.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { productListStyles } from './product-list.styles.ts';

/** A card's shape without its content (an empty label, blurb, price, validity and buttons). */
const emptyCard = () =>
  html`<li class="empty" aria-hidden="true">
    <h3>&nbsp;</h3>
    <p class="blurb">&nbsp;</p>
    <p class="price">&nbsp;</p>
    <span class="validity">&nbsp;</span>
    <div class="actions">
      <button class="primary" disabled tabindex="-1">&nbsp;</button>
      <button class="link" disabled tabindex="-1">&nbsp;</button>
    </div>
  </li>`;

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

  /** The buyer's language (a property: no context needed for one value). */
  @property({ attribute: false }) locale: Locale = 'fr';

  @property({ attribute: false }) products: CatalogProduct[] = [];
  /**
   * While the catalogue loads: the same heading and intro, and three empty cards of the real
   * ones' shape, so that the page does not move when the products arrive (the element
   * reserves its space).
   */
  @property({ type: Boolean }) placeholder = false;
  /** The product whose Commander was clicked while the purchase is loading: busy at once. */
  @property({ attribute: false }) busy: string | null = null;

  @state() private expanded = new Set<string>();

  override render() {
    const { locale } = this;
    return html`
      <h2 tabindex="-1">${shellText(locale, 'catalog.heading')}</h2>
      <p class="intro">${shellText(locale, 'catalog.intro')}</p>
      <ul class="cards">
        ${this.placeholder ? [0, 1, 2].map(emptyCard) : this.products.map((p) => this.renderCard(p))}
      </ul>
    `;
  }

  private renderCard(product: CatalogProduct) {
    const { locale } = this;
    const open = this.expanded.has(product.code);
    const validity = shellText(
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
          ${formatMoney(product.priceHt, locale)} <small>${shellText(locale, 'product.ht')}</small>
        </p>
        <span class="validity">${validity}</span>
        <ul class="features" id=${detailsId} ?hidden=${!open}>
          ${product.features.map((feature) => html`<li>${feature}</li>`)}
        </ul>
        <div class="actions">
          <button
            class="primary"
            part="order-button"
            aria-busy=${this.busy === product.code ? 'true' : 'false'}
            aria-label=${shellText(locale, 'product.orderLabel', { label: product.label })}
            @click=${() => this.select(product.code)}
          >
            ${shellText(locale, 'product.order')}
          </button>
          <button
            class="link"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${detailsId}
            aria-label=${shellText(locale, 'product.moreLabel', { label: product.label })}
            @click=${() => this.toggle(product.code)}
          >
            ${shellText(locale, open ? 'product.less' : 'product.more')}
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
