import '../../machines/messages/dossier.ts';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DOSSIER_STATUSES, type DossierRow, type DossierStatus } from '../../machines/contract.ts';
import { translate } from '../../machines/messages/messages.ts';
import { countKey } from '../i18n/plural.ts';
import type { CertinomisField, FieldOption } from '../ui/field.ts';
import { DashboardScreenElement } from './dashboard-screen-element.ts';
import { renderDossierTable } from './dossier-table.ts';
import { failureFrom } from './space-api.ts';

/** Rows per page of `Voir tout`. */
export const PAGE_SIZE = 20;

/**
 * `Voir tout`: every dossier of the account, 20 at a time (`Afficher plus` follows the API's
 * `nextCursor`), filtered by status.
 *
 * @csspart field - the status filter.
 * @csspart dossier-button - each row's pen button.
 */
@customElement('certinomis-space-dossiers')
export class CertinomisSpaceDossiers extends DashboardScreenElement {
  @state() private rows: DossierRow[] = [];
  @state() private cursor: string | null = null;
  @state() private status: DossierStatus | '' = '';
  @state() private loading = true;
  @state() private failed = false;
  private loaded: string | null = null;
  private abort: AbortController | null = null;

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const key = `${this.view.locale}:${this.view.session?.accessToken ?? ''}`;
    if (key !== this.loaded) {
      this.loaded = key;
      void this.load(false);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** The first page (`more` false, after a filter or locale change) or the next one. */
  async load(more: boolean): Promise<void> {
    const session = this.view.session;
    if (!session) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.failed = false;
    try {
      const page = await this.view.api.dossiers(
        session.accessToken,
        { status: this.status || null, cursor: more ? this.cursor : null, limit: PAGE_SIZE },
        abort.signal,
      );
      if (abort.signal.aborted) return;
      this.rows = more ? [...this.rows, ...page.items] : page.items;
      this.cursor = page.nextCursor;
      this.loading = false;
      this.view.announce(
        this.t(countKey(this.view.locale, this.rows.length, 'dossiers.shown'), {
          n: this.rows.length,
        }),
      );
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loading = false;
      if (failureFrom(error).status === 401) {
        this.view.send({ type: 'space.sessionExpired' });
        return;
      }
      this.failed = true;
    }
  }

  private filterOptions(): FieldOption[] {
    const { locale } = this.view;
    return [
      { value: '', label: this.t('dossiers.filterAll') },
      ...DOSSIER_STATUSES.map((status) => ({
        value: status,
        label: translate(locale, `status.${status}`),
      })),
    ];
  }

  override render() {
    const { send } = this.view;
    const first = this.loading && this.rows.length === 0;
    return html`
      <div class="actions">
        <button type="button" class="link" @click=${() => send({ type: 'space.showOverview' })}>
          ${this.t('dossiers.back')}
        </button>
      </div>
      <h2 tabindex="-1">${this.t('dossiers.allHeading')}</h2>
      <certinomis-field
        class="filter"
        part="field"
        name="status"
        type="select"
        label=${this.t('dossiers.filter')}
        .value=${this.status}
        .options=${this.filterOptions()}
        @change=${(event: Event) => {
          this.status = (event.target as CertinomisField).value as DossierStatus | '';
          void this.load(false);
        }}
      ></certinomis-field>
      ${
        first
          ? html`<p class="status" role="status">${this.t('dossiers.loading')}</p>`
          : renderDossierTable(
              this.view,
              this.rows,
              this.t(this.status ? 'dossiers.emptyFilter' : 'dossiers.empty'),
              this.t('dossiers.allHeading'),
            )
      }
      ${
        this.failed
          ? html`<div class="alert" role="alert">
              <p>${this.t('dossiers.failed')}</p>
              <button
                type="button"
                class="secondary"
                @click=${() => this.load(this.rows.length > 0)}
              >
                ${this.t('dossiers.retry')}
              </button>
            </div>`
          : nothing
      }
      ${
        this.cursor && !first
          ? html`<button
              type="button"
              class="secondary more"
              ?disabled=${this.loading}
              aria-busy=${this.loading ? 'true' : 'false'}
              @click=${() => this.load(true)}
            >
              ${this.t('dossiers.more')}
            </button>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-dossiers': CertinomisSpaceDossiers;
  }
}
