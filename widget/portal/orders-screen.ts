import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { PartnerOrderView } from '../../machines/contract.ts';
import { countKey } from '../i18n/plural.ts';
import { portalDateTime, portalMoney } from '../i18n/portal.ts';
import { textField } from '../ui/text-field.ts';
import { type OrderFilters, saveDownload } from './portal-api.ts';
import { type Failure, PortalScreen } from './screen.ts';

const noFilter: OrderFilters = { status: '', mode: '', from: '', to: '' };

/**
 * Commandes: filters (status, mode, dates, Paris days), the newest orders first in keyset pages
 * ("Afficher plus" follows `nextCursor`), and the same selection as a CSV download.
 */
@customElement('certinomis-portal-orders')
export class CertinomisPortalOrders extends PortalScreen {
  @state() private filters: OrderFilters = noFilter;
  @state() private orders: PartnerOrderView[] | null = null;
  @state() private next: string | null = null;
  @state() private failure: Failure | null = null;
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load(null);
  }

  private async load(cursor: string | null) {
    this.busy = true;
    this.failure = null;
    try {
      const page = await this.view.api.orders(this.view.session, this.filters, cursor);
      this.orders = cursor ? [...(this.orders ?? []), ...page.items] : page.items;
      this.next = page.nextCursor;
      const n = this.orders.length;
      this.view.announce(this.t(countKey(this.view.locale, n, 'orders.count'), { n }));
    } catch (error) {
      this.failure = this.failureOf(error);
    } finally {
      this.busy = false;
    }
  }

  private async csv() {
    this.failure = null;
    try {
      const file = await this.view.api.ordersCsv(this.view.session, this.filters);
      saveDownload(file);
      this.view.announce(this.t('orders.downloaded', { name: file.fileName }));
    } catch (error) {
      this.failure = this.failureOf(error);
    }
  }

  private filter(name: keyof OrderFilters, value: string) {
    this.filters = { ...this.filters, [name]: value };
  }

  override render() {
    const f = this.filters;
    const errors = this.failure?.fields ?? {};
    return html`
      <h2 tabindex="-1">${this.t('orders.heading')}</h2>
      <form
        class="filters"
        novalidate
        aria-label=${this.t('orders.filters')}
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.load(null);
        }}
      >
        ${textField({
          name: 'status',
          label: this.t('orders.status'),
          type: 'select',
          required: false,
          value: f.status,
          error: errors.status ?? null,
          options: [
            { value: '', label: this.t('orders.statusAll') },
            ...(['placed', 'completed', 'cancelled'] as const).map((s) => ({
              value: s,
              label: this.t(`orders.status.${s}`),
            })),
          ],
          onInput: (value) => this.filter('status', value),
        })}
        ${textField({
          name: 'mode',
          label: this.t('orders.mode'),
          type: 'select',
          required: false,
          value: f.mode,
          error: errors.mode ?? null,
          options: [
            { value: '', label: this.t('orders.modeAll') },
            { value: 'test', label: this.t('orders.mode.test') },
            { value: 'live', label: this.t('orders.mode.live') },
          ],
          onInput: (value) => this.filter('mode', value),
        })}
        ${textField({ name: 'from', label: this.t('orders.from'), type: 'date', required: false, value: f.from, error: errors.from ?? null, onInput: (value) => this.filter('from', value) })}
        ${textField({ name: 'to', label: this.t('orders.to'), type: 'date', required: false, value: f.to, error: errors.to ?? null, onInput: (value) => this.filter('to', value) })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.t('orders.apply')}</button>
          <button type="button" class="secondary" @click=${() => void this.csv()}>${this.t('orders.csv')}</button>
        </div>
      </form>
      ${this.alert(this.failure)} ${this.orders ? this.renderTable(this.orders) : nothing}
    `;
  }

  private payment(order: PartnerOrderView): string {
    if (!order.paymentMethod) return '—';
    const method = this.t(`payment.${order.paymentMethod}`);
    return order.paymentStatus
      ? this.t('orders.payment', { method, status: this.t(`paymentStatus.${order.paymentStatus}`) })
      : method;
  }

  private renderTable(orders: PartnerOrderView[]) {
    const locale = this.view.locale;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.t('orders.caption')}>
        <table>
          <caption>${this.t('orders.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('orders.col.reference')}</th>
              <th scope="col">${this.t('orders.col.date')}</th>
              <th scope="col">${this.t('orders.col.organisation')}</th>
              <th scope="col">${this.t('orders.col.product')}</th>
              <th scope="col">${this.t('orders.col.ttc')}</th>
              <th scope="col">${this.t('orders.col.payment')}</th>
              <th scope="col">${this.t('orders.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              orders.length === 0
                ? html`<tr><td class="empty" colspan="7">${this.t('orders.empty')}</td></tr>`
                : orders.map(
                    (order) => html`<tr>
                      <td class="mono">${order.reference}</td>
                      <td>${portalDateTime(order.createdAt, locale)}</td>
                      <td>${order.organisation.name}</td>
                      <td>${order.productCode} × ${order.quantity}</td>
                      <td>${portalMoney(order.totals.ttc, locale)}</td>
                      <td>${this.payment(order)}</td>
                      <td>${this.t(`orders.status.${order.status}`)}</td>
                    </tr>`,
                  )
            }
          </tbody>
        </table>
      </div>
      ${this.next ? html`<p><button type="button" class="secondary more" ?disabled=${this.busy} @click=${() => void this.load(this.next)}>${this.t('portal.more')}</button></p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-orders': CertinomisPortalOrders;
  }
}
