import { html, nothing, type TemplateResult } from 'lit';
import type { DossierResponse } from '../../machines/contract.ts';
import { completenessIssues, reachableSteps } from '../../machines/dossier/conditions.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { DOSSIER_STEPS, type DossierStep } from '../../machines/schemas/dossier.ts';
import type { ApiError } from '../api-client.ts';
import { dossierText, formatDay } from '../i18n/dossier.ts';
import { uiText } from '../i18n/element.ts';
import type { ButtonAction } from '../ui/button-bar.ts';
import '../ui/button-bar.ts';
import './beneficiaire-step.ts';
import './delivery-step.ts';
import './dossier-stepper.ts';
import { loadFailure } from './failure.ts';
import './identity-step.ts';
import './mandataire-step.ts';
import './organisation-step.ts';
import './signature-step.ts';
import './summary-screen.ts';
import { type DossierView, fieldName, zoneOf } from './view.ts';

/**
 * The parts of `<certinomis-dossier>`'s frame, as plain templates of what the element holds:
 * the load failure, the header, the stepper, the messages above the form, the step's screen and
 * the button bar.
 */

/** A dossier that cannot be read; a retry where trying again may help (network, 5xx). */
export function renderLoadError(lang: Locale, error: ApiError, retry: () => void): TemplateResult {
  return html`<div class="error" role="alert">
    <strong>${loadFailure(error, lang)}</strong>
    ${
      error.status === 0 || error.status >= 500
        ? html`<p></p><button type="button" class="primary" @click=${retry}>
            ${dossierText(lang, 'dossier.retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The title, the order line and the status badge. */
export function renderHeader(lang: Locale, dossier: DossierResponse): TemplateResult {
  return html`<header>
    <div>
      <p class="title">${dossierText(lang, 'dossier.title')}</p>
      <p class="order-line">
        ${dossierText(lang, 'dossier.orderLine', {
          product: dossier.productLabel,
          reference: dossier.orderReference,
          date: formatDay(dossier.orderDate, lang, zoneOf(dossier)),
          position: dossier.position,
          quantity: dossier.quantity,
        })}
      </p>
    </div>
    <p>
      <span class="visually-hidden">${dossierText(lang, 'dossier.status')} :</span>
      <span class="badge ${dossier.status}" part="status" data-status=${dossier.status}
        >${dossier.statusLabel}</span
      >
    </p>
  </header>`;
}

/** The steps done: the signature once signed, any other step once nothing in it is missing. */
export function completeSteps(context: DossierContext): DossierStep[] {
  const incomplete = new Set(completenessIssues(context).map((i) => i.field.split('.')[0]));
  return DOSSIER_STEPS.filter((step) =>
    step === 'signature' ? context.signedAt !== null : !incomplete.has(step),
  );
}

export function renderStepper(
  lang: Locale,
  context: DossierContext,
  current: DossierStep | null,
  busy: boolean,
  goTo: (step: DossierStep) => void,
): TemplateResult {
  return html`<certinomis-dossier-stepper
    exportparts="step"
    locale=${lang}
    .current=${current}
    .reachable=${reachableSteps(context)}
    .complete=${completeSteps(context)}
    ?disabled=${busy}
    @certinomis-dossier-goto=${(event: CustomEvent<{ step: DossierStep }>) =>
      goTo(event.detail.step)}
  ></certinomis-dossier-stepper>`;
}

/** The notice (reloaded), the failure (no field's) and the errors no field shows. */
export function renderMessages(
  lang: Locale,
  notice: string | null,
  failure: string | null,
  unplaced: readonly (readonly [string, string])[],
): TemplateResult {
  return html`${
    notice ? html`<div class="notice" role="alert" data-notice><p>${notice}</p></div>` : nothing
  }
  ${
    failure
      ? html`<div class="error" role="alert" data-failure><strong>${failure}</strong></div>`
      : nothing
  }
  ${
    unplaced.length > 0
      ? html`<div class="error" data-errors>
          <strong>${uiText(lang, 'review.fix')}</strong>
          <ul>
            ${unplaced.map(([field, message]) => {
              const label = fieldName(lang, field);
              return html`<li>${label ? `${label} : ` : ''}${message}</li>`;
            })}
          </ul>
        </div>`
      : nothing
  }`;
}

/** The screen of `step` (the summary when the dossier is not being edited). */
export function renderScreen(step: DossierStep | null, view: DossierView): TemplateResult {
  switch (step) {
    case 'organisation':
      return html`<certinomis-dossier-organisation data-screen exportparts="field" .view=${view}></certinomis-dossier-organisation>`;
    case 'mandataire':
      return html`<certinomis-dossier-mandataire data-screen exportparts="field" .view=${view}></certinomis-dossier-mandataire>`;
    case 'beneficiaire':
      return html`<certinomis-dossier-beneficiaire data-screen exportparts="field" .view=${view}></certinomis-dossier-beneficiaire>`;
    case 'delivery':
      return html`<certinomis-dossier-delivery data-screen .view=${view}></certinomis-dossier-delivery>`;
    case 'identity':
      return html`<certinomis-dossier-identity data-screen .view=${view}></certinomis-dossier-identity>`;
    case 'signature':
      return html`<certinomis-dossier-signature data-screen exportparts="field" .view=${view}></certinomis-dossier-signature>`;
    default:
      return html`<certinomis-dossier-summary data-screen .view=${view}></certinomis-dossier-summary>`;
  }
}

/** `← Retour` (past the first step) and `Suivant →` (before the signature). */
export function renderButtons(
  lang: Locale,
  step: DossierStep,
  busy: boolean,
  act: (action: ButtonAction) => void,
): TemplateResult {
  const actions: ButtonAction[] = [];
  if (step !== 'organisation') actions.push('back');
  if (step !== 'signature') actions.push('next');
  return html`<certinomis-button-bar
    part="buttons"
    locale=${lang}
    .actions=${actions}
    ?busy=${busy}
    @certinomis-action=${(event: CustomEvent<{ action: ButtonAction }>) => act(event.detail.action)}
  ></certinomis-button-bar>`;
}
