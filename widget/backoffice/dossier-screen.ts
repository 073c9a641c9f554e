import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminDossier, AdminOrder, HistoryRow } from '../../machines/contract.ts';
import { shipBy } from '../../machines/dossier/conditions.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import { isMessageKey, translate } from '../../machines/messages/index.ts';
import type { DossierStep, Person } from '../../machines/schemas/dossier.ts';
import { ApiError } from '../api-client.ts';
import { formatMoney } from '../format.ts';
import {
  type BackofficeKey,
  formatClock,
  formatDateTime,
  formatDay,
  formatSize,
  isBackofficeKey,
} from '../i18n/backoffice.ts';
import { contextOf } from './actions.ts';
import './actions.ts';
import { expressDeadline, hoursUntil } from './deadline.ts';
import { BackofficeScreen, isAbort, type Load } from './screen.ts';

type Fact = [label: string, value: unknown];

const STEP_SECTIONS: Record<DossierStep, BackofficeKey> = {
  organisation: 'section.organisation',
  mandataire: 'section.mandataire',
  beneficiaire: 'section.beneficiaire',
  delivery: 'section.delivery',
  identity: 'section.identity',
  signature: 'section.signature',
};

const TYPE_NAMES: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/pdf': 'PDF',
};

/**
 * One dossier for the operator: what can be done now (`<certinomis-backoffice-actions>`), the
 * order and its buyer, the payment (method, state, what the buyer announced, what was
 * received), every step of the dossier with the ID scan (downloaded with the operator's token
 * into a Blob URL; images previewed), the certificate and its shipment, and the full history
 * of the dossier and its order. After an action the dossier is reloaded and the outcome is
 * said where the focus goes.
 */
@customElement('certinomis-backoffice-dossier')
export class CertinomisBackofficeDossier extends BackofficeScreen {
  @property({ attribute: false }) dossierId = '';
  @property({ attribute: false }) onBack: () => void = () => {};

  @state() private detail: Load<AdminDossier> = { state: 'loading' };
  @state() private notice: { kind: 'success' | 'stale'; text: string } | null = null;
  @state() private preview: { documentId: string; url: string; alt: string } | null = null;
  @state() private documentError: string | null = null;
  @state() private documentBusy: string | null = null;
  private loaded: string | null = null;
  private abort: AbortController | null = null;

  override willUpdate(changed: PropertyValues<this>) {
    const key = `${this.view.locale}:${this.view.accessToken}:${this.dossierId}`;
    if (key !== this.loaded) {
      const sameDossier = this.loaded?.endsWith(`:${this.dossierId}`) ?? false;
      this.loaded = key;
      if (!sameDossier || changed.has('dossierId')) {
        this.notice = null;
        this.dropPreview();
      }
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
    this.dropPreview();
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

  private dropPreview() {
    if (this.preview) URL.revokeObjectURL(this.preview.url);
    this.preview = null;
    this.documentError = null;
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
        ${this.card('section.order', this.orderFacts(detail.value))}
        ${this.card('section.buyer', this.buyerFacts(order), this.billing(order))}
        ${this.card('section.payment', this.paymentFacts(order, context))}
        ${this.card('section.certificate', this.certificateFacts(context))}
        <section class="card wide" aria-labelledby="steps-title">
          <h3 id="steps-title">${this.t('section.steps')}</h3>
          <div class="sections">${this.renderSteps(detail.value, context)}</div>
        </section>
        <section class="card wide" aria-labelledby="history-title">
          <h3 id="history-title">${this.t('section.history')}</h3>
          ${this.renderHistory(history)}
        </section>
      </div>
    `;
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
      { day: (iso) => formatDay(iso, locale), clock: (iso) => formatClock(iso, locale) },
    );
  }

  private card(title: BackofficeKey, facts: Fact[], extra: unknown = nothing) {
    const id = `card-${title.replace('.', '-')}`;
    return html`<section class="card" aria-labelledby=${id}>
      <h3 id=${id}>${this.t(title)}</h3>
      ${this.facts(facts)} ${extra}
    </section>`;
  }

  private facts(facts: Fact[]) {
    const shown = facts.filter(
      ([, value]) => value !== null && value !== undefined && value !== '',
    );
    if (shown.length === 0) return html`<p class="status">${this.t('value.notGiven')}</p>`;
    return html`<dl class="facts">
      ${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  private day(iso: string | null | undefined): string | null {
    return iso ? formatDay(iso, this.view.locale) : null;
  }

  private dateTime(iso: string | null | undefined): string | null {
    return iso ? formatDateTime(iso, this.view.locale) : null;
  }

  private money(cents: number): string {
    return formatMoney(cents, this.view.locale);
  }

  private orderFacts({ dossier, order }: AdminDossier): Fact[] {
    const options = [
      order.usbReader ? this.t('value.usbReader') : '',
      order.express ? this.t('value.express') : '',
    ].filter(Boolean);
    return [
      [this.t('label.reference'), html`<span class="mono">${order.reference}</span>`],
      [this.t('label.orderDate'), this.dateTime(dossier.orderDate)],
      [this.t('label.product'), dossier.productLabel],
      [
        this.t('label.position'),
        this.t('queue.position', { n: dossier.position, total: dossier.quantity }),
      ],
      [this.t('label.options'), options.length ? options.join(', ') : this.t('value.noOption')],
      [this.t('label.totalHt'), this.money(order.totalHt)],
      [this.t('label.totalVat'), this.money(order.totalVat)],
      [this.t('label.totalTtc'), html`<strong>${this.money(order.totalTtc)}</strong>`],
    ];
  }

  private address(fields: Record<string, string | undefined>): string | null {
    const line = [fields.address, [fields.postalCode, fields.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const country = fields.country && fields.country !== 'FR' ? ` (${fields.country})` : '';
    return line ? `${line}${country}` : null;
  }

  private civility(value: string | undefined): string {
    return value === 'MR' || value === 'MME' ? this.t(`civility.${value}`) : (value ?? '');
  }

  private buyerFacts(order: AdminOrder): Fact[] {
    const c = order.customer;
    return [
      [
        this.t('label.name'),
        [this.civility(c.civility), c.firstName, c.lastName].filter(Boolean).join(' '),
      ],
      [this.t('label.company'), c.companyName],
      [this.t('label.siret'), c.siret ? html`<span class="mono">${c.siret}</span>` : null],
      [this.t('label.email'), c.email],
      [this.t('label.phone'), c.phone],
      [this.t('label.address'), this.address(c)],
      [
        this.t('label.options'),
        order.publicAdministration ? this.t('value.publicAdministration') : null,
      ],
    ];
  }

  private billing(order: AdminOrder) {
    const b = order.billing;
    if (!b) return nothing;
    return html`<h4>${this.t('section.billing')}</h4>
      ${this.facts([
        [this.t('label.company'), b.companyName],
        [this.t('label.address'), this.address(b)],
        [this.t('label.email'), b.email],
      ])}`;
  }

  private paymentFacts(order: AdminOrder, context: DossierContext): Fact[] {
    const d = order.details;
    const payment = context.payment;
    const received = payment
      ? [
          this.t('value.paymentReceived', {
            amount: this.money(payment.amount),
            date: this.dateTime(payment.receivedAt) ?? '',
          }),
          payment.reference ? this.t('value.paymentLabel', { label: payment.reference }) : '',
          payment.chequeNumber
            ? this.t('value.paymentCheque', {
                number: payment.chequeNumber,
                bank: payment.bank ?? '',
              })
            : '',
        ]
          .filter(Boolean)
          .join(' — ')
      : order.receivedAt
        ? this.dateTime(order.receivedAt)
        : null;
    return [
      [this.t('label.method'), this.t(`payment.${order.method}`)],
      [this.t('label.status'), this.t(`state.${order.status}`)],
      [this.t('label.totalTtc'), this.money(order.totalTtc)],
      [this.t('label.transferReference'), d.transferReference],
      [this.t('label.chequeNumber'), d.chequeNumber],
      [this.t('label.bank'), d.bank],
      [this.t('label.siret'), order.method === 'mandate' ? d.siret : null],
      [this.t('label.serviceCode'), d.serviceCode],
      [this.t('label.chorusOrderNumber'), d.chorusOrderNumber],
      [this.t('label.received'), received],
    ];
  }

  private certificateFacts(context: DossierContext): Fact[] {
    const { certificate, shipment } = context;
    const shipped =
      shipment?.mode === 'mail'
        ? this.t('value.shippedBy', {
            carrier: shipment.carrier,
            tracking: shipment.trackingNumber,
            date: this.dateTime(shipment.at) ?? '',
          })
        : shipment?.mode === 'post_office'
          ? this.t('value.atPostOffice', { date: this.dateTime(shipment.at) ?? '' })
          : this.t('value.notShipped');
    const outcome = context.cancelledAt
      ? this.t('value.cancelled', {
          date: this.day(context.cancelledAt) ?? '',
          reason: context.cancelReason ?? '',
        })
      : context.refusedAt
        ? this.t('value.refused', {
            date: this.day(context.refusedAt) ?? '',
            reason: context.refusalReason ?? '',
          })
        : null;
    return [
      [
        this.t('label.serialNumber'),
        certificate
          ? html`<span class="mono">${certificate.serialNumber}</span>`
          : this.t('value.notIssued'),
      ],
      [this.t('label.notBefore'), this.day(certificate?.notBefore)],
      [this.t('label.notAfter'), this.day(certificate?.notAfter)],
      [this.t('label.shipment'), certificate ? shipped : null],
      [this.t('label.outcome'), outcome],
    ];
  }

  private person(person: Person | null | undefined): Fact[] {
    if (!person) return [];
    return [
      [
        this.t('label.name'),
        [this.civility(person.civility), person.firstName, person.lastName].join(' '),
      ],
      [this.t('label.function'), person.function],
      [this.t('label.email'), person.email],
      [this.t('label.mobile'), person.mobile],
    ];
  }

  private step(step: DossierStep, facts: Fact[], extra: unknown = nothing): TemplateResult {
    return html`<section aria-labelledby=${`step-${step}`}>
      <h4 id=${`step-${step}`}>${this.t(STEP_SECTIONS[step])}</h4>
      ${this.facts(facts)} ${extra}
    </section>`;
  }

  private renderSteps(detail: AdminDossier, context: DossierContext) {
    const { organisation, beneficiaire, delivery, identity } = context;
    const identityStatus =
      context.identityStatus === 'refused'
        ? this.t('value.identityStatus.refused', { reason: context.identityRefusalReason ?? '' })
        : context.identityStatus === 'verified' && context.identityVerifiedAt
          ? `${this.t('value.identityStatus.verified')} (${this.dateTime(context.identityVerifiedAt)})`
          : this.t(`value.identityStatus.${context.identityStatus}`);
    const signature = context.signatureMethod
      ? [
          this.t(`value.signature.${context.signatureMethod}`),
          context.signedAt
            ? this.t('value.signedAt', { date: this.dateTime(context.signedAt) ?? '' })
            : '',
        ]
          .filter(Boolean)
          .join(', ')
      : context.signature
        ? this.t(`value.signature.${context.signature.method}`)
        : null;
    const paper =
      context.signatureMethod === 'handwritten'
        ? context.paperReceived
          ? this.t('value.paperReceived', { date: this.dateTime(context.paperReceivedAt) ?? '' })
          : this.t('value.paperAwaited')
        : null;
    return html`
      ${this.step('organisation', [
        [this.t('label.company'), organisation?.name],
        [
          this.t('label.siret'),
          organisation ? html`<span class="mono">${organisation.siret}</span>` : null,
        ],
        [this.t('label.address'), organisation ? this.address(organisation) : null],
      ])}
      ${this.step('mandataire', this.person(context.mandataire))}
      ${this.step(
        'beneficiaire',
        beneficiaire?.sameAsMandataire
          ? [[this.t('label.name'), this.t('value.sameAsMandataire')]]
          : this.person(beneficiaire?.person),
      )}
      ${this.step('delivery', [
        [
          this.t('label.recipient'),
          delivery
            ? `${this.t(`value.recipient.${delivery.recipient}`)}, ${this.t(`value.mode.${delivery.mode}`)}`
            : null,
        ],
      ])}
      ${this.step(
        'identity',
        [
          [this.t('label.method'), identity ? this.t(`value.identity.${identity.method}`) : null],
          [this.t('label.status'), identity ? identityStatus : null],
        ],
        identity?.method === 'online' ? this.renderDocuments(detail) : nothing,
      )}
      ${this.step('signature', [
        [
          this.t('label.method'),
          signature ?? (context.signedAt ? null : this.t('value.notSigned')),
        ],
        [this.t('label.status'), paper],
      ])}
    `;
  }

  private renderDocuments({ dossier }: AdminDossier) {
    const { locale } = this.view;
    const documents = dossier.documents;
    if (documents.length === 0) return html`<p class="status">${this.t('document.none')}</p>`;
    const preview = this.preview;
    return html`
      <h5 class="visually-hidden">${this.t('label.document')}</h5>
      <ul class="documents">
        ${documents.map((document) => {
          const date = formatDateTime(document.uploadedAt, locale);
          const image = document.contentType.startsWith('image/');
          const busy = this.documentBusy === document.id;
          return html`<li data-document=${document.id}>
            <span
              >${this.t('document.describe', {
                type: TYPE_NAMES[document.contentType] ?? document.contentType,
                size: formatSize(document.size, locale),
                date,
              })}</span
            >
            <button
              type="button"
              class="secondary"
              ?disabled=${busy}
              aria-label=${this.t('document.downloadLabel', { date })}
              @click=${() => this.download(dossier.id, document.id)}
            >
              ${this.t('document.download')}
            </button>
            ${
              image
                ? preview?.documentId === document.id
                  ? html`<button type="button" class="secondary" @click=${() => this.dropPreview()}>
                      ${this.t('document.hide')}
                    </button>`
                  : html`<button
                      type="button"
                      class="secondary"
                      ?disabled=${busy}
                      aria-label=${this.t('document.previewLabel', { date })}
                      @click=${() =>
                        this.showPreview(dossier.id, document.id, this.t('document.alt', { date }))}
                    >
                      ${this.t('document.preview')}
                    </button>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${this.documentError ? html`<p class="alert" role="alert">${this.documentError}</p>` : nothing}
      ${
        preview
          ? html`<figure class="preview">
              <img src=${preview.url} alt=${preview.alt} />
            </figure>`
          : nothing
      }
    `;
  }

  /** Fetches the scan with the operator's token and saves it from a Blob URL. */
  private async download(dossierId: string, documentId: string) {
    this.documentError = null;
    this.documentBusy = documentId;
    try {
      const { blob, fileName } = await this.view.api.document(
        this.view.accessToken,
        dossierId,
        documentId,
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      if (!this.handledAuth(error)) this.documentError = this.t('document.failed');
    } finally {
      this.documentBusy = null;
    }
  }

  /** Shows an image scan from a Blob URL (the page's CSP allows `img-src blob:`). */
  private async showPreview(dossierId: string, documentId: string, alt: string) {
    this.documentError = null;
    this.documentBusy = documentId;
    try {
      const { blob } = await this.view.api.document(this.view.accessToken, dossierId, documentId);
      this.dropPreview();
      this.preview = { documentId, url: URL.createObjectURL(blob), alt };
    } catch (error) {
      if (!this.handledAuth(error)) this.documentError = this.t('document.failed');
    } finally {
      this.documentBusy = null;
    }
  }

  private renderHistory(history: HistoryRow[]) {
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
              <td class="nowrap">${formatDateTime(row.occurredAt, this.view.locale)}</td>
              <td>${this.actor(row)}</td>
              <td>${this.eventText(row)}</td>
              <td>${this.change(row)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private actor(row: HistoryRow): string {
    const kind = this.t(`actor.${row.actorType}`);
    return row.actorId?.includes('@') ? `${kind} (${row.actorId})` : kind;
  }

  private eventText(row: HistoryRow): string {
    const key = `event.${row.event}`;
    if (!isBackofficeKey(key)) return row.event;
    const payload = (row.data?.event ?? row.data ?? {}) as Record<string, unknown>;
    const text = (name: string) => (typeof payload[name] === 'string' ? payload[name] : '');
    const step = text('step');
    return this.t(key, {
      step: step in STEP_SECTIONS ? this.t(STEP_SECTIONS[step as DossierStep]) : step,
      reason: text('reason'),
      serial: text('serialNumber'),
      carrier: text('carrier'),
      tracking: text('trackingNumber'),
    });
  }

  private state(value: string): string {
    const status = `status.${value}`;
    if (isMessageKey(status)) return translate(this.view.locale, status);
    const own = `state.${value}`;
    return isBackofficeKey(own) ? this.t(own) : value;
  }

  private change(row: HistoryRow) {
    if (!row.toState) return this.t('value.none');
    if (!row.fromState || row.fromState === row.toState) return this.state(row.toState);
    return `${this.state(row.fromState)} → ${this.state(row.toState)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-dossier': CertinomisBackofficeDossier;
  }
}
