import { html, nothing } from 'lit';
import type { Payee, QuoteLine, Totals } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { formatIban } from '../../machines/rules/bank.ts';
import { formatMoney } from '../format.ts';
import { uiText } from '../i18n/element.ts';

export interface SummaryData {
  lines: QuoteLine[];
  totals: Totals;
}

/**
 * The récapitulatif (`part="summary"`): one row per line (label, code of the product, quantity,
 * Montant HT), then Montant HT, TVA, Montant TTC — amounts as the server computed them.
 */
export function renderSummary(
  locale: Locale,
  data: SummaryData | null,
  vatRate: number,
  status: { loading?: boolean; failed?: boolean } = {},
) {
  const money = (cents: number) => formatMoney(cents, locale);
  return html`<section class="summary" part="summary" aria-busy=${status.loading ? 'true' : 'false'}>
    <h3>${uiText(locale, 'summary.title')}</h3>
    ${
      data
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">${uiText(locale, 'summary.product')}</th>
                <th scope="col" class="num">${uiText(locale, 'summary.quantity')}</th>
                <th scope="col" class="num">${uiText(locale, 'summary.lineHt')}</th>
              </tr>
            </thead>
            <tbody>
              ${data.lines.map(
                (line, index) => html`<tr>
                  <th scope="row">
                    ${line.label}${index === 0 ? html` <span class="code">${line.code}</span>` : nothing}
                  </th>
                  <td class="num">${line.quantity}</td>
                  <td class="num">${money(line.totalHt)} ${uiText(locale, 'product.ht')}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <dl class="totals">
            <div><dt>${uiText(locale, 'summary.ht')}</dt><dd>${money(data.totals.ht)}</dd></div>
            <div>
              <dt>${uiText(locale, 'summary.vat', { rate: vatRate })}</dt>
              <dd>${money(data.totals.vat)}</dd>
            </div>
            <div class="ttc"><dt>${uiText(locale, 'summary.ttc')}</dt><dd>${money(data.totals.ttc)}</dd></div>
          </dl>`
        : nothing
    }
    <p class="status" role="status">
      ${
        status.loading
          ? uiText(locale, 'summary.loading')
          : status.failed
            ? uiText(locale, 'summary.failed')
            : nothing
      }
    </p>
  </section>`;
}

/** Where to send a transfer: holder and address, RIB, IBAN (groups of 4), BIC, domiciliation. */
export function renderPayee(locale: Locale, payee: Payee, headingLevel: 3 | 4) {
  const { rib } = payee;
  return html`<div class="payee">
    <p class="payee-heading" role="heading" aria-level=${headingLevel}>
      ${uiText(locale, 'payment.holder')}
    </p>
    <p>
      <strong>${payee.holder}</strong><br />
      ${payee.address}, ${payee.postalCode} ${payee.city}
    </p>
    ${
      rib
        ? html`<div class="scroll">
            <table>
              <caption>${uiText(locale, 'payment.rib')}</caption>
              <tbody>
                <tr><th scope="row">${uiText(locale, 'payment.bankCode')}</th><td class="mono">${rib.bank}</td></tr>
                <tr><th scope="row">${uiText(locale, 'payment.branchCode')}</th><td class="mono">${rib.branch}</td></tr>
                <tr><th scope="row">${uiText(locale, 'payment.account')}</th><td class="mono">${rib.account}</td></tr>
                <tr><th scope="row">${uiText(locale, 'payment.ribKey')}</th><td class="mono">${rib.key}</td></tr>
              </tbody>
            </table>
          </div>`
        : nothing
    }
    <dl>
      <dt>${uiText(locale, 'payment.iban')}</dt>
      <dd class="mono">${formatIban(payee.iban)}</dd>
      <dt>${uiText(locale, 'payment.bic')}</dt>
      <dd class="mono">${payee.bic}</dd>
      <dt>${uiText(locale, 'payment.domiciliation')}</dt>
      <dd>${payee.bankName}<br />${payee.bankBranch}</dd>
    </dl>
  </div>`;
}
