import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { missingForIssue, missingKey } from '../../machines/dossier/conditions.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { translate } from '../../machines/messages/messages.ts';
import { dossierText, dossierTexts, formatDay } from '../i18n/dossier.ts';
import { DossierScreen } from './dossier-screen.ts';
import { documentPanel } from './identity-step.ts';
import { paperPanel } from './signature-step.ts';
import { renderFacts } from './summary.ts';

/** Statuses in which CERTINOMIS still waits for something (paper, identity check, payment). */
const WAITING = ['awaiting_paper', 'in_review', 'awaiting_payment'];

/**
 * The dossier once signed, read-only: what CERTINOMIS still waits for, the certificate once
 * issued, the reasons of a refusal or a cancellation, every step as saved. While the paper
 * dossier is awaited, the PDF and the address stay at hand; when the identity document was
 * refused, the operator's reason and a new upload.
 */
@customElement('certinomis-dossier-summary')
export class CertinomisDossierSummary extends DossierScreen {
  override render() {
    const { locale } = this;
    const { context, dossier } = this.view;
    const waiting = WAITING.includes(dossier.status)
      ? missingForIssue(context).filter(
          (condition) => condition !== 'dossier_incomplete' && condition !== 'not_signed',
        )
      : [];
    const reason = context.refusalReason ?? context.cancelReason;
    return html`
      ${this.heading(dossierText(locale, 'dossier.summary.title'))}
      <p class="note">${dossierText(locale, 'dossier.summary.readOnly')}</p>
      ${
        waiting.length > 0
          ? html`<div data-waiting>
              <p><strong>${dossierText(locale, 'dossier.summary.waiting')}</strong></p>
              <ul class="missing">
                ${waiting.map((condition) => html`<li>${translate(locale, missingKey(condition))}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        context.certificate
          ? html`<p class="ok">
              ${dossierText(locale, 'dossier.summary.certificate', {
                serial: context.certificate.serialNumber,
                date: formatDay(context.certificate.notAfter, locale, dossierTimeZone(context)),
              })}
            </p>`
          : nothing
      }
      ${shipmentLine(locale, context)}
      ${
        (dossier.status === 'refused' || dossier.status === 'cancelled') && reason
          ? html`<p class="error">${dossierText(locale, 'dossier.summary.reason', { reason })}</p>`
          : nothing
      }
      ${
        context.identityStatus === 'refused' && context.identity?.method === 'online'
          ? documentPanel(this.view, true)
          : nothing
      }
      ${
        dossier.status === 'awaiting_paper'
          ? html`<section class="card">${paperPanel(this.view)}</section>`
          : nothing
      }
      <div class="summary">${renderFacts(this.view)}</div>
    `;
  }
}

/** Where the certificate is: shipped (carrier, tracking number) or waiting at the post office. */
function shipmentLine(locale: Locale, context: DossierContext) {
  const shipment = context.shipment;
  if (!shipment) return nothing;
  const date = formatDay(shipment.at, locale, dossierTimeZone(context));
  if (shipment.mode === 'post_office') {
    return html`<p class="ok" data-shipment>
      ${dossierText(locale, 'dossier.summary.atPostOffice', { date })}
    </p>`;
  }
  return html`<p class="ok" data-shipment>
    ${dossierTexts.parts(locale, 'dossier.summary.shipped', {
      date,
      carrier: shipment.carrier,
      tracking: html`<strong>${shipment.trackingNumber}</strong>`,
    })}
  </p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-summary': CertinomisDossierSummary;
  }
}
