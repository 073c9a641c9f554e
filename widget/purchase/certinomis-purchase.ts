import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type AnyEventObject, fromPromise } from 'xstate';
import type { CatalogResponse, OrderResponse, RenewalStart } from '../../machines/contract.ts';
import { translate } from '../../machines/messages/messages.ts';
import type {
  BillingDraft,
  CustomerDraft,
  OptionsDraft,
  PaymentDraft,
} from '../../machines/purchase/context.ts';
import { renewalInput } from '../../machines/purchase/renewal.ts';
import {
  type OrderRequestDraft,
  type PurchaseEvent,
  type PurchaseState,
  purchaseMachine,
} from '../../machines/purchase.machine.ts';
import { ApiError } from '../api-client.ts';
import type { OrderContext } from '../context.ts';
import { fieldLabel, uiText } from '../i18n/element.ts';
import { countKey } from '../i18n/plural.ts';
import { MachineController } from '../machine-controller.ts';
import type { ButtonAction } from '../ui/button-bar.ts';
import '../ui/button-bar.ts';
import { emit, emitError } from '../ui/events.ts';
import { noticeStyles } from '../ui/notice.styles.ts';
import '../ui/stepper.ts';
import { tokens } from '../ui/tokens.styles.ts';
import './confirmation-step.ts';
import { orderOf } from './confirmation-step.ts';
import type { Flow } from './flow.ts';
import './identification-step.ts';
import { OrderIdempotency } from './idempotency.ts';
import './options-step.ts';
import './payment-step.ts';
import { loadPurchase, resumedContext, savePurchase, toSaved } from './persist.ts';
import type { CertinomisProductList } from './product-list.ts';
import './product-list.ts';
import { purchaseStyles } from './purchase.styles.ts';
import './quantity-step.ts';
import './review-step.ts';
import {
  backsToFirstError,
  fieldErrorsOf,
  forgetChanged,
  noServerErrors,
  type ServerErrors,
} from './server-errors.ts';
import { SiretLookup } from './siret-lookup.ts';
import { moveFocus, type PendingFocus, type StepElement } from './step-element.ts';
import { storageKey } from './storage-key.ts';

type PurchaseFlow = MachineController<typeof purchaseMachine>;
type PurchaseSnapshot = PurchaseFlow['snapshot'];

/** Values for `fill()`, as a buyer would type them. */
export interface FillValues {
  customer?: CustomerDraft;
  billing?: BillingDraft;
  payment?: PaymentDraft;
  options?: Partial<OptionsDraft>;
}

const FORM_STEPS = ['identification', 'options', 'payment'] as const;

/**
 * `<certinomis-purchase>`: the purchase inside `<certinomis-order>` (internal; the shell
 * renders it once the buyer starts a purchase, or one is restored). It runs the shared
 * `purchaseMachine` (machines/): Liste des produits → Commande du certificat → Formulaire de
 * commande (1 Identification client, 2 Options, 3 Paiement) → Récapitulatif et CGV → Commander
 * → confirmation. What the buyer typed survives a reload (sessionStorage, per partner key); the
 * order is sent with one Idempotency-Key per request, reused on retries, so a retry never
 * orders twice; the API's field errors are shown next to their fields.
 *
 * @fires certinomis:step - `{ step, product }` on every screen change.
 * @fires certinomis:order-placed - `{ reference, totals, totalTTC }` once the order is placed.
 * @fires certinomis:error - `{ status, title }` when the API cannot be used (status 0: network).
 * @fires certinomis:state - `{ state, event }` on every transition of the purchase machine.
 * @csspart card - a product card, an option.
 * @csspart order-button - a product's Commander button, and the final Commander.
 * @csspart stepper - the numbered steps of the order form.
 * @csspart buttons - the button bar.
 * @csspart field - each form field.
 * @csspart summary - the récapitulatif.
 */
@customElement('certinomis-purchase')
export class CertinomisPurchase extends LitElement {
  static override styles = [tokens, noticeStyles, purchaseStyles];

  /** The shell's locale and API client (a new object when either changes). */
  @property({ attribute: false }) context!: OrderContext;
  @property({ attribute: false }) catalog!: CatalogResponse;
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;
  /** The product the page preselected (`product` attribute): the list is skipped. */
  @property() product: string | null = null;
  /**
   * The product the buyer chose on the shell's list before this element started: selected
   * as soon as the machine runs (the shell already announced the list).
   */
  @property({ attribute: false }) chosen: string | null = null;
  /** A renewal (the client space's Renouveler): starts pre-filled, and is saved apart. */
  @property({ attribute: false }) renewal: RenewalStart | null = null;

  /** Field errors of the API's last 422, by order-request path; cleared as fields change. */
  @state() private serverErrors: ServerErrors = noServerErrors;
  /** Text of the polite live region (refused steps, server errors). */
  @state() private announcement = '';

  private flow: PurchaseFlow | null = null;
  private lastState: PurchaseState | null = null;
  private lastStep: string | null = null;
  private pendingFocus: PendingFocus | null = null;
  private readonly idempotency = new OrderIdempotency();
  private readonly lookup = new SiretLookup({
    client: () => this.context.client,
    context: () => this.flow!.snapshot.context,
    send: (event) => this.flow?.send(event),
    fill: (values) => this.send({ type: 'purchase.update', section: 'customer', values }),
    failed: (error) => emitError(this, error, uiText(this.context.locale, 'catalog.unreachable')),
  });

  /** The purchase machine's state (`products`, …, `confirmed`), null before it starts. */
  get state(): PurchaseState | null {
    return this.flow ? (this.flow.snapshot.value as PurchaseState) : null;
  }

  /** Sends `purchase.update` for each given section, as if typed (see `<certinomis-order>`). */
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

  /** Selects a product (a card's Commander, or the page's `product` changed). */
  selectProduct(product: string): void {
    this.send({ type: 'purchase.selectProduct', product });
  }

  override connectedCallback() {
    if (!this.flow) this.startFlow();
    super.connectedCallback();
    const chosen = this.chosen;
    if (chosen !== null) {
      this.chosen = null;
      this.selectProduct(chosen);
    }
  }

  /** Creates the purchase actor once (restored from sessionStorage when a purchase was saved). */
  private startFlow() {
    const machine = purchaseMachine.provide({
      actors: {
        submitOrder: fromPromise<unknown, OrderRequestDraft>(({ input }) => this.placeOrder(input)),
      },
    });
    const productCodes = this.catalog.products.map((product) => product.code);
    const saved = loadPurchase(this.saveKey);
    this.idempotency.record = saved?.idempotency ?? null;
    const snapshot = saved
      ? machine.resolveState({ value: saved.state, context: resumedContext(saved, productCodes) })
      : undefined;
    if (!saved && this.chosen !== null) {
      // The shell's list was the first screen: its step and state were announced already.
      this.lastStep = 'products';
      this.lastState = 'products';
    }
    this.flow = new MachineController(this, machine, {
      input: {
        ...(this.product ? { product: this.product } : {}),
        productCodes,
        ...(this.renewal ? renewalInput(this.renewal) : {}),
      },
      ...(snapshot ? { snapshot } : {}),
      onChange: (next, event) => this.onFlowChange(next, event),
    });
  }

  /** Where what was typed is kept: a renewal apart from the partner page's purchase. */
  private get saveKey(): string {
    const key = storageKey(this.partnerKey);
    return this.renewal ? `${key}:renewal:${this.renewal.renewalOf}` : key;
  }

  private send(event: PurchaseEvent) {
    if (!this.flow) return;
    this.serverErrors = forgetChanged(this.serverErrors, event);
    this.flow.send(event);
  }

  /**
   * Side effects of each machine change: events, persistence, focus, SIRET lookup. (Also runs
   * for the first snapshot, while `this.flow` is still being assigned: use `snapshot`.)
   */
  private onFlowChange(snapshot: PurchaseSnapshot, event: AnyEventObject | null) {
    const state = snapshot.value as PurchaseState;
    const { context } = snapshot;
    const previous = this.lastState;
    this.lastState = state;
    // Already announced by the shell's list (a product chosen before this element started).
    const announced = event === null && previous === 'products' && state === 'products';
    if (!announced) emit(this, 'certinomis:state', { state, event });

    savePurchase(this.saveKey, toSaved(state, context, this.idempotency.record));

    const step = state === 'submitting' ? 'review' : state;
    if (step !== this.lastStep) {
      if (this.lastStep !== null) this.pendingFocus = 'heading';
      // Another step: what was announced about the last one is stale.
      this.announcement = '';
      this.lastStep = step;
      emit(this, 'certinomis:step', { step, product: context.product });
    }

    if (previous === 'submitting' && state === 'confirmed') {
      const order = orderOf(context.order);
      if (order) {
        emit(this, 'certinomis:order-placed', {
          reference: order.reference,
          totals: order.totals,
          totalTTC: order.totals.ttc,
        });
      }
    }
    if (previous === 'submitting' && state === 'review') this.onOrderRefused(context.submitError);
    this.lookup.watch(state, context);
  }

  /** A 422: errors next to their fields, and back to the first step that has one. */
  private onOrderRefused(error: unknown) {
    const errors = fieldErrorsOf(error);
    if (!errors) {
      if (error instanceof ApiError)
        this.announce(error.problem?.title ?? uiText(this.context.locale, 'catalog.unreachable'));
      // The Commander button pressed is disabled meanwhile: the focus goes to Réessayer.
      this.pendingFocus = 'failure';
      return;
    }
    this.serverErrors = errors;
    const backs = backsToFirstError(errors.keys());
    for (let i = 0; i < backs; i++) this.flow?.send({ type: 'purchase.back' });
    // Said on the step they are on (a step change clears the live region).
    this.announceErrors([...errors]);
    this.pendingFocus = 'error';
  }

  /**
   * The machine's `submitOrder`: `POST /v1/orders` with one Idempotency-Key per order request,
   * reused while the request is unchanged (retry after a network failure or a 409).
   */
  private async placeOrder(request: OrderRequestDraft): Promise<OrderResponse> {
    const key = this.idempotency.keyFor(JSON.stringify(request));
    this.serverErrors = noServerErrors;
    try {
      return await this.context.client.placeOrder(request, key);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      if (apiError.problem?.type?.includes('idempotency-key-reused')) this.idempotency.forget();
      if (apiError.status !== 422) {
        emitError(this, apiError, uiText(this.context.locale, 'review.failed'));
      }
      throw apiError;
    }
  }

  override render() {
    const flowController = this.flow;
    if (!flowController) return nothing;
    const { locale, client } = this.context;
    const { catalog } = this;
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
        if (siret) void this.lookup.lookup(siret);
      },
    };
    return html`${this.renderScreen(flow)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderScreen(flow: Flow) {
    switch (flow.state) {
      case 'products':
        return html`<certinomis-product-list
          data-screen
          exportparts="card, order-button"
          .locale=${this.context.locale}
          .products=${flow.catalog.products}
          @certinomis-product-select=${(event: CustomEvent<{ code: string }>) =>
            this.selectProduct(event.detail.code)}
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
      <p class="form-title">${uiText(locale, 'form.title')}</p>
      <p class="intro">${uiText(locale, 'form.intro')}</p>
      <certinomis-stepper
        part="stepper"
        label=${uiText(locale, 'form.steps')}
        done-label=${uiText(locale, 'form.done')}
        .labels=${FORM_STEPS.map((step) => uiText(locale, `step.${step}`))}
        current=${current === -1 ? FORM_STEPS.length : current}
      ></certinomis-stepper>
      ${
        this.serverErrors.size > 0
          ? html`<div class="error">
              <strong>${uiText(locale, 'review.fix')}</strong>
              <ul>
                ${[...this.serverErrors].map(
                  ([field, message]) => html`<li>${fieldLabel(locale, field)} : ${message}</li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${screen}
      ${this.renderButtons(['cancel', 'reset', 'back', last ? 'order' : 'next'], state === 'submitting', ['cancel', 'reset'])}
    `;
  }

  /** The button bar; `confirm`: the actions that ask first (they lose what was entered). */
  private renderButtons(actions: ButtonAction[], busy = false, confirm: ButtonAction[] = []) {
    return html`<certinomis-button-bar
      part="buttons"
      exportparts="order-button"
      locale=${this.context.locale}
      .actions=${actions}
      .confirm=${confirm}
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
    // The confirmation's button is gone: focus goes to the screen's heading, not to <body>.
    if (action === 'reset' || action === 'cancel') this.pendingFocus = 'heading';
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
      uiText(locale, countKey(locale, errors.length, 'form.errors'), {
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
    this.pendingFocus = null;
    const screen = this.renderRoot.querySelector<StepElement | CertinomisProductList>(
      '[data-screen]',
    );
    if (focus && screen) await moveFocus(screen, focus);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-purchase': CertinomisPurchase;
  }
}
