import '../../machines/messages/dossier.ts';
import { html, nothing } from 'lit';
import type { DossierRow } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { translate } from '../../machines/messages/messages.ts';
import { dashboardText } from '../i18n/dashboard.ts';
import { formatDate } from '../i18n/space-dates.ts';

/** Under a revoked dossier's "Révoqué" badge: "Révoqué le 02/12/2026 : <reason>". */
export function revokedLine(row: Pick<DossierRow, 'revoked' | 'timeZone'>, locale: Locale) {
  if (!row.revoked) return nothing;
  return html`<span class="revoked-on"
    >${dashboardText(locale, 'revocation.revokedOn', {
      date: formatDate(row.revoked.at, locale, row.timeZone),
      reason: translate(locale, `revocation.reason.${row.revoked.reason}`),
    })}</span
  >`;
}
