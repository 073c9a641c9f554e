import { html, nothing, type TemplateResult } from 'lit';
import type { RenewalStart } from '../../machines/contract.ts';
import { spaceScreensText } from '../i18n/space-screens.ts';
import { accountBox } from '../ui/frame-header.ts';
import { type DossierDone, renderDone } from './dossier-done.ts';
import type { LazyScreens } from './lazy-screens.ts';
import type { SpaceView } from './screen-element.ts';

/**
 * The client space's screens once logged in, as `<certinomis-client-space>` frames them: the
 * lists, a dossier's completion, Renouveler's purchase, the revocation page, and the header's
 * account box. They come with the machine's part (space-machine-part.ts): the login screen,
 * painted before it, never shows them.
 */

/** What these screens need from the space that frames them (its state and its handlers). */
export interface AccountFrame {
  lazy: LazyScreens;
  /** The element's `api` and `partner-key`, handed on to the parts that make requests. */
  api: string;
  partnerKey: string | null;
  openDossierId: string | null;
  done: DossierDone | null;
  renewing: RenewalStart | null;
  closeDossier: () => void;
  closeRenewal: () => void;
  onDossierError: (event: CustomEvent<{ status: number }>) => void;
  onDossierSubmitted: (event: CustomEvent<{ id: string }>) => void;
  logout: () => void;
}

/** The logged-in screen for the machine's `screen`. */
export function renderAccountScreen(
  screen: 'revocation' | 'dashboard' | 'dashboardAll',
  view: SpaceView,
  frame: AccountFrame,
): TemplateResult {
  const { lazy } = frame;
  if (screen === 'revocation') {
    return (
      lazy.gate('dashboard', view.locale) ??
      html`<certinomis-space-revocation-page data-screen .view=${view}></certinomis-space-revocation-page>`
    );
  }
  if (frame.openDossierId && view.session) return renderDossier(frame.openDossierId, view, frame);
  if (frame.renewing && view.session) {
    return lazy.gate('dashboard', view.locale) ?? renderRenewal(frame.renewing, view, frame);
  }
  lazy.prefetch('dossier');
  return (
    lazy.gate('dashboard', view.locale) ??
    (screen === 'dashboard'
      ? html`<certinomis-space-dashboard data-screen exportparts="dossier-button" .view=${view}></certinomis-space-dashboard>`
      : html`<certinomis-space-dossiers data-screen exportparts="field, dossier-button" .view=${view}></certinomis-space-dossiers>`)
  );
}

/** The header's account box: who is logged in, and "Se déconnecter". */
export function renderAccount(view: SpaceView, frame: AccountFrame): TemplateResult {
  const email = view.context.account?.email ?? view.context.email;
  return accountBox({
    label: spaceScreensText(view.locale, 'account.label'),
    who: spaceScreensText(view.locale, 'account.email', { email }),
    logout: spaceScreensText(view.locale, 'account.logout'),
    busy: view.busy,
    onLogout: frame.logout,
  });
}

/** One dossier's completion (`<certinomis-dossier>`), with the way back to the dashboard. */
function renderDossier(id: string, view: SpaceView, frame: AccountFrame): TemplateResult {
  return (
    frame.lazy.gate('dossier', view.locale) ??
    html`<div class="dossier-frame">
      <button type="button" class="link back" @click=${frame.closeDossier}>
        ${spaceScreensText(view.locale, 'dossier.back')}
      </button>
      ${
        frame.done?.id === id
          ? renderDone(
              view.locale,
              frame.done,
              (next) => view.openDossier(next),
              frame.closeDossier,
            )
          : nothing
      }
      <certinomis-dossier
        data-dossier
        .dossierId=${id}
        .accessToken=${view.session?.accessToken ?? ''}
        api=${frame.api}
        locale=${view.locale}
        partner-key=${frame.partnerKey ?? nothing}
        exportparts="field, buttons"
        @certinomis:error=${frame.onDossierError}
        @certinomis:dossier-submitted=${frame.onDossierSubmitted}
        focus-on-load
      ></certinomis-dossier>
    </div>`
  );
}

/**
 * Renouveler's purchase (widget/space/renewal-purchase.ts, which loads the purchase's part);
 * closing it reloads the lists.
 */
function renderRenewal(start: RenewalStart, view: SpaceView, frame: AccountFrame): TemplateResult {
  return html`<certinomis-space-renewal
    data-screen
    exportparts="card, order-button, stepper, buttons, field, summary"
    .start=${start}
    api=${frame.api}
    partner-key=${frame.partnerKey ?? nothing}
    locale=${view.locale}
    @certinomis-space-renewal-close=${frame.closeRenewal}
  ></certinomis-space-renewal>`;
}
