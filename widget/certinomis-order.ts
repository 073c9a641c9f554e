import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type AnyEventObject, fromPromise } from 'xstate';
import type { CatalogResponse, OrderResponse, OrganisationResponse } from '../machines/contract.ts';
import { type Locale, translate } from '../machines/messages/index.ts';
import type {
  BillingDraft,
  CustomerDraft,
  OptionsDraft,
  PaymentDraft,
} from '../machines/purchase/context.ts';
import {
  lookupStatusOf,
  type OrganisationLookupStatus,
} from '../machines/purchase/organisation.ts';
import { STEPS } from '../machines/purchase/step-issues.ts';
import {
  type OrderRequestDraft,
  type PurchaseEvent,
  type PurchaseState,
  purchaseMachine,
} from '../machines/purchase.machine.ts';
import { siretProblem } from '../machines/rules/siret.ts';
import { ApiClient, ApiError } from './api-client.ts';
import { orderStyles } from './certinomis-order.styles.ts';
import { type OrderContext, orderContext } from './context.ts';
import { fieldLabel, t, toLocale } from './i18n/index.ts';
import { MachineController } from './machine-controller.ts';
import './purchase/confirmation-step.ts';
import { orderOf } from './purchase/confirmation-step.ts';
import { type Flow, firstStepOf } from './purchase/flow.ts';
import './purchase/identification-step.ts';
import './purchase/options-step.ts';
import './purchase/payment-step.ts';
import {
  type IdempotencyRecord,
  loadPurchase,
  newIdempotencyKey,
  savePurchase,
  storageKey,
} from './purchase/persist.ts';
import type { CertinomisProductList } from './purchase/product-list.ts';
import './purchase/product-list.ts';
import './purchase/quantity-step.ts';
import './purchase/review-step.ts';
import type { StepElement } from './purchase/step-element.ts';
import {
  adoptBrand,
  type Brand,
  brandBar,
  brandOf,
  brandStyles,
  rememberedLocale,
  rememberLocale,
} from './ui/brand.ts';
import type { ButtonAction } from './ui/button-bar.ts';
import './ui/button-bar.ts';
import './ui/stepper.ts';
import { tokens } from './ui/tokens.styles.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; catalog: CatalogResponse }
  | { state: 'error'; error: ApiError };

type PurchaseFlow = MachineController<typeof purchaseMachine>;
type PurchaseSnapshot = PurchaseFlow['snapshot'];

/** Values for {@link CertinomisOrder.fill}, as a buyer would type them. */
export interface FillValues {
  customer?: CustomerDraft;
  billing?: BillingDraft;
  payment?: PaymentDraft;
  options?: Partial<OptionsDraft>;
}

/** The states where the order form (and the SIRET lookup) is on screen. */
const FORM_STATES: readonly PurchaseState[] = [
  'identification',
  'options',
  'payment',
  'review',
  'submitting',
];
const FORM_STEPS = ['identification', 'options', 'payment'] as const;
/** Filled from the SIRET lookup: the customer field and the answer's field. */
const LOOKUP_FIELDS = [
  ['companyName', 'name'],
  ['address', 'address'],
  ['postalCode', 'postalCode'],
  ['city', 'city'],
] as const;

/** Where this module was loaded from: the API that serves it, by default. */
const scriptOrigin = (() => {
  try {
    const origin = new URL(import.meta.url).origin;
    return origin === 'null' ? globalThis.location.origin : origin;
  } catch {
    return globalThis.location.origin;
  }
})();

/**
 * `<certinomis-order>`: order a CERTINOMIS qualified signature certificate
 * from any partner page — one script, one tag.
 *
 * The purchase runs the shared `purchaseMachine` (machines/): Liste des produits → Commande du
 * certificat → Formulaire de commande (1 Identification client, 2 Options, 3 Paiement) →
 * Récapitulatif et CGV → Commander → confirmation. What the buyer typed survives a reload
 * (sessionStorage, per partner key); the order is sent with one Idempotency-Key per request,
 * reused on retries, so a retry never orders twice.
 *
 * Branding: the catalogue (`GET /v1/catalog`) names the partner of the key and its branding
 * (display name, logo, colours, font, default language). The element shows the name and logo
 * at its top (the client space: in its title) with a "Mode test" badge for a test key, and
 * applies colours and font as defaults of its `--certinomis-*` properties (a constructed
 * stylesheet, allowed by a strict CSP): whatever the page sets on `certinomis-order` (or an
 * ancestor) still wins, and the built-in look is the last fallback.
 *
 * @attr api - Base URL of the certinomis-order API (default: the origin this script was loaded
 *   from, so `<script src="https://api…/widget/v…/certinomis-order.js">` needs no `api`).
 * @attr partner-key - The partner's publishable key, sent as `X-Partner-Key`.
 * @attr locale - `fr` or `en`. Unset: the partner's default language (its branding; French
 *   when unknown), remembered for the tab so that the next page starts in it.
 * @attr mode - `purchase` (default) or `space`: the client space (Connexion, S'enregistrer, the
 *   e-mailed login link, the dashboard of the dossiers), loaded on demand as a separate chunk so
 *   that the purchase bundle does not carry it. It reads `?login=`, `?verify=`, `?reset=` (links
 *   of the account e-mails, removed from the address once read), `?email=` and `?order=`.
 * @attr product - A product code (e.g. `OPE-AES-CAP-1A`) to preselect: the list is skipped.
 *
 * @fires certinomis:step - `{ step, product }` on every screen change (and the first screen):
 *   `products`, `quantity`, `identification`, `options`, `payment`, `review`, `confirmed`.
 * @fires certinomis:order-placed - `{ reference, totals, totalTTC }` once the order is placed
 *   (amounts in cents).
 * @fires certinomis:error - `{ status, title }` when the API cannot be used (status 0: network).
 * @fires certinomis:state - `{ state, event }` on every transition of the purchase machine
 *   (developer tools).
 * @fires certinomis:locale - `{ locale }` (space) when the buyer picks a language in the space's
 *   header; the element's `locale` follows.
 * @fires certinomis:dossier-open - `{ id }` (space) when the pen of a dossier row is clicked. The
 *   dossier screens come later: for now the element only tells the page.
 * In the space, `certinomis:step` carries `{ step, mode: 'space' }` with the screen: `login`,
 * `awaitingLink`, `verifyingLink`, `approved`, `linkInvalid`, `register`, `registered`,
 * `verifyingEmail`, `forgotPassword`, `resetRequested`, `resetPassword`, `dashboard`,
 * `dashboardAll`, `loggingOut`; and `certinomis:error` is fired too.
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
  static override styles = [tokens, orderStyles, brandStyles];

  @property() api = '';
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;
  /** `fr` or `en`; null (no attribute): the partner's default language. */
  @property() locale: string | null = null;
  @property() mode: 'purchase' | 'space' = 'purchase';
  @property() product: string | null = null;

  @provide({ context: orderContext })
  @state()
  protected context!: OrderContext;

  @state() private load: Load = { state: 'loading' };
  /** The partner's name, logo, colours and mode, once the catalogue said them. */
  @state() private brand: Brand | null = null;
  /** The partner's default language (last seen in this tab, then the catalogue's). */
  private brandLocale: Locale | null = null;
  private brandSheet: CSSStyleSheet | null = null;
  /** The client space's chunk (`mode="space"`), imported on first use. */
  @state() private space: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** Field errors of the API's last 422, by order-request path; cleared as fields change. */
  @state() private serverErrors: ReadonlyMap<string, string> = new Map();
  /** Text of the polite live region (refused steps, server errors). */
  @state() private announcement = '';

  private abort: AbortController | null = null;
  private flow: PurchaseFlow | null = null;
  private lastState: PurchaseState | null = null;
  private lastStep: string | null = null;
  private pendingFocus: 'heading' | 'error' | null = null;
  private idempotency: IdempotencyRecord | null = null;
  private lookupAbort: AbortController | null = null;
  /** The SIRET whose lookup is about to start (not twice for one change). */
  private lookupScheduled: string | null = null;
  /** The values the last SIRET lookup filled in (replaced by the next lookup unless edited). */
  private lookupFilled: Partial<Record<string, string>> = {};

  /** The purchase machine's state (`products`, …, `confirmed`), null before the catalogue. */
  get state(): PurchaseState | null {
    return this.flow ? (this.flow.snapshot.value as PurchaseState) : null;
  }

  /**
   * Dev/test aid ("remplir avec des données de test"): sends `purchase.update` for each given
   * section, as if typed (billing also ticks "Les informations de facturation sont
   * différentes"). The machine only accepts it on the order form (identification onwards).
   */
  fill(values: FillValues): void {
    if (values.customer)
      this.send({ type: 'purchase.update', section: 'customer', values: values.customer });
    if (values.billing) {
      this.send({ type: 'purchase.setBillingDifferent', value: true });
      this.send({ type: 'purchase.update', section: 'billing', values: values.billing });
    }
    if (values.options)
      this.send({ type: 'purchase.update', section: 'options', values: values.options });
    if (values.payment)
      this.send({ type: 'purchase.update', section: 'payment', values: values.payment });
  }

  /** The API's base URL: the `api` attribute, else the origin this script was loaded from. */
  private get apiBase(): string {
    return new URL(this.api || scriptOrigin, globalThis.location.href).href;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.context || changed.has('partnerKey')) {
      this.brandLocale = rememberedLocale(this.partnerKey);
    }
    const locale = toLocale(this.locale || this.brandLocale);
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
    if (changed.has('product') && this.product && this.flow) {
      this.send({ type: 'purchase.selectProduct', product: this.product });
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
  async loadSpace(): Promise<void> {
    this.space = 'loading';
    try {
      await import('./space/client-space.ts');
      this.space = 'ready';
    } catch {
      this.space = 'error';
    }
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
      if (this.mode !== 'space') this.startFlow(catalog);
      this.load = { state: 'ready', catalog };
    } catch (error) {
      if (abort.signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      this.load = { state: 'error', error: apiError };
      // The client space works without the catalogue (CERTINOMIS's look), and says its own errors.
      if (this.mode !== 'space') {
        this.emitError(apiError, t(this.context.locale, 'catalog.unreachable'));
      }
    }
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

  /** Creates the purchase actor once (restored from sessionStorage when a purchase was saved). */
  private startFlow(catalog: CatalogResponse) {
    if (this.flow) return;
    const machine = purchaseMachine.provide({
      actors: {
        submitOrder: fromPromise<unknown, OrderRequestDraft>(({ input }) => this.placeOrder(input)),
      },
    });
    const productCodes = catalog.products.map((product) => product.code);
    const saved = loadPurchase(storageKey(this.partnerKey));
    this.idempotency = saved?.idempotency ?? null;
    const snapshot = saved
      ? machine.resolveState({
          value: saved.state,
          context: {
            ...saved.context,
            // A lookup in flight when the page was left is done again.
            organisationStatus:
              saved.context.organisationStatus === 'pending'
                ? 'idle'
                : saved.context.organisationStatus,
            productCodes,
            order: null,
            submitError: null,
          },
        })
      : undefined;
    this.flow = new MachineController(this, machine, {
      input: { ...(this.product ? { product: this.product } : {}), productCodes },
      ...(snapshot ? { snapshot } : {}),
      onChange: (next, event) => this.onFlowChange(next, event),
    });
  }

  private send(event: PurchaseEvent) {
    if (!this.flow) return;
    this.forgetServerErrors(event);
    this.flow.send(event);
  }

  /** A field the buyer changes loses the API's error about it. */
  private forgetServerErrors(event: PurchaseEvent) {
    if (this.serverErrors.size === 0) return;
    let prefixes: string[] = [];
    if (event.type === 'purchase.update') {
      prefixes =
        'method' in event.values
          ? ['payment.']
          : Object.keys(event.values).map((key) => `${event.section}.${key}`);
    } else if (event.type === 'purchase.setBillingDifferent') prefixes = ['billing.'];
    else if (event.type === 'purchase.acceptCgv') prefixes = ['cgv'];
    else if (event.type === 'purchase.setQuantity') prefixes = ['quantity'];
    else if (event.type === 'purchase.cancel' || event.type === 'purchase.reset') prefixes = [''];
    const kept = [...this.serverErrors].filter(
      ([field]) => !prefixes.some((prefix) => field.startsWith(prefix)),
    );
    if (kept.length !== this.serverErrors.size) this.serverErrors = new Map(kept);
  }

  /**
   * Side effects of each machine change: events, persistence, focus, SIRET lookup. (Also runs
   * for the first snapshot, while `this.flow` is still being assigned: use `snapshot`.)
   */
  private onFlowChange(snapshot: PurchaseSnapshot, event: AnyEventObject | null) {
    const state = snapshot.value as PurchaseState;
    const { context } = snapshot;
    const { order: _order, submitError: _error, ...kept } = context;
    const previous = this.lastState;
    this.lastState = state;
    this.emit('certinomis:state', { state, event });

    savePurchase(
      storageKey(this.partnerKey),
      state === 'confirmed'
        ? null
        : {
            v: 1,
            state: state === 'submitting' ? 'review' : state,
            context: kept,
            idempotency: this.idempotency,
          },
    );

    const step = state === 'submitting' ? 'review' : state;
    if (step !== this.lastStep) {
      if (this.lastStep !== null) this.pendingFocus = 'heading';
      this.lastStep = step;
      this.emit('certinomis:step', { step, product: context.product });
    }

    if (previous === 'submitting' && state === 'confirmed') {
      const order = orderOf(context.order);
      if (order) {
        this.emit('certinomis:order-placed', {
          reference: order.reference,
          totals: order.totals,
          totalTTC: order.totals.ttc,
        });
      }
    }
    if (previous === 'submitting' && state === 'review') this.onOrderRefused(context.submitError);

    const siret = context.customer.siret ?? '';
    if (
      context.organisationStatus === 'idle' &&
      FORM_STATES.includes(state) &&
      siretProblem(siret) === null &&
      this.lookupScheduled !== siret
    ) {
      this.lookupScheduled = siret;
      queueMicrotask(() => {
        this.lookupScheduled = null;
        void this.lookupOrganisation(siret);
      });
    }
  }

  /** A 422: errors next to their fields, and back to the first step that has one. */
  private onOrderRefused(error: unknown) {
    const errors = error instanceof ApiError && error.status === 422 ? error.problem?.errors : null;
    if (!errors?.length) {
      if (error instanceof ApiError)
        this.announce(error.problem?.title ?? t(this.context.locale, 'catalog.unreachable'));
      return;
    }
    this.serverErrors = new Map(errors.map((e) => [e.field, e.message]));
    this.announceErrors(errors.map((e) => [e.field, e.message] as const));
    const target = firstStepOf(this.serverErrors.keys());
    const backs =
      STEPS.indexOf('review') - STEPS.indexOf(target === 'products' ? 'quantity' : target);
    for (let i = 0; i < backs; i++) this.flow?.send({ type: 'purchase.back' });
    this.pendingFocus = 'error';
  }

  /** `GET /v1/organisations/{siret}` for the SIRET typed, then fills the organisation's address. */
  private async lookupOrganisation(siret: string) {
    const flow = this.flow;
    if (!flow) return;
    this.lookupAbort?.abort();
    const abort = new AbortController();
    this.lookupAbort = abort;
    flow.send({ type: 'purchase.lookupStarted', siret });
    let found: OrganisationResponse | null = null;
    let status: OrganisationLookupStatus;
    try {
      found = await this.context.client.getOrganisation(siret, abort.signal);
      status = lookupStatusOf(found);
    } catch (error) {
      if (abort.signal.aborted) return;
      status = error instanceof ApiError && error.status === 404 ? 'unknown' : 'error';
      if (
        status === 'error' &&
        error instanceof ApiError &&
        (error.isNetwork || error.status >= 500)
      ) {
        this.emitError(error, t(this.context.locale, 'catalog.unreachable'));
      }
    }
    const organisation = found && {
      siret: found.siret,
      name: found.name,
      active: found.active,
      publicAdministration: found.publicAdministration,
      firstCertificate: found.firstCertificate,
      legalCategory: found.legalCategory,
    };
    flow.send({ type: 'purchase.organisationResolved', siret, organisation, status });
    if (found && status === 'found' && flow.snapshot.context.organisation?.siret === found.siret) {
      this.fillFromLookup(found);
    }
  }

  /** Fills the organisation's fields that are empty or still hold the previous lookup's values. */
  private fillFromLookup(found: OrganisationResponse) {
    const customer = this.flow?.snapshot.context.customer ?? {};
    const values: Record<string, string> = {};
    for (const [field, source] of LOOKUP_FIELDS) {
      const current = (customer[field] ?? '').trim();
      if (current === '' || current === this.lookupFilled[field]) values[field] = found[source];
    }
    this.lookupFilled = Object.fromEntries(
      LOOKUP_FIELDS.map(([field, source]) => [field, found[source]]),
    );
    if (Object.keys(values).length > 0) {
      this.send({ type: 'purchase.update', section: 'customer', values });
    }
  }

  /**
   * The machine's `submitOrder`: `POST /v1/orders` with one Idempotency-Key per order request,
   * reused while the request is unchanged (retry after a network failure or a 409).
   */
  private async placeOrder(request: OrderRequestDraft): Promise<OrderResponse> {
    const body = JSON.stringify(request);
    if (this.idempotency?.request !== body) {
      this.idempotency = { key: newIdempotencyKey(), request: body };
    }
    this.serverErrors = new Map();
    try {
      return await this.context.client.placeOrder(request, this.idempotency.key);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      // The key served another request: the next attempt needs a new one.
      if (apiError.problem?.type?.includes('idempotency-key-reused')) this.idempotency = null;
      if (apiError.status !== 422) {
        this.emitError(apiError, t(this.context.locale, 'review.failed'));
      }
      throw apiError;
    }
  }

  override render() {
    const { locale } = this.context;
    if (this.mode === 'space') return this.renderSpace();
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
            ${this.brand ? brandBar(this.brand, locale) : nothing}${this.renderFlow(this.load.catalog)}
          </div>
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
      }
    }
    return nothing;
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
      ? html`<div class="error" role="alert">
          <strong>${t(locale, 'catalog.unreachable')}</strong>
          <p>${t(locale, 'catalog.unreachableHint')}</p>
          <button class="primary" @click=${() => this.loadSpace()}>${t(locale, 'catalog.retry')}</button>
        </div>`
      : html`<div class="status" role="status" aria-live="polite">${t(locale, 'space.loading')}</div>`;
  }

  private renderFlow(catalog: CatalogResponse) {
    const flowController = this.flow;
    if (!flowController) return nothing;
    const { locale, client } = this.context;
    const snapshot = flowController.snapshot;
    const state = snapshot.value as PurchaseState;
    const flow: Flow = {
      locale,
      client,
      catalog,
      state,
      context: snapshot.context,
      send: (event) => this.send(event),
      serverErrors: this.serverErrors,
      lookup: () => {
        const siret = flowController.snapshot.context.customer.siret;
        if (siret) void this.lookupOrganisation(siret);
      },
    };
    switch (state) {
      case 'products':
        return html`<certinomis-product-list
          data-screen
          exportparts="card, order-button"
          .products=${catalog.products}
          @certinomis-product-select=${(event: CustomEvent<{ code: string }>) =>
            this.send({ type: 'purchase.selectProduct', product: event.detail.code })}
        ></certinomis-product-list>`;
      case 'quantity':
        return html`<certinomis-quantity-step
            data-screen
            exportparts="field, summary"
            .flow=${flow}
          ></certinomis-quantity-step>
          ${this.renderButtons(['cancel', 'back', 'next'])}`;
      case 'confirmed':
        return html`<certinomis-confirmation-step
          data-screen
          exportparts="summary"
          .flow=${flow}
        ></certinomis-confirmation-step>`;
      default:
        return this.renderForm(flow);
    }
  }

  /** Formulaire de commande: stepper, the current step, the API's errors, the button bar. */
  private renderForm(flow: Flow) {
    const { locale, state } = flow;
    const current = FORM_STEPS.indexOf(state as (typeof FORM_STEPS)[number]);
    let screen: unknown;
    switch (state) {
      case 'identification':
        screen = html`<certinomis-identification-step data-screen exportparts="field" .flow=${flow}></certinomis-identification-step>`;
        break;
      case 'options':
        screen = html`<certinomis-options-step data-screen exportparts="card, summary" .flow=${flow}></certinomis-options-step>`;
        break;
      case 'payment':
        screen = html`<certinomis-payment-step data-screen exportparts="field" .flow=${flow}></certinomis-payment-step>`;
        break;
      default:
        screen = html`<certinomis-review-step data-screen exportparts="summary" .flow=${flow}></certinomis-review-step>`;
    }
    const last = state === 'review' || state === 'submitting';
    return html`
      <p class="form-title">${t(locale, 'form.title')}</p>
      <p class="intro">${t(locale, 'form.intro')}</p>
      <certinomis-stepper
        part="stepper"
        label=${t(locale, 'form.steps')}
        done-label=${t(locale, 'form.done')}
        .labels=${FORM_STEPS.map((step) => t(locale, `step.${step}`))}
        current=${current === -1 ? FORM_STEPS.length : current}
      ></certinomis-stepper>
      ${
        this.serverErrors.size > 0
          ? html`<div class="error">
              <strong>${t(locale, 'review.fix')}</strong>
              <ul>
                ${[...this.serverErrors].map(
                  ([field, message]) => html`<li>${fieldLabel(locale, field)} : ${message}</li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${screen}
      ${this.renderButtons(['cancel', 'reset', 'back', last ? 'order' : 'next'], state === 'submitting')}
    `;
  }

  private renderButtons(actions: ButtonAction[], busy = false) {
    return html`<certinomis-button-bar
      part="buttons"
      exportparts="order-button"
      locale=${this.context.locale}
      .actions=${actions}
      ?busy=${busy}
      @certinomis-action=${(event: CustomEvent<{ action: ButtonAction }>) =>
        this.onAction(event.detail.action)}
    ></certinomis-button-bar>`;
  }

  private onAction(action: ButtonAction) {
    const flow = this.flow;
    if (!flow) return;
    const before = flow.snapshot.value;
    const type = (
      {
        cancel: 'purchase.cancel',
        reset: 'purchase.reset',
        back: 'purchase.back',
        next: 'purchase.next',
        order: 'purchase.submit',
      } as const
    )[action];
    this.send({ type });
    const after = flow.snapshot;
    if ((action === 'next' || action === 'order') && after.value === before) {
      const issues = after.context.issues;
      if (issues.length > 0) {
        this.announceErrors(
          issues.map(
            (issue) =>
              [issue.field, translate(this.context.locale, issue.key, issue.params)] as const,
          ),
        );
        this.pendingFocus = 'error';
      }
    }
  }

  private announceErrors(errors: readonly (readonly [string, string])[]) {
    const [first] = errors;
    if (!first) return;
    const { locale } = this.context;
    this.announce(
      t(locale, 'form.errors', {
        n: errors.length,
        first: `${fieldLabel(locale, first[0])} : ${first[1]}`,
      }),
    );
  }

  /** Says `text` in the live region (again, even when it is the same text). */
  private announce(text: string) {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  protected override async updated() {
    const focus = this.pendingFocus;
    if (!focus) return;
    this.pendingFocus = null;
    const screen = this.renderRoot.querySelector<StepElement | CertinomisProductList>(
      '[data-screen]',
    );
    if (!screen) return;
    await screen.updateComplete;
    if (focus === 'error' && 'focusFirstError' in screen && (await screen.focusFirstError()))
      return;
    await screen.focusHeading();
  }

  private emitError(error: ApiError, fallbackTitle: string) {
    this.emit('certinomis:error', {
      status: error.status,
      title: error.problem?.title ?? fallbackTitle,
    });
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
