import { html, nothing } from 'lit';
import type { CertificateRow, DossierRow } from '../../machines/contract.ts';
import { dashboardText } from '../i18n/dashboard.ts';
import type { SpaceView } from './screen-element.ts';

/**
 * "Prochaines échéances des certificats": what a certificate row says about its renewal — the
 * Renouveler button (opens the pre-filled purchase in the space), or "Renouvelé → n° …" once an
 * order renews it.
 */
export function certificateRenewal(view: SpaceView, row: CertificateRow) {
  const { locale } = view;
  if (row.renewedBy) {
    return html`<span class="renewal-link" data-renewed-by=${row.renewedBy}
      >${dashboardText(locale, 'renewal.renewedBy', { reference: row.renewedBy })}</span
    >`;
  }
  const start = row.renewal;
  if (!start || !view.renew) return nothing;
  const renew = view.renew;
  return html`<button
    type="button"
    class="secondary renew"
    aria-label=${dashboardText(locale, 'renewal.buttonLabel', {
      reference: row.orderReference,
      name: row.beneficiary ?? row.identity ?? '',
    })}
    @click=${() => renew(start)}
  >
    ${dashboardText(locale, 'renewal.button')}
  </button>`;
}

/** "Vos demandes…": a renewal's dossier says which certificate it renews. */
export function dossierRenewal(view: SpaceView, row: DossierRow) {
  if (!row.renewalOf) return nothing;
  return html`<span class="renewal-link" data-renewal-of=${row.renewalOf}
    >${dashboardText(view.locale, 'renewal.of', { reference: row.renewalOf })}</span
  >`;
}

/**
 * The renewal reminder's link (`?renew=<certificate>`): once the buyer is in and the certificate
 * is listed as renewable, its pre-filled purchase opens, and the parameter leaves the address
 * (a reload shows the dashboard). A certificate that cannot be renewed (any more) just stays listed.
 */
export function openLinkedRenewal(view: SpaceView, rows: readonly CertificateRow[]): void {
  let url: URL;
  try {
    url = new URL(globalThis.location.href);
  } catch {
    return;
  }
  const id = url.searchParams.get('renew');
  if (id === null) return;
  url.searchParams.delete('renew');
  try {
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  } catch {
    // A sandboxed frame may refuse: the link then opens the renewal again on reload.
  }
  const row = rows.find((r) => r.dossierId === id);
  if (row?.renewal && !row.renewedBy) view.renew?.(row.renewal);
}
