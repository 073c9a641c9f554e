import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE } from '../../machines/rules/time-zone.ts';
import type { BillingDocument } from '../../machines/schemas/cancellation.ts';
import { formatDate } from '../i18n/space-dates.ts';
import { DashboardScreenElement } from './dashboard-screen-element.ts';
import { failureFrom } from './space-api.ts';

const euros = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/**
 * "Factures et avoirs": the buyer's invoices, each credit note beside (under) its invoice,
 * with its Factur-X PDF and its CII XML to download (fetched with the session, saved as a file).
 */
@customElement('certinomis-space-billing')
export class CertinomisSpaceBilling extends DashboardScreenElement {
  @state() private items: BillingDocument[] | 'loading' | 'error' = 'loading';
  private loaded: string | null = null;

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const token = this.view?.session?.accessToken ?? '';
    if (token && token !== this.loaded) {
      this.loaded = token;
      void this.load(token);
    }
  }

  private async load(token: string) {
    try {
      this.items = (await this.view.api.billingDocuments(token)).items;
    } catch (error) {
      if (failureFrom(error).status === 401) this.view.send({ type: 'space.sessionExpired' });
      this.items = 'error';
    }
  }

  private async save(path: string, fileName: string) {
    const token = this.view.session?.accessToken;
    if (!token) return;
    const url = URL.createObjectURL(await this.view.api.download(path, token));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  override render() {
    const { items } = this;
    const locale = this.view.locale;
    if (items === 'loading') return nothing;
    if (items === 'error') {
      return html`<p class="status" role="status">${this.t('dossiers.failed')}</p>`;
    }
    return html`<section aria-labelledby="billing-title">
      <h3 id="billing-title">${this.t('billing.heading')}</h3>
      <div class="scroll">
        <table class="billing">
          <thead>
            <tr>
              <th scope="col">${this.t('billing.document')}</th>
              <th scope="col">${this.t('billing.amount')}</th>
              <th scope="col">${this.t('billing.download')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              items.length === 0
                ? html`<tr><td class="empty" colspan="3">${this.t('billing.empty')}</td></tr>`
                : items.map((doc) => {
                    // The date the invoice itself bears (issued in Paris).
                    const date = formatDate(doc.issueDate, locale, DEFAULT_TIME_ZONE);
                    const label =
                      doc.kind === 'invoice'
                        ? this.t('billing.invoice', {
                            number: doc.number,
                            reference: doc.orderReference,
                            date,
                          })
                        : this.t('billing.creditNote', {
                            number: doc.number,
                            invoice: doc.invoiceNumber ?? '',
                            date,
                          });
                    const name = doc.kind === 'invoice' ? 'facture' : 'avoir';
                    return html`<tr data-kind=${doc.kind} data-number=${doc.number}>
                      <td>${label}</td>
                      <td class="mono">${euros[locale].format(doc.grandTotal / 100)}</td>
                      <td>
                        <button type="button" class="link" aria-label=${this.t('billing.pdf', { number: doc.number })}
                          @click=${() => this.save(doc.pdf, `${name}-${doc.number}.pdf`)}>PDF</button>
                        <button type="button" class="link" aria-label=${this.t('billing.xml', { number: doc.number })}
                          @click=${() => this.save(doc.xml, `${name}-${doc.number}.xml`)}>XML</button>
                      </td>
                    </tr>`;
                  })
            }
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-billing': CertinomisSpaceBilling;
  }
}
