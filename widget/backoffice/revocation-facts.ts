/**
 * What the back office says about a revocation: the queue's flag (a request confirmed by its
 * code, first in the queue, with the hours since) and the dossier's "Demande de révocation"
 * facts (reason, the customer's comment, when, and the decision).
 */
import { html, nothing } from 'lit';
import type { QueueRow } from '../../machines/contract.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { type Locale, translate } from '../../machines/messages/index.ts';
import { backofficeText, formatDateTime } from '../i18n/backoffice.ts';
import { hoursUntil } from './deadline.ts';
import type { Fact } from './dossier-facts.ts';

/** The reason's label (RFC 5280), from the shared messages. */
export function revocationReasonLabel(
  context: Pick<DossierContext, 'revocation'>,
  locale: Locale,
): string {
  const reason = context.revocation?.reason;
  return reason ? translate(locale, `revocation.reason.${reason}`) : '';
}

/** The queue row's flag: "Révocation demandée · il y a 5 h" (nothing without a request). */
export function revocationFlag(
  row: Pick<QueueRow, 'revocationRequestedAt' | 'hoursSinceRevocationRequest'>,
  locale: Locale,
) {
  if (!row.revocationRequestedAt) return nothing;
  const hours = row.hoursSinceRevocationRequest ?? 0;
  const since =
    hours < 1
      ? backofficeText(locale, 'revocation.sinceLess')
      : backofficeText(locale, 'revocation.since', { h: Math.floor(hours) });
  return html`<span class="flag revocation" data-revocation
      ><span aria-hidden="true">⚠ </span>${backofficeText(locale, 'revocation.flag')}</span
    ><span class="sub">${since}</span>`;
}

/** The dossier's revocation facts, or null when none was ever confirmed by its code. */
export function revocationFacts(context: DossierContext, locale: Locale): Fact[] | null {
  const revocation = context.revocation ?? null;
  if (!revocation) return null;
  const zone = dossierTimeZone(context);
  const text = (
    key: Parameters<typeof backofficeText>[1],
    params?: Record<string, string | number>,
  ) => backofficeText(locale, key, params);
  let decision: string;
  if (context.revokedAt) {
    decision = text('value.revoked', { date: formatDateTime(context.revokedAt, locale, zone) });
  } else if (revocation.status === 'refused') {
    decision = text('value.revocationRefused', {
      date: revocation.decidedAt ? formatDateTime(revocation.decidedAt, locale, zone) : '',
      reason: revocation.refusalReason ?? '',
    });
  } else {
    const hours = -hoursUntil(revocation.requestedAt);
    decision =
      hours < 1
        ? text('value.revocationPendingLess')
        : text('value.revocationPending', { h: Math.floor(hours) });
  }
  return [
    [text('label.revocationReason'), revocationReasonLabel(context, locale)],
    [text('label.revocationComment'), revocation.comment],
    [text('label.revocationRequestedAt'), formatDateTime(revocation.requestedAt, locale, zone)],
    [text('label.revocationDecision'), decision],
  ];
}
