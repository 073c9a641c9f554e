import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CertificateRow, DossierRow, Page } from '../../machines/contract.ts';
import './billing-documents.ts';
import './revocation-button.ts';
import { formatDate } from '../i18n/space-dates.ts';
import { DashboardScreenElement } from './dashboard-screen-element.ts';
import { renderDossierTable } from './dossier-table.ts';
import { certificateRenewal, openLinkedRenewal } from './renewal-row.ts';
import { failureFrom } from './space-api.ts';

/** How many dossiers the dashboard shows before `Voir tout >`. */
export const DASHBOARD_ROWS = 5;

type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error' };

/**
 * The dashboard: "Vos demandes de certificats à compléter" (the newest rows, `Voir tout >`) and
 * "Prochaines échéances des certificats" (Identité, Bénéficiaire, Statut, Expiration; "PAS DE
 * DONNÉES" when no certificate was issued). Reloaded when the locale changes (the API labels the
 * statuses); a 401 ends the session.
 *
 * @csspart dossier-button - each row's pen button.
 */
@customElement('certinomis-space-dashboard')
export class CertinomisSpaceDashboard extends DashboardScreenElement {
  @state() private dossiers: Load<Page<DossierRow>> = { state: 'loading' };
  @state() private certificates: Load<Page<CertificateRow>> = { state: 'loading' };
  private loaded: string | null = null;
  private abort: AbortController | null = null;

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const key = `${this.view.locale}:${this.view.session?.accessToken ?? ''}`;
    if (key !== this.loaded) {
      this.loaded = key;
      void this.load();
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Loads both lists; any 401 sends `space.sessionExpired`. */
  async load(): Promise<void> {
    const session = this.view.session;
    if (!session) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const { api, send } = this.view;
    const settle = async <T>(request: Promise<T>): Promise<Load<T>> => {
      try {
        return { state: 'ready', value: await request };
      } catch (error) {
        if (!abort.signal.aborted && failureFrom(error).status === 401) {
          send({ type: 'space.sessionExpired' });
        }
        return { state: 'error' };
      }
    };
    const [dossiers, certificates] = await Promise.all([
      settle(
        api.dossiers(session.accessToken, { open: true, limit: DASHBOARD_ROWS }, abort.signal),
      ),
      settle(api.certificates(session.accessToken, abort.signal)),
    ]);
    if (abort.signal.aborted) return;
    this.dossiers = dossiers;
    this.certificates = certificates;
    if (certificates.state === 'ready') openLinkedRenewal(this.view, certificates.value.items);
  }

  override render() {
    return html`
      <h2 tabindex="-1">${this.t('dashboard.heading')}</h2>
      <div class="panels">
        <section aria-labelledby="dossiers-title">
          <div class="section-head">
            <h3 id="dossiers-title">${this.t('dossiers.heading')}</h3>
            ${
              this.dossiers.state === 'ready' && this.dossiers.value.items.length > 0
                ? html`<button
                    type="button"
                    class="link all"
                    aria-describedby="dossiers-title"
                    @click=${() => this.view.send({ type: 'space.showAll' })}
                  >
                    ${this.t('dossiers.all')} <span aria-hidden="true">&gt;</span>
                  </button>`
                : nothing
            }
          </div>
          ${this.renderDossiers()}
        </section>
        <section aria-labelledby="certificates-title" @revocation-done=${() => this.load()}>
          <h3 id="certificates-title">${this.t('certificates.heading')}</h3>
          ${this.renderCertificates()}
        </section>
        <certinomis-space-billing .view=${this.view}></certinomis-space-billing>
      </div>
    `;
  }

  private renderDossiers() {
    const { dossiers } = this;
    if (dossiers.state === 'loading') {
      return html`<p class="status" role="status">${this.t('dossiers.loading')}</p>`;
    }
    if (dossiers.state === 'error') return this.renderLoadError();
    return renderDossierTable(
      this.view,
      dossiers.value.items,
      this.t('dossiers.empty'),
      this.t('dossiers.heading'),
    );
  }

  private renderCertificates() {
    const { certificates } = this;
    if (certificates.state === 'loading') return nothing;
    if (certificates.state === 'error') return this.renderLoadError();
    const { locale } = this.view;
    const rows = certificates.value.items;
    return html`<div class="scroll">
      <table class="certificates">
        <caption class="visually-hidden">${this.t('certificates.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('certificates.identity')}</th>
            <th scope="col">${this.t('certificates.beneficiary')}</th>
            <th scope="col">${this.t('certificates.status')}</th>
            <th scope="col">${this.t('certificates.expiry')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr><td class="empty" colspan="4">${this.t('certificates.empty')}</td></tr>`
              : rows.map(
                  (row) => html`<tr>
                    <td>${row.identity ?? '—'}</td>
                    <td>${row.beneficiary ?? '—'}</td>
                    <td>
                      <span class="badge ${row.status}">${row.statusLabel}</span>
                      ${certificateRenewal(this.view, row)}
                      <certinomis-space-revocation .view=${this.view} .row=${row}></certinomis-space-revocation>
                    </td>
                    <td>${row.expiresAt ? formatDate(row.expiresAt, locale, row.timeZone) : '—'}</td>
                  </tr>`,
                )
          }
        </tbody>
      </table>
    </div>`;
  }

  private renderLoadError() {
    return html`<div class="alert" role="alert">
      <p>${this.t('dossiers.failed')}</p>
      <button type="button" class="secondary" @click=${() => this.load()}>
        ${this.t('dossiers.retry')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-dashboard': CertinomisSpaceDashboard;
  }
}
