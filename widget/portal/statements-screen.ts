import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { PartnerStatement } from '../../machines/contract.ts';
import { portalMoney } from '../i18n/portal.ts';
import { textField } from '../ui/text-field.ts';
import { saveDownload } from './portal-api.ts';
import { type Failure, PortalScreen } from './screen.ts';

/** This month in Paris time, `YYYY-MM` (statements are cut on Paris months). */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** Relevés: a month picker, the month's totals per product, and its CSV and PDF downloads. */
@customElement('certinomis-portal-statements')
export class CertinomisPortalStatements extends PortalScreen {
  @state() private month = currentMonth();
  @state() private statement: PartnerStatement | null = null;
  @state() private failure: Failure | null = null;
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.busy = true;
    this.failure = null;
    try {
      this.statement = await this.view.api.statement(this.view.session, this.month);
    } catch (error) {
      this.statement = null;
      this.failure = this.failureOf(error);
    } finally {
      this.busy = false;
    }
  }

  private async download(format: 'csv' | 'pdf') {
    this.failure = null;
    try {
      const file = await this.view.api.statementFile(this.view.session, this.month, format);
      saveDownload(file);
      this.view.announce(this.t('orders.downloaded', { name: file.fileName }));
    } catch (error) {
      this.failure = this.failureOf(error);
    }
  }

  override render() {
    return html`
      <h2 tabindex="-1">${this.t('statements.heading')}</h2>
      <form
        class="inline"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.load();
        }}
      >
        ${textField({
          name: 'month',
          label: this.t('statements.month'),
          type: 'month',
          help: this.t('statements.monthHelp'),
          value: this.month,
          error: this.failure?.fields.month ?? null,
          onInput: (value) => {
            this.month = value;
          },
        })}
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.t('statements.show')}</button>
      </form>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => void this.download('csv')}>${this.t('statements.csv')}</button>
        <button type="button" class="secondary" @click=${() => void this.download('pdf')}>${this.t('statements.pdf')}</button>
      </div>
      ${this.alert(this.failure)} ${this.statement ? this.renderStatement(this.statement) : nothing}
    `;
  }

  private renderStatement(statement: PartnerStatement) {
    const locale = this.view.locale;
    const money = (cents: number) => portalMoney(cents, locale);
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.t('statements.caption', { month: statement.month })}>
      <table>
        <caption>${this.t('statements.caption', { month: statement.month })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('statements.col.product')}</th>
            <th scope="col">${this.t('statements.col.orders')}</th>
            <th scope="col">${this.t('statements.col.quantity')}</th>
            <th scope="col">${this.t('statements.col.ht')}</th>
            <th scope="col">${this.t('statements.col.ttc')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            statement.byProduct.length === 0
              ? html`<tr><td class="empty" colspan="5">${this.t('statements.empty')}</td></tr>`
              : statement.byProduct.map(
                  (line) => html`<tr>
                    <td>${line.productCode}</td>
                    <td>${line.orders}</td>
                    <td>${line.quantity}</td>
                    <td>${money(line.ht)}</td>
                    <td>${money(line.ttc)}</td>
                  </tr>`,
                )
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this.t('statements.total')}</th>
            <td>${statement.totals.orders}</td>
            <td></td>
            <td>${money(statement.totals.ht)}</td>
            <td>${money(statement.totals.ttc)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-statements': CertinomisPortalStatements;
  }
}
