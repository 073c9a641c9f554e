import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogResponse } from '../machines/contract.ts';
import type { Locale } from '../machines/messages/locales.ts';
import type { PurchaseState } from '../machines/purchase.machine.ts';
import { ApiClient, ApiError } from './api-client.ts';
import { loadChunk, prefetchChunk } from './chunks.ts';
import type { OrderContext } from './context.ts';
import { type Chunk, type Load, scriptOrigin, whenIdle } from './element-support.ts';
import { loadLanguage, toLocale, uiText } from './i18n/element.ts';
import type { CertinomisPurchase, FillValues } from './purchase/certinomis-purchase.ts';
import './purchase/product-list.ts';
import { hasSavedPurchase } from './purchase/storage-key.ts';
import {
  adoptBrand,
  type Brand,
  brandBar,
  brandOf,
  brandStyles,
  rememberedLocale,
  rememberLocale,
} from './ui/brand.ts';
import { emit, emitError } from './ui/events.ts';
import { frameStyles } from './ui/frame.styles.ts';
import { LanguageLoader } from './ui/language.ts';
import { noticeStyles } from './ui/notice.styles.ts';
import { catalogFailure, unreachable, waiting } from './ui/notices.ts';
import { tokens } from './ui/tokens.styles.ts';

export type { FillValues } from './purchase/certinomis-purchase.ts';

/**
 * `<certinomis-order>`: order a CERTINOMIS qualified signature certificate
 * from any partner page — one script, one tag.
 *
 * The tag loads the partner's catalogue and shows it; the purchase (`<certinomis-purchase>`)
 * and the client space (`mode="space"`) are lazy chunks. How it loads, restores, brands itself
 * and retries is told in docs/element.md.
 *
 * The element has no slots: everything it shows is its own.
 *
 * @attr api - Base URL of the certinomis-order API (default: the origin this script was loaded
 *   from, so `<script src="https://api…/widget/v…/certinomis-order.js">` needs no `api`).
 * @attr partner-key - The partner's publishable key, sent as `X-Partner-Key`.
 * @attr locale - `fr` or `en`. Unset: the partner's default language (its branding; French
 *   when unknown), remembered for the tab so that the next page starts in it.
 * @attr mode - `purchase` (default) or `space`: the client space (Connexion, S'enregistrer, the
 *   e-mailed login link, the dashboard of the dossiers, a dossier's screens), loaded on demand as
 *   a separate chunk. It reads `?login=`, `?verify=`, `?reset=`, `?deny=` (links of the account
 *   e-mails, removed from the address once read), `?email=`, `?order=` and `?renew=` (the renewal
 *   reminder's link: once logged in, the certificate's pre-filled renewal opens).
 * @attr product - A product code (e.g. `OPE-AES-CAP-1A`) to preselect: the list is skipped.
 *
 * @prop {string} api - The `api` attribute.
 * @prop {string | null} partnerKey - The `partner-key` attribute.
 * @prop {string | null} locale - The `locale` attribute (null: the partner's default language).
 * @prop {'purchase' | 'space'} mode - The `mode` attribute.
 * @prop {string | null} product - The `product` attribute.
 * @prop {PurchaseState | null} state - (read-only, developers) The purchase machine's state:
 *   `products`, `quantity`, `identification`, `options`, `payment`, `review`, `submitting`,
 *   `confirmed`; null before the catalogue (and in the space).
 * @method fill - `fill({ customer, billing, payment, options })` (developers, "remplir avec des
 *   données de test"): types the given values as a buyer would, on the order form.
 *
 * @fires {CertinomisEventDetails['certinomis:step']} certinomis:step - `{ step, product }` on every screen change of the purchase (and its
 *   first screen): `products`, `quantity`, `identification`, `options`, `payment`, `review`,
 *   `confirmed`. In the space, `{ step, mode: 'space' }` with the screen: `login`,
 *   `awaitingLink`, `verifyingLink`, `approved`, `linkInvalid`, `register`, `registered`,
 *   `verifyingEmail`, `forgotPassword`, `resetRequested`, `resetPassword`, `dashboard`,
 *   `dashboardAll`, `loggingOut`.
 * @fires {CertinomisEventDetails['certinomis:order-placed']} certinomis:order-placed - `{ reference, totals, totalTTC }` once the order is placed
 *   (amounts in cents).
 * @fires {CertinomisEventDetails['certinomis:error']} certinomis:error - `{ status, title }` when the API cannot be used (status 0: network),
 *   in the purchase and in the space.
 * @fires {CertinomisEventDetails['certinomis:state']} certinomis:state - `{ state, event }` on every transition of the purchase machine
 *   (developer tools).
 * @fires {CertinomisEventDetails['certinomis:locale']} certinomis:locale - `{ locale }` (space) when the buyer picks a language in the space's
 *   header; the element's `locale` follows.
 * @fires {CertinomisEventDetails['certinomis:dossier-open']} certinomis:dossier-open - `{ id }` (space) when the pen of a dossier row is clicked:
 *   the dossier's screens open in place of the lists.
 * @fires {CertinomisEventDetails['certinomis:dossier-submitted']} certinomis:dossier-submitted - `{ id, status }` (space) when a dossier leaves editing
 *   (signed online: `in_review`/`awaiting_payment`; signed by hand: `awaiting_paper`).
 *
 * @csspart brand - (purchase) the bar at the top: logo, partner's name, test badge.
 * @csspart logo - the partner's logo (purchase and space).
 * @csspart test-badge - "Mode test" / "Test mode", shown for a test key (orders never fulfilled).
 * @csspart card - a product card, an option.
 * @csspart order-button - a product's Commander button, and the final Commander.
 * @csspart stepper - the numbered steps of the order form.
 * @csspart buttons - the button bar (Annuler, Réinitialiser, ← Retour, Suivant → / Commander).
 * @csspart field - each form field (label, control, helper and error texts).
 * @csspart summary - the récapitulatif (lines and totals).
 * @csspart submit - (space) the main button of a form (Connexion, S'enregistrer…).
 * @csspart dossier-button - (space) the pen button of a dossier row.
 * @csspart language - (space) the language selector.
 * @csspart logout - (space) Se déconnecter.
 *
 * @cssprop --certinomis-color-primary - Buttons, links, active step (default: the branding's
 *   `colors.primary`, else #1d4f91).
 * @cssprop --certinomis-color-primary-contrast - Text on primary (default: the branding's
 *   `colors.onPrimary`, else #fff).
 * @cssprop --certinomis-color-accent - The brand bar's rule, the test badge, and the focus ring
 *   unless `--certinomis-color-focus` is set (default: the branding's `colors.accent`, else
 *   #f59e0b).
 * @cssprop --certinomis-color-text - Body text.
 * @cssprop --certinomis-color-muted - Secondary text.
 * @cssprop --certinomis-color-surface - Card background.
 * @cssprop --certinomis-color-surface-alt - Récapitulatif and badges background.
 * @cssprop --certinomis-color-border - Borders.
 * @cssprop --certinomis-color-danger - Errors and the required mark.
 * @cssprop --certinomis-color-focus - Focus ring (default: the accent).
 * @cssprop --certinomis-font-family - Font stack (default: the branding's `font`, else
 *   system-ui).
 * @cssprop --certinomis-radius - Corner radius.
 * @cssprop --certinomis-spacing - Base spacing unit.
 */
@customElement('certinomis-order')
export class CertinomisOrder extends LitElement {
  static override styles = [tokens, frameStyles, noticeStyles, brandStyles];

  /** Base URL of the API (default: the origin this script was loaded from). */
  @property() api = '';
  /** The partner's publishable key, sent as `X-Partner-Key`. */
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;
  /** `fr` or `en`; null (no attribute): the partner's default language. */
  @property() locale: string | null = null;
  /** `purchase` (default) or `space` (the client space). */
  @property() mode: 'purchase' | 'space' = 'purchase';
  /** A product code to preselect: the list is skipped. */
  @property() product: string | null = null;

  /** The locale and API client every screen uses (given to them as a property). */
  @state() protected context!: OrderContext;
  /** The tables of a language other than French, fetched when it is used. */
  private readonly language = new LanguageLoader(this, () => this.context?.locale ?? 'fr');

  @state() private load: Load = { state: 'loading' };
  /** The partner's name, logo, colours and mode, once the catalogue said them. */
  @state() private brand: Brand | null = null;
  /** The partner's default language (last seen in this tab, then the catalogue's). */
  private brandLocale: Locale | null = null;
  private brandSheet: CSSStyleSheet | null = null;
  /** The client space's chunk (`mode="space"`), imported on first use. */
  @state() private space: Chunk = 'idle';
  /** The purchase's chunk: `idle` while the catalogue's list (here) is all the buyer needs. */
  @state() private purchaseChunk: Chunk = 'idle';
  /** The purchase, created once and kept (a new catalogue or locale keeps it running). */
  private purchase: CertinomisPurchase | null = null;
  /** What the purchase starts with: the page's product, or the card the buyer chose here. */
  private purchaseStart: { product: string | null; chosen: string | null } | null = null;
  /** The list's first `certinomis:step`/`certinomis:state` were fired (once, as the machine would). */
  private listAnnounced = false;
  private abort: AbortController | null = null;
  private purchaseLoad: Promise<void> | null = null;

  /** The purchase machine's state (`products`, …, `confirmed`), null before the catalogue. */
  get state(): PurchaseState | null {
    if (this.purchaseStart) return this.purchase?.state ?? null;
    return this.mode !== 'space' && this.load.state === 'ready' ? 'products' : null;
  }

  /**
   * Dev/test aid ("remplir avec des données de test"): sends `purchase.update` for each given
   * section, as if typed (billing also ticks "Les informations de facturation sont
   * différentes"). The machine only accepts it on the order form (identification onwards).
   */
  fill(values: FillValues): void {
    this.purchase?.fill(values);
  }

  /** Resolves once the element and its purchase have rendered the last change. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!this.language.ready()) {
      await this.language.settled;
      done = await super.getUpdateComplete();
    }
    return (await this.purchase?.updateComplete) ?? done;
  }

  /** The API's base URL: the `api` attribute, else the origin this script was loaded from. */
  private get apiBase(): string {
    return new URL(this.api || scriptOrigin, globalThis.location.href).href;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.context || changed.has('partnerKey')) {
      this.brandLocale = rememberedLocale(this.partnerKey);
    }
    const wanted = toLocale(this.locale || this.brandLocale);
    // A switch to a language whose tables are still on their way keeps the current one (the
    // screens stay, in the language they were in) until they are there.
    const locale = !this.context || this.language.ready(wanted) ? wanted : this.context.locale;
    const partnerChanged =
      !this.context || changed.has('api') || changed.has('partnerKey') || changed.has('mode');
    const renewed = partnerChanged || locale !== this.context.locale;
    if (renewed) {
      this.context = {
        locale,
        client: new ApiClient({ baseUrl: this.apiBase, partnerKey: this.partnerKey, locale }),
      };
    }
    if (this.mode === 'space') {
      if (this.space === 'idle') void this.loadSpace();
      // The space needs the catalogue for the partner's branding only, in any language; without
      // a key (CERTINOMIS's own client space) there is no partner to ask about.
      if (partnerChanged) {
        if (this.partnerKey) void this.fetchCatalog();
        else this.forgetBrand();
      }
    } else if (renewed) {
      void this.fetchCatalog();
    }
    if (changed.has('product') && this.product && this.load.state === 'ready') {
      this.choose(this.product);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Moved in the DOM (disconnect + connect): resume the load the disconnect aborted.
    if (this.hasUpdated && this.load.state === 'loading' && this.needsCatalog) {
      void this.fetchCatalog();
    }
  }

  /** Imports the client space's chunk (kept out of the purchase bundle). */
  loadSpace(): Promise<void> {
    return this.importChunk('space', () =>
      loadChunk('space', () => import('./space/client-space.ts')),
    );
  }

  /** Imports the purchase's chunk (the shell shows the catalogue without it). */
  loadPurchase(): Promise<void> {
    if (this.purchaseChunk === 'loading' || this.purchaseChunk === 'ready') {
      this.requestUpdate();
      return this.purchaseLoad ?? Promise.resolve();
    }
    this.purchaseLoad = this.importChunk('purchaseChunk', () =>
      loadChunk('purchase', () => import('./purchase/certinomis-purchase.ts')),
    );
    return this.purchaseLoad;
  }

  /**
   * The buyer shows intent (pointer over, or focus in, the list): the purchase's chunk starts
   * loading, so that Commander finds it there. Also run when the page is idle after the list.
   */
  private prefetchPurchase = () => {
    if (this.purchaseChunk === 'idle') void this.loadPurchase();
  };

  /** Imports a lazy part of the element; its state says loading, then ready or error. */
  private async importChunk(part: 'space' | 'purchaseChunk', load: () => Promise<unknown>) {
    this[part] = 'loading';
    try {
      await load();
      // The chunk's own tables, in the buyer's language, before its first screen.
      await loadLanguage(this.context.locale).catch(() => undefined);
      this[part] = 'ready';
    } catch {
      this[part] = 'error';
    }
  }

  /** The buyer chose a product (a card's Commander), or the page preselected one. */
  private choose(product: string) {
    if (this.purchase) this.purchase.selectProduct(product);
    else this.startPurchase({ product: null, chosen: product });
  }

  private startPurchase(start: { product: string | null; chosen: string | null }) {
    if (this.purchaseStart && !this.purchase) this.purchaseStart.chosen = start.chosen;
    this.purchaseStart ??= start;
    // Loading (or loaded) already: loadPurchase returns the load under way; after a failed
    // prefetch, Commander tries again.
    void this.loadPurchase();
  }

  /**
   * Loads (or reloads) the catalogue; the UI shows loading, then the list or a readable error.
   * Its partner's branding is applied at once; without a `locale` attribute, a catalogue in
   * another language than the partner's is loaded again in the partner's (still loading).
   */
  async fetchCatalog(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.load = { state: 'loading' };
    try {
      const catalog = await this.context.client.getCatalog(abort.signal);
      if (abort.signal.aborted) return;
      this.applyBrand(brandOf(catalog.partner, this.apiBase));
      const preferred = this.brand?.branding.defaultLocale ?? 'fr';
      rememberLocale(this.partnerKey, preferred);
      if (this.brandLocale !== preferred) {
        this.brandLocale = preferred;
        this.requestUpdate();
        // willUpdate asks for the catalogue again, in the partner's language.
        if (!this.locale && this.mode !== 'space' && preferred !== this.context.locale) return;
      }
      if (this.mode !== 'space') this.showCatalog();
      this.load = { state: 'ready', catalog };
    } catch (error) {
      if (abort.signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      this.load = { state: 'error', error: apiError };
      // The client space works without the catalogue (CERTINOMIS's look), and says its own errors.
      if (this.mode !== 'space') {
        emitError(this, apiError, uiText(this.context.locale, 'catalog.unreachable'));
      }
    }
  }

  /**
   * The first catalogue: the purchase starts at once for a preselected product or a purchase to
   * restore; otherwise the list is the first screen, announced as the machine would announce it.
   */
  private showCatalog() {
    if (this.purchaseStart || this.listAnnounced) return;
    if (this.product || hasSavedPurchase(this.partnerKey)) {
      this.startPurchase({ product: this.product, chosen: null });
      return;
    }
    this.listAnnounced = true;
    // Once the page is idle, fetch the purchase before the buyer asks (a hint to the browser
    // too: `<link rel="modulepreload">` with the chunk's integrity).
    prefetchChunk('purchase');
    whenIdle(this.prefetchPurchase);
    emit(this, 'certinomis:state', { state: 'products', event: null });
    emit(this, 'certinomis:step', { step: 'products', product: null });
  }

  /** The purchase always; the client space for its partner's branding, when it has a key. */
  private get needsCatalog(): boolean {
    return this.mode !== 'space' || Boolean(this.partnerKey);
  }

  /** Back to CERTINOMIS's own look (a client space without a partner key). */
  private forgetBrand() {
    this.abort?.abort();
    this.brand = null;
    this.brandSheet?.replaceSync('');
  }

  /** Shows the partner's name, logo and badge, and applies its colours and font. */
  private applyBrand(brand: Brand) {
    this.brand = brand;
    this.brandSheet = adoptBrand(this.renderRoot, brand, this.brandSheet);
  }

  override render() {
    const { locale } = this.context;
    // Another language's tables not there yet: a neutral wait, never the other language.
    if (!this.language.ready()) return waiting('…');
    if (this.mode === 'space') return this.renderSpace();
    switch (this.load.state) {
      case 'loading':
        return waiting(uiText(locale, 'catalog.loading'));
      case 'error':
        return catalogFailure(locale, this.load.error, () => this.fetchCatalog());
      case 'ready': {
        const { catalog } = this.load;
        if (catalog.products.length === 0) {
          return html`<div class="status">${uiText(locale, 'catalog.empty')}</div>`;
        }
        return html`<div class="frame">
          ${this.brand ? brandBar(this.brand, locale) : nothing}${this.renderPurchase(catalog)}
        </div>`;
      }
    }
    return nothing;
  }

  /** The shell's list until a purchase starts, then the purchase (its chunk loaded). */
  private renderPurchase(catalog: CatalogResponse) {
    const { locale } = this.context;
    const start = this.purchaseStart;
    if (start && this.purchaseChunk === 'ready') return this.purchaseFor(catalog, start);
    if (start && this.purchaseChunk === 'error') {
      return unreachable(locale, () => this.loadPurchase());
    }
    if (start && !start.chosen) return waiting(uiText(locale, 'purchase.loading'));
    return html`<certinomis-product-list
      data-screen
      exportparts="card, order-button"
      .locale=${locale}
      .busy=${start?.chosen ?? null}
      .products=${catalog.products}
      @pointerenter=${this.prefetchPurchase}
      @focusin=${this.prefetchPurchase}
      @certinomis-product-select=${(event: CustomEvent<{ code: string }>) =>
        this.choose(event.detail.code)}
    ></certinomis-product-list>`;
  }

  /** The `<certinomis-purchase>` element, created once, given the current catalogue and locale. */
  private purchaseFor(catalog: CatalogResponse, start: NonNullable<typeof this.purchaseStart>) {
    let purchase = this.purchase;
    if (!purchase) {
      purchase = document.createElement('certinomis-purchase');
      purchase.setAttribute('exportparts', 'card, order-button, stepper, buttons, field, summary');
      purchase.product = start.product;
      purchase.chosen = start.chosen;
      this.purchase = purchase;
    }
    purchase.context = this.context;
    purchase.catalog = catalog;
    purchase.partnerKey = this.partnerKey;
    return purchase;
  }

  private renderSpace() {
    const { locale } = this.context;
    // Shown once the branding is known (or known to be unavailable): no flash of another look.
    if (
      this.space === 'ready' &&
      (this.brand || !this.needsCatalog || this.load.state === 'error')
    ) {
      return html`<certinomis-client-space
        exportparts="field, submit, dossier-button, language, logout, logo, test-badge"
        .api=${this.apiBase}
        .brand=${this.brand}
        partner-key=${this.partnerKey ?? nothing}
        locale=${locale}
        @certinomis:locale=${(event: CustomEvent<{ locale: string }>) => {
          this.locale = event.detail.locale;
        }}
      ></certinomis-client-space>`;
    }
    return this.space === 'error'
      ? unreachable(locale, () => this.loadSpace())
      : waiting(uiText(locale, 'space.loading'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-order': CertinomisOrder;
  }
}
