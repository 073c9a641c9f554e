import { html, nothing } from 'lit';
import { type DossierRow, EDITABLE_DOSSIER_STATUSES } from '../../machines/contract.ts';
import { dashboardText, dashboardTextParts } from '../i18n/dashboard.ts';
import { formatDate } from '../i18n/space-dates.ts';
import { dossierRenewal } from './renewal-row.ts';
import { revokedLine } from './revocation-status.ts';
import type { SpaceView } from './screen-element.ts';

const pen = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;

/**
 * The dossiers as the seed's table: "Nom produit" (`productLabel — REF du DD/MM/YYYY`, then
 * `n° k / total` when the order has several certificates, and the bénéficiaire once known),
 * "Statut" (a badge coloured per status, the API's label) and the action: a pen, "Compléter
 * le dossier REF n° k", while the buyer may still edit it; "Voir" (read-only) once signed.
 */
export function renderDossierTable(
  view: SpaceView,
  rows: readonly DossierRow[],
  empty: string,
  caption: string,
) {
  const { locale } = view;
  return html`<div class="scroll">
    <table>
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${dashboardText(locale, 'dossiers.product')}</th>
          <th scope="col">${dashboardText(locale, 'dossiers.status')}</th>
          <th scope="col"><span class="visually-hidden">${dashboardText(locale, 'dossiers.action')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length === 0
            ? html`<tr><td class="empty" colspan="3">${empty}</td></tr>`
            : rows.map((row) => {
                const n = row.position;
                const names = { reference: row.orderReference, n };
                const editable = (EDITABLE_DOSSIER_STATUSES as readonly string[]).includes(
                  row.status,
                );
                return html`<tr data-dossier=${row.id}>
                  <td>
                    ${dashboardTextParts(locale, 'dossiers.row', {
                      product: html`<span class="product">${row.productLabel}</span>`,
                      reference: html`<span class="mono">${row.orderReference}</span>`,
                      date: formatDate(row.orderDate, locale, row.timeZone),
                    })}
                    ${
                      row.quantity > 1 || row.beneficiary
                        ? html`<span class="sub" data-which>${whichOf(view, row)}</span>`
                        : nothing
                    }
                  </td>
                  <td>
                    <span class="badge ${row.status}">${row.statusLabel}</span>
                    ${dossierRenewal(view, row)}
                    ${revokedLine(row, locale)}
                  </td>
                  <td>
                    ${
                      editable
                        ? html`<button
                            type="button"
                            class="icon-button pen"
                            part="dossier-button"
                            aria-label=${dashboardText(locale, 'dossiers.open', names)}
                            @click=${() => view.openDossier(row.id)}
                          >
                            ${pen}
                          </button>`
                        : html`<button
                            type="button"
                            class="link view"
                            part="dossier-button"
                            aria-label=${dashboardText(locale, 'dossiers.view', names)}
                            @click=${() => view.openDossier(row.id)}
                          >
                            ${dashboardText(locale, 'dossiers.viewShort')}
                          </button>`
                    }
                  </td>
                </tr>`;
              })
        }
      </tbody>
    </table>
  </div>`;
}

/** `n° 2 / 3 · Armande BÉJART`: which of the order's certificates a row is. */
function whichOf(view: SpaceView, row: DossierRow): string {
  const { locale } = view;
  return [
    row.quantity > 1
      ? dashboardText(locale, 'dossiers.position', { n: row.position, total: row.quantity })
      : '',
    row.beneficiary ? dashboardText(locale, 'dossiers.beneficiary', { name: row.beneficiary }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
