import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminDossier, QueueRow } from '../../machines/contract.ts';
import { CANCELLABLE_DOSSIER_STATUSES, ISSUED_STATUSES } from '../../machines/contract.ts';
import type { AdminCreditNote } from '../../machines/schemas/cancellation.ts';
import { ApiError } from '../api-client.ts';
import { formatMoney } from '../format.ts';
import { countKey } from '../i18n/plural.ts';
import '../ui/field.ts';
import type { CertinomisField } from '../ui/field.ts';
import { emptyQuery } from './backoffice-api.ts';
import { orderStyles } from './order-cancellation.styles.ts';
import './order-credit-notes.ts';
import { BackofficeScreen, isAbort, type Load } from './screen.ts';

interface OrderFacts {
  dossiers: QueueRow[];
  creditNotes: AdminCreditNote[];
}

const cancellable = (row: QueueRow) =>
  (CANCELLABLE_DOSSIER_STATUSES as readonly string[]).includes(row.status);
const issued = (row: QueueRow) => (ISSUED_STATUSES as readonly string[]).includes(row.status);

/**
 * The order of the dossier shown, for the operator: "Annuler la commande" (whole, or the
 * certificates not yet issued that are chosen, with a reason), confirmed in a dialog naming
 * what will be cancelled; then the order's credit notes and the refunds to record ("Marquer
 * remboursé" with the transfer or cheque reference, `order-credit-notes.ts`). Offered only while something is
 * cancellable (never an issued certificate); outcomes go to the live region and `onDone`.
 */
@customElement('certinomis-backoffice-order')
export class CertinomisBackofficeOrder extends BackofficeScreen {
  static override styles = [...BackofficeScreen.styles, orderStyles];

  @property({ attribute: false }) detail!: AdminDossier;
  @property({ attribute: false }) onDone: (text: string) => void = () => {};

  @state() private facts: Load<OrderFacts> = { state: 'loading' };
  @state() private form: { whole: boolean; chosen: string[]; reason: string } | null = null;
  @state() private errors: { reason?: string; chosen?: string } = {};
  @state() private refused: string[] | null = null;
  @state() private busy = false;
  private loaded: string | null = null;
  private abort: AbortController | null = null;

  override willUpdate(_changed: PropertyValues<this>) {
    const { dossier } = this.detail;
    const key = `${this.view.locale}:${dossier.id}:${dossier.version}`;
    if (key !== this.loaded) {
      this.loaded = key;
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loaded = null;
  }

  /** The order's dossiers (the queue filtered on its reference, live or test) and credit notes. */
  async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const { api, accessToken } = this.view;
    const { reference } = this.detail.order;
    const { id } = this.detail.dossier;
    try {
      const query = { ...emptyQuery, reference };
      let page = await api.queue(accessToken, query, 100, abort.signal);
      if (!page.items.some((row) => row.id === id)) {
        page = await api.queue(accessToken, { ...query, testData: true }, 100, abort.signal);
      }
      const notes = await api.creditNotes(accessToken, reference, abort.signal);
      if (abort.signal.aborted) return;
      const dossiers = page.items
        .filter((row) => row.orderReference === reference)
        .sort((a, b) => a.position - b.position);
      this.facts = { state: 'ready', value: { dossiers, creditNotes: notes.items } };
    } catch (error) {
      if (abort.signal.aborted || isAbort(error) || this.handledAuth(error)) return;
      this.facts = { state: 'error', message: this.failureText(error) };
    }
  }

  override render() {
    const facts = this.facts;
    return html`<section aria-labelledby="order-title">
      <h3 id="order-title">${this.t('order.section')}</h3>
      ${
        facts.state === 'loading'
          ? html`<p class="status" role="status">${this.t('order.loading')}</p>`
          : facts.state === 'error'
            ? html`<div class="alert" role="alert"><p>${facts.message}</p></div>`
            : html`${this.renderCancel(facts.value)} <certinomis-backoffice-credit-notes
                .view=${this.view}
                .notes=${facts.value.creditNotes}
                .onRecorded=${() => this.load()}
              ></certinomis-backoffice-credit-notes>`
      }
    </section>`;
  }

  private label(row: QueueRow) {
    return this.t('order.certificate', {
      n: row.position,
      total: row.quantity,
      status: row.statusLabel,
    });
  }

  private renderCancel({ dossiers }: OrderFacts) {
    const open = dossiers.filter(cancellable);
    const done = dossiers.filter(issued);
    if (open.length === 0) return html`<p class="status">${this.t('order.cancelNone')}</p>`;
    const left = done.length
      ? html`<p class="help">
          ${this.t('order.issuedLeft', { list: done.map((r) => this.label(r)).join(', ') })}
        </p>`
      : nothing;
    const form = this.form;
    if (!form) {
      return html`${left}
        <button type="button" class="danger" data-order-cancel @click=${() => this.start(done)}>
          ${this.t('order.cancelStart')}
        </button>`;
    }
    return html`${left}
      <form
        id="cancel-form"
        class="action-form"
        novalidate
        aria-labelledby="cancel-form-title"
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.review(open);
        }}
      >
        <h4 id="cancel-form-title" tabindex="-1">${this.t('order.cancelStart')}</h4>
        ${this.renderRefused()}
        ${
          done.length === 0
            ? html`<fieldset>
                <legend>${this.t('order.scope')}</legend>
                ${[true, false].map(
                  (whole) => html`<label class="choice"
                    ><input
                      type="radio"
                      name="scope"
                      .checked=${form.whole === whole}
                      @change=${() => {
                        this.form = { ...form, whole };
                      }}
                    />
                    ${this.t(whole ? 'order.scopeAll' : 'order.scopeSome')}</label
                  >`,
                )}
              </fieldset>`
            : nothing
        }
        ${form.whole ? nothing : this.renderChoices(open, form.chosen)}
        <certinomis-field
          name="reason"
          label=${this.t('field.reason')}
          required
          autocomplete="off"
          help=${this.t('order.reasonHelp')}
          .value=${form.reason}
          error=${this.errors.reason ?? nothing}
          @input=${(event: Event) => {
            this.form = { ...form, reason: (event.target as CertinomisField).value };
            this.errors = { ...this.errors, reason: undefined };
          }}
        ></certinomis-field>
        <div class="form-buttons">
          <button type="submit" class="danger">${this.t('order.next')}</button>
          <button type="button" class="secondary" @click=${() => this.close()}>
            ${this.t('action.close')}
          </button>
        </div>
      </form>
      ${this.renderDialog(open)}`;
  }

  private renderChoices(open: QueueRow[], chosen: string[]) {
    return html`<fieldset aria-describedby=${this.errors.chosen ? 'chosen-error' : nothing}>
      <legend>${this.t('order.certificates')}</legend>
      ${open.map(
        (row) => html`<label class="choice"
          ><input
            type="checkbox"
            name="dossier"
            value=${row.id}
            .checked=${chosen.includes(row.id)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              const form = this.form;
              if (!form) return;
              const next = on ? [...form.chosen, row.id] : form.chosen.filter((c) => c !== row.id);
              this.form = { ...form, chosen: next };
              this.errors = { ...this.errors, chosen: undefined };
            }}
          />
          ${this.label(row)}</label
        >`,
      )}
      ${
        this.errors.chosen
          ? html`<p id="chosen-error" class="error">${this.errors.chosen}</p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderRefused() {
    if (!this.refused) return nothing;
    return html`<div id="cancel-refused" class="alert" role="alert" tabindex="-1">
      <p>${this.t('order.notCancellable')}</p>
      <ul>
        ${this.refused.map((message) => html`<li>${message}</li>`)}
      </ul>
    </div>`;
  }

  /** The confirmation: a modal dialog naming what will be cancelled, focus on "Retour". */
  private renderDialog(open: QueueRow[]) {
    const form = this.form;
    if (!form) return nothing;
    const targets = form.whole ? open : open.filter((row) => form.chosen.includes(row.id));
    const list = targets.map((row) => this.label(row)).join(', ');
    const { reference, status } = this.detail.order;
    return html`<dialog
      id="cancel-confirm"
      aria-labelledby="cancel-confirm-title"
      aria-describedby="cancel-confirm-text"
      @cancel=${() => this.closeDialog()}
    >
      <h4 id="cancel-confirm-title">${this.t('order.confirmTitle')}</h4>
      <div id="cancel-confirm-text">
        <p>${this.t(form.whole ? 'order.confirmWhole' : 'order.confirmSome', { reference, list })}</p>
        <p>${this.t('order.confirmCredit')}</p>
        ${status === 'received' ? html`<p>${this.t('order.confirmRefund')}</p>` : nothing}
        <p>${this.t('order.confirmFinal')}</p>
      </div>
      <div class="form-buttons">
        <button
          type="button"
          class="danger"
          data-confirm
          ?disabled=${this.busy}
          aria-busy=${this.busy ? 'true' : 'false'}
          @click=${() => this.send(targets)}
        >
          ${this.t(this.busy ? 'action.sending' : 'order.confirm')}
        </button>
        <button type="button" class="secondary" autofocus @click=${() => this.closeDialog()}>
          ${this.t('order.back')}
        </button>
      </div>
    </dialog>`;
  }

  private async start(done: QueueRow[]) {
    this.form = { whole: done.length === 0, chosen: [], reason: '' };
    this.errors = {};
    this.refused = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#cancel-form-title')?.focus();
  }

  private async close() {
    this.form = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-order-cancel]')?.focus();
  }

  private dialog() {
    return this.renderRoot.querySelector<HTMLDialogElement>('#cancel-confirm');
  }

  private closeDialog() {
    this.dialog()?.close();
    this.renderRoot.querySelector<HTMLElement>('#cancel-form button[type="submit"]')?.focus();
  }

  /** Checks the form, then asks for confirmation. */
  private async review(open: QueueRow[]) {
    const form = this.form;
    if (!form) return;
    const errors: { reason?: string; chosen?: string } = {};
    if (!form.reason.trim()) errors.reason = this.t('order.missing');
    if (!form.whole && !open.some((row) => form.chosen.includes(row.id))) {
      errors.chosen = this.t('order.chooseOne');
    }
    this.errors = errors;
    const first = errors.chosen ?? errors.reason;
    if (first) {
      this.view.announce(first);
      await this.updateComplete;
      const target = errors.chosen
        ? this.renderRoot.querySelector<HTMLElement>('input[name="dossier"]')
        : this.renderRoot.querySelector<CertinomisField>('certinomis-field[name="reason"]');
      target?.focus();
      return;
    }
    this.dialog()?.showModal();
  }

  private async send(targets: QueueRow[]) {
    const form = this.form;
    if (!form || this.busy) return;
    this.busy = true;
    const { api, accessToken, locale } = this.view;
    const { reference } = this.detail.order;
    try {
      const result = await api.cancelOrder(accessToken, reference, {
        reason: form.reason.trim(),
        ...(form.whole ? {} : { dossierIds: targets.map((row) => row.id) }),
      });
      this.busy = false;
      this.dialog()?.close();
      this.form = null;
      const n = result.dossierIds.length;
      const said = [this.t(countKey(locale, n, 'order.cancelled'), { reference, n })];
      if (result.creditNote) {
        said.push(
          this.t('order.cancelledCredit', {
            number: result.creditNote.number,
            amount: formatMoney(result.creditNote.grandTotal, locale),
          }),
        );
      }
      void this.load();
      this.onDone(said.join(' '));
    } catch (error) {
      this.busy = false;
      this.dialog()?.close();
      if (this.handledAuth(error)) return;
      const listed = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      const reason = listed.find((e) => e.field === 'reason');
      if (reason) {
        this.errors = { reason: reason.message };
        await this.updateComplete;
        this.renderRoot.querySelector<CertinomisField>('certinomis-field[name="reason"]')?.focus();
        return;
      }
      this.refused = listed.length ? listed.map((e) => e.message) : [this.failureText(error)];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#cancel-refused')?.focus();
      void this.load();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-order': CertinomisBackofficeOrder;
  }
}
