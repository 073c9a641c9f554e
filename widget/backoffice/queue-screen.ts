import '../../machines/messages/dossier.ts';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  DOSSIER_STATUSES,
  PAYMENT_METHODS,
  type QueueQuery,
  type QueueRow,
} from '../../machines/contract.ts';
import { translate } from '../../machines/messages/messages.ts';
import { DEFAULT_TIME_ZONE } from '../../machines/rules/time-zone.ts';
import { ApiError } from '../api-client.ts';
import { formatClock, formatDay } from '../i18n/backoffice.ts';
import { countKey } from '../i18n/plural.ts';
import type { CertinomisField, FieldOption } from '../ui/field.ts';
import '../ui/field.ts';
import { emptyQuery } from './backoffice-api.ts';
import { expressDeadline } from './deadline.ts';
import { revocationFlag } from './revocation-facts.ts';
import { BackofficeScreen, isAbort, type Load } from './screen.ts';

/** Rows per page of the queue. */
export const PAGE_SIZE = 20;

type TextFilter =
  | 'status'
  | 'reference'
  | 'siret'
  | 'organisation'
  | 'paymentMethod'
  | 'from'
  | 'to';

/**
 * The queue: a filter form (statut, référence, SIRET, organisation, mode de paiement, Express
 * uniquement, période de commande) over a table of dossiers, Express first with the time left
 * on the 48 h promise (red under 12 h or overdue), status badges, and pages of 20. The filters
 * applied and the page live in `<certinomis-backoffice>` (`query`), so that coming back from a
 * dossier finds the queue as it was left.
 */
@customElement('certinomis-backoffice-queue')
export class CertinomisBackofficeQueue extends BackofficeScreen {
  /** The filters applied and the page (offset). */
  @property({ attribute: false }) query: QueueQuery = emptyQuery;
  /** Applies other filters or another page. */
  @property({ attribute: false }) onQuery: (query: QueueQuery) => void = () => {};
  @property({ attribute: false }) onOpen: (id: string) => void = () => {};

  /** The form's values, applied on `Filtrer`. */
  @state() private draft: QueueQuery = emptyQuery;
  @state() private rows: Load<{ items: QueueRow[]; more: boolean }> = { state: 'loading' };
  /** Errors by filter: the API's (422) or the form's own. */
  @state() private errors: Partial<Record<TextFilter, string>> = {};
  /** A request is in flight. */
  @state() private pending = false;
  private loaded: string | null = null;
  private abort: AbortController | null = null;
  /** Focus the results' heading once the next page is shown. */
  private focusResults = false;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('query')) this.draft = { ...this.query };
    const key = `${this.view.locale}:${this.view.accessToken}:${JSON.stringify(this.query)}`;
    if (key !== this.loaded) {
      this.loaded = key;
      void this.load();
    }
  }

  /** The last request is not answered yet. */
  get busy(): boolean {
    return this.pending;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loaded = null;
  }

  /** Loads the page of `query` (one row more than shown, to know whether a next page exists). */
  async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const { api, accessToken } = this.view;
    if (this.rows.state !== 'ready') this.rows = { state: 'loading' };
    this.pending = true;
    try {
      const page = await api.queue(accessToken, this.query, PAGE_SIZE + 1, abort.signal);
      if (abort.signal.aborted) return;
      const items = page.items.slice(0, PAGE_SIZE);
      this.rows = { state: 'ready', value: { items, more: page.items.length > PAGE_SIZE } };
      this.errors = {};
      this.view.announce(
        this.t(countKey(this.view.locale, items.length, 'queue.shown'), { n: items.length }),
      );
      if (this.focusResults) {
        this.focusResults = false;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus();
      }
    } catch (error) {
      if (abort.signal.aborted || isAbort(error) || this.handledAuth(error)) return;
      if (error instanceof ApiError && error.status === 422 && error.problem?.errors) {
        const errors: Partial<Record<TextFilter, string>> = {};
        for (const { field, message } of error.problem.errors) {
          errors[(field in emptyQuery ? field : 'status') as TextFilter] ??= message;
        }
        this.errors = errors;
        this.rows = { state: 'ready', value: { items: [], more: false } };
        return;
      }
      this.rows = { state: 'error', message: this.failureText(error) };
    } finally {
      if (this.abort === abort) this.pending = false;
    }
  }

  override render() {
    return html`
      <h2 tabindex="-1">${this.t('queue.heading')}</h2>
      <p class="intro">${this.t('queue.intro')}</p>
      ${this.renderFilters()}
      <section aria-labelledby="results-title" aria-busy=${this.pending ? 'true' : 'false'}>
        ${this.renderResults()}
      </section>
    `;
  }

  private renderFilters() {
    const { locale } = this.view;
    const d = this.draft;
    const statusOptions: FieldOption[] = [
      { value: '', label: this.t('queue.statusAll') },
      ...DOSSIER_STATUSES.map((status) => ({
        value: status,
        label: translate(locale, `status.${status}`),
      })),
    ];
    const paymentOptions: FieldOption[] = [
      { value: '', label: this.t('queue.paymentAll') },
      ...PAYMENT_METHODS.map((method) => ({ value: method, label: this.t(`payment.${method}`) })),
    ];
    const text = (
      name: TextFilter,
      label: string,
      extra: { type?: string; options?: FieldOption[]; inputmode?: string } = {},
    ) =>
      html`<certinomis-field
        name=${name}
        label=${label}
        type=${extra.type ?? 'text'}
        .value=${String(d[name])}
        .options=${extra.options ?? []}
        inputmode=${extra.inputmode ?? nothing}
        autocomplete="off"
        error=${this.errors[name] ?? nothing}
        @input=${(event: Event) =>
          this.edit({ [name]: (event.target as CertinomisField).value } as Partial<QueueQuery>)}
      ></certinomis-field>`;
    return html`<form
      class="filters"
      role="search"
      aria-label=${this.t('queue.filters')}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        this.apply();
      }}
      @keydown=${(event: KeyboardEvent) => {
        const origin = event.composedPath()[0];
        if (
          event.key === 'Enter' &&
          origin instanceof HTMLInputElement &&
          origin.type !== 'checkbox'
        ) {
          event.preventDefault();
          this.apply();
        }
      }}
    >
      ${text('status', this.t('queue.status'), { type: 'select', options: statusOptions })}
      ${text('reference', this.t('queue.reference'))}
      ${text('siret', this.t('queue.siret'), { inputmode: 'numeric' })}
      ${text('organisation', this.t('queue.organisation'))}
      ${text('paymentMethod', this.t('queue.paymentMethod'), { type: 'select', options: paymentOptions })}
      ${text('from', this.t('queue.from'), { type: 'date' })}
      ${text('to', this.t('queue.to'), { type: 'date' })}
      <label class="check">
        <input
          type="checkbox"
          name="express"
          .checked=${d.expressOnly}
          @change=${(event: Event) =>
            this.edit({ expressOnly: (event.target as HTMLInputElement).checked })}
        />
        ${this.t('queue.expressOnly')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="testData"
          .checked=${d.testData}
          @change=${(event: Event) =>
            this.edit({ testData: (event.target as HTMLInputElement).checked })}
        />
        ${this.t('queue.testData')}
      </label>
      <div class="filter-actions">
        <button type="submit" class="primary">${this.t('queue.apply')}</button>
        <button type="button" class="secondary" @click=${() => this.reset()}>
          ${this.t('queue.reset')}
        </button>
      </div>
    </form>`;
  }

  private edit(change: Partial<QueueQuery>) {
    this.draft = { ...this.draft, ...change };
  }

  private async apply() {
    const d = this.draft;
    if (d.from && d.to && d.to < d.from) {
      this.errors = { to: this.t('queue.datesOrder') };
      this.view.announce(this.t('bo.errors.one', { n: 1, first: this.t('queue.datesOrder') }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('certinomis-field[name="to"]')?.focus();
      return;
    }
    this.errors = {};
    this.onQuery({ ...d, offset: 0 });
    // Same filters again: reload anyway (the queue changes under the operator).
    if (JSON.stringify({ ...d, offset: 0 }) === JSON.stringify(this.query)) void this.load();
  }

  private reset() {
    // Reset the filters, not the choice between the real queue and test orders.
    this.draft = { ...emptyQuery, testData: this.query.testData };
    this.errors = {};
    this.onQuery({ ...this.draft });
  }

  private page(offset: number) {
    this.focusResults = true;
    this.onQuery({ ...this.query, offset: Math.max(0, offset) });
  }

  private renderResults() {
    const rows = this.rows;
    if (rows.state === 'loading') {
      return html`<h3 id="results-title" tabindex="-1">${this.t('queue.caption')}</h3>
        <p class="status" role="status">${this.t('queue.loading')}</p>`;
    }
    if (rows.state === 'error') {
      return html`<h3 id="results-title" tabindex="-1">${this.t('queue.caption')}</h3>
        <div class="alert" role="alert">
          <p>${this.t('queue.failed')} ${rows.message}</p>
          <button type="button" class="secondary" @click=${() => this.load()}>
            ${this.t('bo.retry')}
          </button>
        </div>`;
    }
    const { items, more } = rows.value;
    const offset = this.query.offset;
    return html`
      <div class="results-head">
        <h3 id="results-title" tabindex="-1">
          ${
            items.length > 0
              ? this.t('queue.range', { from: offset + 1, to: offset + items.length })
              : this.t('queue.caption')
          }
        </h3>
      </div>
      <div class="scroll">
        <table class="queue">
          <caption class="visually-hidden">${this.t('queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('queue.col.order')}</th>
              <th scope="col">${this.t('queue.col.organisation')}</th>
              <th scope="col">${this.t('queue.col.payment')}</th>
              <th scope="col">${this.t('queue.col.status')}</th>
              <th scope="col">${this.t('queue.col.deadline')}</th>
              <th scope="col"><span class="visually-hidden">${this.t('queue.col.action')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${
              items.length === 0
                ? html`<tr><td class="empty" colspan="6">${this.t('queue.empty')}</td></tr>`
                : items.map((row) => this.renderRow(row))
            }
          </tbody>
        </table>
      </div>
      ${
        offset > 0 || more
          ? html`<nav class="pager" aria-label=${this.t('queue.pages')}>
              <button
                type="button"
                class="secondary"
                ?disabled=${offset === 0}
                @click=${() => this.page(offset - PAGE_SIZE)}
              >
                ${this.t('queue.previous')}
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${!more}
                @click=${() => this.page(offset + PAGE_SIZE)}
              >
                ${this.t('queue.next')}
              </button>
            </nav>`
          : nothing
      }
    `;
  }

  private renderRow(row: QueueRow) {
    const { locale } = this.view;
    const deadline = expressDeadline(row, locale, {
      // CERTINOMIS's own deadline and the queue's dates: Paris time, said so.
      day: (iso) => formatDay(iso, locale, DEFAULT_TIME_ZONE),
      clock: (iso) => formatClock(iso, locale, DEFAULT_TIME_ZONE),
    });
    const position = this.t('queue.position', { n: row.position, total: row.quantity });
    return html`<tr
      data-dossier=${row.id}
      class=${[row.express ? 'express' : '', deadline?.urgent ? 'urgent' : ''].join(' ').trim()}
    >
      <td>
        <span class="mono">${row.orderReference}</span>${
          row.express ? html`<span class="flag">${this.t('express.flag')}</span>` : nothing
        }
        <span class="sub">${position}, ${this.t('queue.orderedOn', { date: formatDay(row.orderDate, locale, DEFAULT_TIME_ZONE) })}</span>
      </td>
      <td>
        ${row.organisation}
        <span class="sub"><span class="mono">${row.siret}</span> · ${row.email}</span>
      </td>
      <td>
        ${this.t(`payment.${row.paymentMethod}`)}
        <span class="sub">${this.t(`paymentStatus.${row.paymentStatus}`)}</span>
      </td>
      <td>
        <span class="badge ${row.status}">${row.statusLabel}</span> ${revocationFlag(row, locale)}
      </td>
      <td>
        ${
          deadline
            ? html`<span class="deadline ${deadline.urgent ? 'urgent' : ''}"
                >${deadline.urgent ? html`<span aria-hidden="true">⚠ </span>` : nothing}${deadline.text}${
                  deadline.urgent
                    ? html`<span class="visually-hidden"> ${this.t('deadline.urgent')}</span>`
                    : nothing
                }</span
              >${deadline.detail ? html`<span class="sub">${deadline.detail}</span>` : nothing}`
            : html`<span aria-hidden="true">${this.t('value.none')}</span>`
        }
      </td>
      <td>
        <button
          type="button"
          class="secondary"
          aria-label=${this.t('queue.openLabel', {
            reference: row.orderReference,
            n: row.position,
            total: row.quantity,
          })}
          @click=${() => this.onOpen(row.id)}
        >
          ${this.t('queue.open')}
        </button>
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-queue': CertinomisBackofficeQueue;
  }
}
