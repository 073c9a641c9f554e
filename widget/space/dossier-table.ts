import { html } from 'lit';
import type { DossierRow } from '../../machines/contract.ts';
import { formatDate, spaceText, spaceTextParts } from '../i18n/space.ts';
import type { SpaceView } from './screen-element.ts';

const pen = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;

/**
 * The dossiers as the seed's table: "Nom produit" (`productLabel — REF du DD/MM/YYYY`),
 * "Statut" (a badge coloured per status, the API's label) and a pen button, named
 * "Compléter le dossier REF n°k", k counting the order's certificates in the rows shown
 * (the list holds an order's dossiers together, in their order).
 */
export function renderDossierTable(
  view: SpaceView,
  rows: readonly DossierRow[],
  empty: string,
  caption: string,
) {
  const { locale } = view;
  const seen = new Map<string, number>();
  return html`<div class="scroll">
    <table>
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${spaceText(locale, 'dossiers.product')}</th>
          <th scope="col">${spaceText(locale, 'dossiers.status')}</th>
          <th scope="col"><span class="visually-hidden">${spaceText(locale, 'dossiers.action')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length === 0
            ? html`<tr><td class="empty" colspan="3">${empty}</td></tr>`
            : rows.map((row) => {
                const n = (seen.get(row.orderReference) ?? 0) + 1;
                seen.set(row.orderReference, n);
                return html`<tr data-dossier=${row.id}>
                  <td>
                    ${spaceTextParts(locale, 'dossiers.row', {
                      product: html`<span class="product">${row.productLabel}</span>`,
                      reference: html`<span class="mono">${row.orderReference}</span>`,
                      date: formatDate(row.orderDate, locale, row.timeZone),
                    })}
                  </td>
                  <td><span class="badge ${row.status}">${row.statusLabel}</span></td>
                  <td>
                    <button
                      type="button"
                      class="icon-button pen"
                      part="dossier-button"
                      aria-label=${spaceText(locale, 'dossiers.open', { reference: row.orderReference, n })}
                      @click=${() => view.openDossier(row.id)}
                    >
                      ${pen}
                    </button>
                  </td>
                </tr>`;
              })
        }
      </tbody>
    </table>
  </div>`;
}
