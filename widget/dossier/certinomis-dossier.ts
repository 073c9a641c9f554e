import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DossierResponse, Payee } from '../../machines/contract.ts';
import { isDossierStep } from '../../machines/dossier/conditions.ts';
import type { FieldIssue } from '../../machines/dossier.machine.ts';
import { translate } from '../../machines/messages/messages.ts';
import {
  DOSSIER_STEPS,
  type DossierStep,
  type SignatureMethod,
} from '../../machines/schemas/dossier.ts';
import { ApiError, type CustomerDossierEvent, DossierClient } from '../dossier-client.ts';
import { dossierText } from '../i18n/dossier.ts';
import { toLocale } from '../i18n/element.ts';
import { LanguageLoader } from '../ui/language.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { dossierStyles } from './dossier.styles.ts';
import {
  renderButtons,
  renderHeader,
  renderLoadError,
  renderMessages,
  renderScreen,
  renderStepper,
} from './dossier-frame.ts';
import type { DossierRequests } from './dossier-requests.ts';
import type { DossierScreen } from './dossier-screen.ts';
import { errorEvent, errorsAnnouncement, failureOf } from './failure.ts';
import { SmsCodeController } from './sms-code-controller.ts';
import { UploadController } from './upload-controller.ts';
import { contextOf, type DossierView, saveIssues } from './view.ts';

type Load =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; error: ApiError };

/**
 * `<certinomis-dossier>`: one certificate's dossier in the client space, `1 Organisme` to
 * `6 Signature` (SMS code, or the PDF signed by hand), then the dossier read-only.
 * The API is the authority: each step goes as `dossier.save`/`dossier.goTo` with `If-Match`,
 * checked first by the machine's `parseSave`; 422 errors show by their fields, a 409 reloads.
 *
 * @prop dossierId - The dossier's id (attribute `dossier-id`).
 * @prop accessToken - The client-space session's bearer token (property only: a token does not
 *   belong in the DOM).
 * @attr api - Base URL of the API (default: the page's origin).
 * @attr locale - `fr` (default) or `en`.
 * @attr partner-key - The partner's publishable key, sent as `X-Partner-Key`.
 *
 * @fires certinomis:dossier-submitted - `{ id, status }` when the dossier leaves editing (signed
 *   online: `in_review`/`awaiting_payment`; signed by hand: `awaiting_paper`).
 * @fires certinomis:error - `{ status, title }` when the API cannot be used (0: network, 401:
 *   the session expired, 5xx).
 *
 * @csspart field - each form field.
 * @csspart step - each step of the stepper.
 * @csspart status - the status badge.
 * @csspart buttons - the button bar (← Retour, Suivant →).
 */
@customElement('certinomis-dossier')
export class CertinomisDossier extends LitElement {
  static override styles = [tokens, dossierStyles];

  @property({ attribute: 'dossier-id' }) dossierId = '';
  @property({ attribute: false }) accessToken = '';
  /** Opened by the buyer's action (the client space's pen): the heading takes the focus once loaded. */
  @property({ type: Boolean, attribute: 'focus-on-load' }) focusOnLoad = false;
  @property() api = '';
  @property() locale = 'fr';
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;

  @state() private load: Load = { state: 'idle' };
  @state() private dossier: DossierResponse | null = null;
  /** The editing step on screen (the API's, except while an ID scan is being sent). */
  @state() private step: DossierStep | null = null;
  @state() private errors: ReadonlyMap<string, string> = new Map();
  /** Errors the screen has no field for (listed above the form). */
  @state() private unplaced: readonly (readonly [string, string])[] = [];
  @state() private busy = false;
  /** Said above the form: the dossier changed elsewhere and was reloaded. */
  @state() private notice: string | null = null;
  /** A request failed for a reason that is no field's (network, session…). */
  @state() private failure: string | null = null;
  @state() private payee: Payee | null = null;
  @state() private announcement = '';

  private client!: DossierClient;
  private abort: AbortController | null = null;
  /** Where the focus goes once rendered: the heading, the first error, or one action (`data-action`). */
  private pendingFocus: 'heading' | 'error' | { action: string } | null = null;
  private readonly requests: DossierRequests = this.lend();
  private readonly upload = new UploadController(this, this.requests);
  private readonly signature = new SmsCodeController(this, this.requests);

  /** The dossier as last read from the API (null while loading). */
  get current(): DossierResponse | null {
    return this.dossier;
  }

  /** The tables of a language other than French, fetched when it is used (then rendered again). */
  private readonly language = new LanguageLoader(this, () => this.loc);

  /** Resolves once the last change is rendered, in the language's own tables when fetched. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.language.settled;
    return super.getUpdateComplete();
  }

  private get loc() {
    return toLocale(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.client || changed.has('api') || changed.has('locale') || changed.has('partnerKey')) {
      this.client = new DossierClient({
        baseUrl: this.api || globalThis.location.origin,
        partnerKey: this.partnerKey,
        locale: this.loc,
      });
    }
    if (changed.has('dossierId') && changed.get('dossierId')) {
      // Another dossier in the same element: nothing of the previous one stays.
      this.dossier = null;
      this.step = null;
      this.errors = new Map();
      this.notice = null;
      this.failure = null;
      this.upload.reset();
      this.signature.reset();
    }
    if (
      (changed.has('dossierId') ||
        changed.has('accessToken') ||
        changed.has('api') ||
        changed.has('locale')) &&
      this.dossierId &&
      this.accessToken
    ) {
      void this.reload();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Reads the dossier again (and shows `notice` above it). */
  async reload(notice: string | null = null): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    if (!this.dossier) this.load = { state: 'loading' };
    try {
      const dossier = await this.client.getDossier(this.dossierId, this.accessToken, abort.signal);
      if (abort.signal.aborted) return;
      this.errors = new Map();
      this.failure = null;
      this.notice = notice;
      const first = this.dossier === null;
      this.apply(dossier);
      this.load = { state: 'ready' };
      if (first && this.focusOnLoad) this.pendingFocus = 'heading';
      if (notice) {
        this.pendingFocus = 'heading';
        this.announce(notice);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      this.load = { state: 'error', error: apiError };
      this.dispatchEvent(errorEvent(apiError));
    }
  }

  /** Shows the dossier the API returned; `keep` stays on screen instead of the API's step. */
  private apply(next: DossierResponse, keep?: DossierStep) {
    const previous = this.dossier;
    this.dossier = next;
    this.payee = next.payee;
    const apiStep = next.editable && isDossierStep(next.step) ? next.step : null;
    const step = keep && next.editable ? keep : apiStep;
    if (step !== this.step) {
      if (previous !== null) this.pendingFocus = 'heading';
      this.step = step;
    }
    this.signature.follow(previous, next);
    if (previous?.id === next.id && previous.editable && !next.editable) {
      this.dispatchEvent(
        new CustomEvent('certinomis:dossier-submitted', {
          detail: { id: next.id, status: next.status },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  // --- Actions --------------------------------------------------------------------------------

  /** What the upload and SMS code controllers may use of this element. */
  private lend(): DossierRequests {
    const element = this;
    return {
      get locale() {
        return element.loc;
      },
      get accessToken() {
        return element.accessToken;
      },
      get client() {
        return element.client;
      },
      get dossier() {
        return element.dossier;
      },
      get step() {
        return element.step;
      },
      get busy() {
        return element.busy;
      },
      get root() {
        return element.renderRoot;
      },
      run: (call, keep, recover) => this.run(call, keep, recover),
      send: (event, keep) => this.send(event, keep),
      refuse: (path, message, focus) => this.refuse(path, message, focus),
      announce: (text) => this.announce(text),
      fail: (error) => this.fail(error),
      focusAction: (action) => {
        this.pendingFocus = { action };
        this.requestUpdate();
      },
    };
  }

  /** Runs one request that returns the dossier; failures are shown (see `fail`) unless recovered. */
  private async run(
    call: () => Promise<DossierResponse>,
    keep?: DossierStep,
    recover?: (error: unknown) => boolean,
  ): Promise<DossierResponse | null> {
    this.busy = true;
    this.notice = null;
    this.failure = null;
    try {
      const next = await call();
      this.errors = new Map();
      // What was announced (errors, progress) is resolved: nothing stale stays in the live region.
      this.announcement = '';
      this.apply(next, keep);
      return next;
    } catch (error) {
      if (!recover?.(error)) await this.fail(error);
      return null;
    } finally {
      this.busy = false;
    }
  }

  private send(event: CustomerDossierEvent, keep?: DossierStep) {
    const dossier = this.dossier;
    if (!dossier) return Promise.resolve(null);
    return this.run(
      () => this.client.sendDossierEvent(dossier.id, this.accessToken, dossier.version, event),
      keep,
    );
  }

  /** `Suivant`: the step's form, checked like the machine will, then `dossier.save`. */
  private async next() {
    const dossier = this.dossier;
    const screen = this.screen();
    const step = this.step;
    if (!dossier || !screen || !step || this.busy) return;
    const data = screen.draft();
    const issues = saveIssues(dossier, step, data);
    if (issues.length > 0) {
      this.showIssues(issues);
      return;
    }
    await this.send({ type: 'dossier.save', step, data });
  }

  private back() {
    const index = this.step ? DOSSIER_STEPS.indexOf(this.step) : -1;
    const previous = DOSSIER_STEPS[index - 1];
    if (previous && !this.busy) void this.goTo(previous);
  }

  private async goTo(step: DossierStep) {
    if (this.busy) return;
    await this.send({ type: 'dossier.goTo', step });
  }

  private async chooseSignature(method: SignatureMethod) {
    if (this.busy) return;
    const saved = await this.send(
      { type: 'dossier.save', step: 'signature', data: { method } },
      'signature',
    );
    // The chosen mode's first action, not <body> (the button pressed is gone).
    if (saved) this.pendingFocus = { action: method === 'online' ? 'send-code' : 'download' };
  }

  private async choosePaper() {
    if (this.busy) return;
    await this.send({ type: 'signature.choosePaper' });
  }

  // --- Errors, announcements, focus -----------------------------------------------------------

  /** A refused request: fields (422, 413, 415), a reload (409), or a general message. */
  private async fail(error: unknown) {
    const failure = failureOf(error, this.loc);
    switch (failure.kind) {
      case 'reload':
        await this.reload(failure.notice);
        return;
      case 'fields':
        this.showErrors(failure.errors);
        return;
      case 'file':
        this.refuse('file', failure.message);
        return;
      case 'general':
        this.failure = failure.message;
        if (failure.emit)
          this.dispatchEvent(errorEvent(error instanceof ApiError ? error : new ApiError(0, null)));
    }
  }

  private showIssues(issues: readonly FieldIssue[]) {
    this.showErrors(
      issues.map((issue) => [issue.field, translate(this.loc, issue.key, issue.params)] as const),
    );
  }

  private showErrors(errors: readonly (readonly [string, string])[], focus = true) {
    this.errors = new Map(errors);
    const said = errorsAnnouncement(this.loc, errors);
    if (said) this.announce(said);
    if (focus) this.pendingFocus = 'error';
  }

  private refuse(path: string, message: string, focus = true) {
    this.showErrors([[path, message]], focus);
  }

  private clearErrors(path: string) {
    if (this.errors.size === 0) return;
    const kept = [...this.errors].filter(
      ([field]) => field !== path && !field.startsWith(`${path}.`),
    );
    if (kept.length !== this.errors.size) this.errors = new Map(kept);
  }

  /** Says `text` in the live region (again, even when it is the same text). */
  private announce(text: string) {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private screen(): DossierScreen | null {
    return this.renderRoot.querySelector<DossierScreen>('[data-screen]');
  }

  protected override async updated(changed: PropertyValues) {
    const screen = this.screen();
    if (changed.has('errors') || changed.has('step')) {
      await screen?.updateComplete;
      const unplaced = [...this.errors].filter(([field]) => !screen?.showsError(field));
      if (unplaced.length > 0 || this.unplaced.length > 0) this.unplaced = unplaced;
    }
    const focus = this.pendingFocus;
    if (!focus) return;
    this.pendingFocus = null;
    if (!screen) return;
    await screen.updateComplete;
    if (focus === 'error' && (await screen.focusFirstError())) return;
    if (typeof focus === 'object' && (await screen.focusAction(focus.action))) return;
    await screen.focusHeading();
  }

  // --- Rendering ------------------------------------------------------------------------------

  override render() {
    const { loc: lang } = this;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;
    if (this.load.state === 'error')
      return renderLoadError(lang, this.load.error, () => this.reload());
    const dossier = this.dossier;
    if (!dossier) {
      return html`<div class="status" role="status" aria-live="polite">
        ${dossierText(lang, 'dossier.loading')}
      </div>`;
    }
    const context = contextOf(dossier);
    const view: DossierView = {
      locale: lang,
      dossier,
      context,
      errors: this.errors,
      busy: this.busy,
      upload: this.upload.state,
      signature: this.signature.state,
      payee: this.payee,
      clearErrors: (path) => this.clearErrors(path),
      goTo: (step) => void this.goTo(step),
      uploadDocument: (file) => void this.upload.upload(file),
      refuse: (path, message) => this.refuse(path, message),
      chooseSignature: (method) => void this.chooseSignature(method),
      requestCode: (signer) => void this.signature.request(signer),
      confirmCode: (code) => void this.signature.confirm(code),
      downloadPdf: () => void this.signature.downloadPdf(),
      choosePaper: () => void this.choosePaper(),
    };
    return html`<div class="frame" aria-busy=${this.busy ? 'true' : 'false'}>
        ${renderHeader(lang, dossier)}
        ${
          dossier.editable
            ? renderStepper(lang, context, this.step, this.busy, (step) => void this.goTo(step))
            : nothing
        }
        ${renderMessages(lang, this.notice, this.failure, this.unplaced)}
        ${renderScreen(this.step, view)}
        ${
          dossier.editable && this.step
            ? renderButtons(lang, this.step, this.busy, (action) => {
                if (action === 'next') void this.next();
                if (action === 'back') this.back();
              })
            : nothing
        }
      </div>
      ${live}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier': CertinomisDossier;
  }
}
