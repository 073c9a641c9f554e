import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { shipBy } from '../../machines/dossier/conditions.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { DEFAULT_TIME_ZONE, type TimeZone } from '../../machines/rules/time-zone.ts';
import type { DossierStep } from '../../machines/schemas/dossier.ts';
import { ApiError } from '../api-client.ts';
import { type BackofficeKey, formatClock, formatDateTime, formatDay } from '../i18n/backoffice.ts';
import { contextOf } from './action-kinds.ts';
import './actions.ts';
import { expressDeadline, hoursUntil } from './deadline.ts';
import './dossier-documents.ts';
import './order-cancellation.ts';
import type { AdminDossier, AdminOrder, HistoryRow } from '../../machines/contract.ts';
import {
  billingFacts,
  buyerFacts,
  certificateFacts,
  type Fact,
  type FactValue,
  historyActor,
  historyChange,
  historyEvent,
  orderFacts,
  paymentFacts,
  STEP_SECTIONS,
  shownFacts,
  stepFacts,
} from './dossier-facts.ts';
import { revocationFacts } from './revocation-facts.ts';
import { BackofficeScreen, isAbort, type Load } from './screen.ts';

/**
 * One dossier for the operator: what can be done now (`<certinomis-backoffice-actions>`), the
 * order and its buyer, the payment (method, state, what the buyer announced, what was
 * received), every step of the dossier with the ID scan (`<certinomis-backoffice-documents>`),
 * the certificate and its shipment, and the full history of the dossier and its order (the
 * facts said by `dossier-facts.ts`). After an action the dossier is reloaded and the outcome is
 * said where the focus goes.
 */
@customElement('certinomis-backoffice-dossier')
export class CertinomisBackofficeDossier extends BackofficeScreen {
  @property({ attribute: false }) dossierId = '';
  @property({ attribute: false }) onBack: () => void = () => {};

  @state() private detail: Load<AdminDossier> = { state: 'loading' };
  @state() private notice: { kind: 'success' | 'stale'; text: string } | null = null;
  private loaded: string | null = null;
  private abort: AbortController | null = null;

  override willUpdate(changed: PropertyValues<this>) {
    const key = `${this.view.locale}:${this.view.accessToken}:${this.dossierId}`;
    if (key !== this.loaded) {
      const sameDossier = this.loaded?.endsWith(`:${this.dossierId}`) ?? false;
      this.loaded = key;
      if (!sameDossier || changed.has('dossierId')) this.notice = null;
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loaded = null;
  }

  /** Loads (or reloads, keeping what is shown meanwhile) the dossier. */
  async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const { api, accessToken } = this.view;
    try {
      const detail = await api.dossier(accessToken, this.dossierId, abort.signal);
      if (abort.signal.aborted) return;
      this.detail = { state: 'ready', value: detail };
    } catch (error) {
      if (abort.signal.aborted || isAbort(error) || this.handledAuth(error)) return;
      const message =
        error instanceof ApiError && error.status === 404
          ? this.t('dossier.notFound')
          : this.failureText(error);
      this.detail = { state: 'error', message };
    }
  }

  /** After an action: reload, then say what happened where the focus goes. */
  private async reported(kind: 'success' | 'stale', text: string) {
    await this.load();
    this.notice = { kind, text };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }

  override render() {
    const detail = this.detail;
    // One heading element whatever the state: the focus put on it survives the loading.
    const heading =
      detail.state === 'loading'
        ? this.t('dossier.loading')
        : detail.state === 'error'
          ? this.t('dossier.failed')
          : this.t('dossier.heading', {
              reference: detail.value.dossier.orderReference,
              n: detail.value.dossier.position,
              total: detail.value.dossier.quantity,
            });
    return html`
      <div class="toolbar">
        <button type="button" class="link" @click=${() => this.onBack()}>
          ${this.t('dossier.back')}
        </button>
      </div>
      <div class="title-line">
        <h2 tabindex="-1">${heading}</h2>
        ${detail.state === 'ready' ? this.renderBadges(detail.value) : nothing}
      </div>
      ${this.renderBody()}
    `;
  }

  private renderBadges(detail: AdminDossier) {
    const { dossier } = detail;
    const deadline = this.deadlineOf(detail, contextOf(dossier.data));
    return html`<span class="badge ${dossier.status}"
        ><span class="visually-hidden">${this.t('dossier.status')} : </span>${dossier.statusLabel}</span
      >
      ${dossier.express ? html`<span class="flag">${this.t('express.flag')}</span>` : nothing}
      ${
        deadline
          ? html`<span class="deadline ${deadline.urgent ? 'urgent' : ''}"
              >${deadline.urgent ? html`<span aria-hidden="true">⚠ </span>` : nothing}${deadline.text}${
                deadline.urgent
                  ? html`<span class="visually-hidden"> ${this.t('deadline.urgent')}</span>`
                  : nothing
              }${deadline.detail ? html` — ${deadline.detail}` : nothing}</span
            >`
          : nothing
      }`;
  }

  private renderBody() {
    const detail = this.detail;
    if (detail.state === 'loading') {
      return html`<p class="status" role="status">${this.t('dossier.loading')}</p>`;
    }
    if (detail.state === 'error') {
      return html`<div class="alert" role="alert">
        <p>${detail.message}</p>
        <button type="button" class="secondary" @click=${() => this.load()}>
          ${this.t('bo.retry')}
        </button>
      </div>`;
    }
    const { order, history } = detail.value;
    const { locale } = this.view;
    const context = contextOf(detail.value.dossier.data);
    return html`
      ${this.renderNotice()}
      <div class="sections">
        <div class="card actions-card wide">
          <certinomis-backoffice-actions
            .view=${this.view}
            .detail=${detail.value}
            .onDone=${(text: string) => this.reported('success', text)}
            .onStale=${() => this.reported('stale', this.t('action.stale'))}
          ></certinomis-backoffice-actions>
        </div>
        ${this.revocation(context)}
        <certinomis-backoffice-order
          class="card wide"
          .view=${this.view}
          .detail=${detail.value}
          .onDone=${(text: string) => this.reported('success', text)}
        ></certinomis-backoffice-order>
        ${this.card('section.order', orderFacts(detail.value, locale))}
        ${this.card('section.buyer', buyerFacts(order, locale), this.billing(order))}
        ${this.card('section.payment', paymentFacts(order, context, locale))}
        ${this.card('section.certificate', certificateFacts(context, locale))}
        <section class="card wide" aria-labelledby="steps-title">
          <h3 id="steps-title">${this.t('section.steps')}</h3>
          <div class="sections">${this.renderSteps(detail.value, context)}</div>
        </section>
        <section class="card wide" aria-labelledby="history-title">
          <h3 id="history-title">${this.t('section.history')}</h3>
          ${this.renderHistory(history, dossierTimeZone(context))}
        </section>
      </div>
    `;
  }

  /** A revocation confirmed by its code: beside the actions, before anything else. */
  private revocation(context: DossierContext) {
    const facts = revocationFacts(context, this.view.locale);
    return facts ? this.card('section.revocation', facts) : nothing;
  }

  private renderNotice() {
    const notice = this.notice;
    if (!notice) return nothing;
    return notice.kind === 'success'
      ? html`<p id="notice" class="notice success" role="status" tabindex="-1">${notice.text}</p>`
      : html`<p id="notice" class="alert" role="alert" tabindex="-1">${notice.text}</p>`;
  }

  private deadlineOf(detail: AdminDossier, context: DossierContext) {
    const { locale } = this.view;
    const deadline = shipBy(context);
    return expressDeadline(
      {
        express: detail.dossier.express,
        status: detail.dossier.status,
        shipBy: deadline,
        hoursLeft: deadline ? hoursUntil(deadline) : null,
      },
      locale,
      // The express deadline is CERTINOMIS's own, in Paris (and says so).
      {
        day: (iso) => formatDay(iso, locale, DEFAULT_TIME_ZONE),
        clock: (iso) => formatClock(iso, locale, DEFAULT_TIME_ZONE),
      },
    );
  }

  private card(title: BackofficeKey, facts: readonly Fact[], extra: unknown = nothing) {
    const id = `card-${title.replace('.', '-')}`;
    return html`<section class="card" aria-labelledby=${id}>
      <h3 id=${id}>${this.t(title)}</h3>
      ${this.facts(facts)} ${extra}
    </section>`;
  }

  private facts(facts: readonly Fact[]) {
    const shown = shownFacts(facts);
    if (shown.length === 0) return html`<p class="status">${this.t('value.notGiven')}</p>`;
    return html`<dl class="facts">
      ${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd>${renderValue(value)}</dd></div>`)}
    </dl>`;
  }

  private billing(order: AdminOrder) {
    const facts = billingFacts(order, this.view.locale);
    if (!facts) return nothing;
    return html`<h4>${this.t('section.billing')}</h4>
      ${this.facts(facts)}`;
  }

  private step(
    step: DossierStep,
    facts: readonly Fact[],
    extra: unknown = nothing,
  ): TemplateResult {
    return html`<section aria-labelledby=${`step-${step}`}>
      <h4 id=${`step-${step}`}>${this.t(STEP_SECTIONS[step])}</h4>
      ${this.facts(facts)} ${extra}
    </section>`;
  }

  private renderSteps({ dossier }: AdminDossier, context: DossierContext) {
    const facts = stepFacts(context, this.view.locale);
    return html`
      ${this.step('organisation', facts.organisation)}
      ${this.step('mandataire', facts.mandataire)}
      ${this.step('beneficiaire', facts.beneficiaire)}
      ${this.step('delivery', facts.delivery)}
      ${this.step(
        'identity',
        facts.identity,
        context.identity?.method === 'online'
          ? html`<certinomis-backoffice-documents
              .view=${this.view}
              .dossier=${dossier}
            ></certinomis-backoffice-documents>`
          : nothing,
      )}
      ${this.step('signature', facts.signature)}
    `;
  }

  private renderHistory(history: HistoryRow[], zone: TimeZone) {
    const { locale } = this.view;
    if (history.length === 0) return html`<p class="status">${this.t('history.empty')}</p>`;
    return html`<table class="history">
        <caption class="visually-hidden">${this.t('history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('history.time')}</th>
            <th scope="col">${this.t('history.actor')}</th>
            <th scope="col">${this.t('history.event')}</th>
            <th scope="col">${this.t('history.change')}</th>
          </tr>
        </thead>
        <tbody>
          ${history.map(
            (row) => html`<tr data-event=${row.event}>
              <td>${formatDateTime(row.occurredAt, locale, zone)}</td>
              <td>${historyActor(row, locale)}</td>
              <td>${historyEvent(row, locale)}</td>
              <td>${historyChange(row, locale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

/** A fact's value as shown: identifiers in monospace, the total in bold. */
function renderValue(value: FactValue) {
  if (typeof value === 'object' && value !== null) {
    return 'mono' in value
      ? html`<span class="mono">${value.mono}</span>`
      : html`<strong>${value.strong}</strong>`;
  }
  return value;
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-dossier': CertinomisBackofficeDossier;
  }
}
