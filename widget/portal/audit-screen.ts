import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { PartnerAuditEntry } from '../../machines/contract.ts';
import { portalDateTime } from '../i18n/portal.ts';
import { type Failure, PortalScreen } from './screen.ts';

/** Journal: every change made through the partner API (who, when, what, from which IP), pages. */
@customElement('certinomis-portal-audit')
export class CertinomisPortalAudit extends PortalScreen {
  @state() private entries: PartnerAuditEntry[] | null = null;
  @state() private next: string | null = null;
  @state() private failure: Failure | null = null;
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load(null);
  }

  private async load(cursor: string | null) {
    this.busy = true;
    try {
      const page = await this.view.api.audit(this.view.session, cursor);
      this.entries = cursor ? [...(this.entries ?? []), ...page.items] : page.items;
      this.next = page.nextCursor;
    } catch (error) {
      this.failure = this.failureOf(error);
    } finally {
      this.busy = false;
    }
  }

  private actor(entry: PartnerAuditEntry): string {
    if (entry.actor.type === 'secret_key') return this.t('audit.secretKey', { id: entry.actor.id });
    return entry.actor.email ?? entry.actor.id;
  }

  override render() {
    const locale = this.view.locale;
    const entries = this.entries;
    return html`
      <h2 tabindex="-1">${this.t('audit.heading')}</h2>
      ${this.alert(this.failure)}
      ${
        entries
          ? html`<div class="scroll" tabindex="0" role="region" aria-label=${this.t('audit.caption')}>
              <table>
                <caption>${this.t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('audit.col.at')}</th>
                    <th scope="col">${this.t('audit.col.action')}</th>
                    <th scope="col">${this.t('audit.col.actor')}</th>
                    <th scope="col">${this.t('audit.col.ip')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${
                    entries.length === 0
                      ? html`<tr><td class="empty" colspan="4">${this.t('audit.empty')}</td></tr>`
                      : entries.map(
                          (entry) => html`<tr>
                            <td>${portalDateTime(entry.at, locale)}</td>
                            <td>${this.t(`audit.action.${entry.action}`)}</td>
                            <td>${this.actor(entry)}</td>
                            <td class="mono">${entry.ip ?? '—'}</td>
                          </tr>`,
                        )
                  }
                </tbody>
              </table>
            </div>
            ${this.next ? html`<p><button type="button" class="secondary more" ?disabled=${this.busy} @click=${() => void this.load(this.next)}>${this.t('portal.more')}</button></p>` : nothing}`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-audit': CertinomisPortalAudit;
  }
}
