import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DossierResponse, Payee } from '../../machines/contract.ts';
import { parseSave } from '../../machines/dossier/checks.ts';
import {
  completenessIssues,
  isDossierStep,
  reachableSteps,
} from '../../machines/dossier/conditions.ts';
import type { FieldIssue } from '../../machines/dossier.machine.ts';
import { translate } from '../../machines/messages/index.ts';
import {
  DOSSIER_STEPS,
  type DossierStep,
  type IdentityStep,
  type SignatureMethod,
} from '../../machines/schemas/dossier.ts';
import { ApiClient, ApiError, type CustomerDossierEvent } from '../api-client.ts';
import { dt, formatDay, formatTime } from '../i18n/dossier.ts';
import { t, toLocale } from '../i18n/index.ts';
import type { ButtonAction } from '../ui/button-bar.ts';
import '../ui/button-bar.ts';
import { tokens } from '../ui/tokens.styles.ts';
import './beneficiaire-step.ts';
import './delivery-step.ts';
import { dossierStyles } from './dossier.styles.ts';
import type { DossierScreen } from './dossier-screen.ts';
import './dossier-stepper.ts';
import { ACCEPTED_TYPES, MAX_DOCUMENT_BYTES } from './identity-step.ts';
import './mandataire-step.ts';
import './organisation-step.ts';
import './signature-step.ts';
import './summary-screen.ts';
import {
  contextOf,
  type DossierView,
  fieldName,
  type SignatureState,
  type UploadState,
} from './view.ts';

type Load =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; error: ApiError };

/** "Renvoyer le code" waits this long after a code was sent. */
const RESEND_DELAY_S = 60;

const idleSignature = (): SignatureState => ({
  sentTo: null,
  expiresAt: null,
  resendIn: 0,
  requesting: false,
  confirming: false,
  pdf: 'idle',
});

/**
 * `<certinomis-dossier>`: completing one certificate's dossier in the client space —
 * `1 Organisme`, `2 Mandataire`, `3 Bénéficiaire`, `4 Remise`, `5 Identité` (the ID scan when
 * online), `6 Signature` (SMS code, or the PDF signed by hand) — then the dossier read-only.
 *
 * The API is the authority: every step is sent as a `dossier.save` (`Suivant`) or a
 * `dossier.goTo` (`← Retour`, the stepper) with the version read (`If-Match`), and the screen
 * follows the dossier the API returns. Each form is checked first with the machine's own
 * `parseSave` (the step schemas and the rules between steps); the API's 422 field errors are
 * shown next to their fields; a 409 (changed elsewhere) reloads the dossier and says so.
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
  @state() private upload: UploadState = { state: 'idle' };
  @state() private signature: SignatureState = idleSignature();
  /** Said above the form: the dossier changed elsewhere and was reloaded. */
  @state() private notice: string | null = null;
  /** A request failed for a reason that is no field's (network, session…). */
  @state() private failure: string | null = null;
  @state() private payee: Payee | null = null;
  @state() private announcement = '';

  private client!: ApiClient;
  private abort: AbortController | null = null;
  private pendingFocus: 'heading' | 'error' | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  /** The dossier as last read from the API (null while loading). */
  get current(): DossierResponse | null {
    return this.dossier;
  }

  private get loc() {
    return toLocale(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.client || changed.has('api') || changed.has('locale') || changed.has('partnerKey')) {
      this.client = new ApiClient({
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
      this.upload = { state: 'idle' };
      this.signature = idleSignature();
      this.stopTicker();
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
    this.stopTicker();
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
      this.apply(dossier);
      this.load = { state: 'ready' };
      if (notice) {
        this.pendingFocus = 'heading';
        this.announce(notice);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      this.load = { state: 'error', error: apiError };
      this.emitError(apiError);
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
    const data = contextOf(next);
    const codeLive = data.codeSentAt !== null && data.codeSentForVersion === next.version;
    if (!codeLive) {
      if (this.signature.sentTo !== null) {
        this.signature = { ...this.signature, sentTo: null, expiresAt: null };
      }
    } else if (previous === null || previous.id !== next.id) {
      const elapsed = (Date.now() - Date.parse(data.codeSentAt ?? '')) / 1000;
      this.countDown(Math.max(0, Math.ceil(RESEND_DELAY_S - elapsed)));
    }
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

  /** Runs one request that returns the dossier; failures are shown (see `fail`). */
  private async run(
    call: () => Promise<DossierResponse>,
    keep?: DossierStep,
  ): Promise<DossierResponse | null> {
    this.busy = true;
    this.notice = null;
    this.failure = null;
    try {
      const next = await call();
      this.errors = new Map();
      this.apply(next, keep);
      return next;
    } catch (error) {
      await this.fail(error);
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
    const issues = this.saveIssues(step, data);
    if (issues.length > 0) {
      this.showIssues(issues);
      return;
    }
    await this.send({ type: 'dossier.save', step, data });
  }

  /**
   * What refuses saving `data` at `step` (the machine's `parseSave`), and, for an online
   * identity check, the ID scan not sent yet (`completenessIssues`).
   */
  private saveIssues(step: DossierStep, data: Record<string, unknown>): FieldIssue[] {
    const dossier = this.dossier;
    if (!dossier) return [];
    const context = contextOf(dossier);
    const parsed = parseSave(context, step, data);
    if (!parsed.ok) return parsed.issues;
    if (step !== 'identity') return [];
    const identity = parsed.value as IdentityStep;
    return completenessIssues({ ...context, identity }).filter(
      (issue) => issue.field === 'identity.document',
    );
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

  /**
   * The ID scan: checked here (size, type), the online identity check saved first if needed,
   * then sent with its progress shown.
   */
  private async uploadDocument(file: File) {
    const dossier = this.dossier;
    if (!dossier || this.busy) return;
    const { loc: lang } = this;
    const refusal =
      file.size === 0
        ? translate(lang, 'validation.file_required')
        : file.size > MAX_DOCUMENT_BYTES
          ? translate(lang, 'problem.file_too_large.detail')
          : file.type !== '' && !(ACCEPTED_TYPES as readonly string[]).includes(file.type)
            ? translate(lang, 'problem.file_type.detail')
            : null;
    if (refusal) {
      this.refuse('file', refusal);
      return;
    }
    const keep = this.step ?? undefined;
    if (dossier.editable && contextOf(dossier).identity?.method !== 'online') {
      const saved = await this.send(
        { type: 'dossier.save', step: 'identity', data: { method: 'online' } },
        keep,
      );
      if (!saved) return;
    }
    const current = this.dossier;
    if (!current) return;
    this.upload = { state: 'sending', percent: 0 };
    this.announce(dt(lang, 'dossier.identity.sending', { percent: 0 }));
    const uploaded = await this.run(
      () =>
        this.client.uploadDossierDocument(current.id, this.accessToken, file, {
          version: current.version,
          onProgress: (loaded, total) => {
            const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
            this.upload = { state: 'sending', percent };
          },
        }),
      keep,
    );
    this.upload = { state: 'idle' };
    const at = uploaded?.documents[0]?.uploadedAt;
    if (at) {
      this.announce(
        dt(lang, 'dossier.identity.received', {
          date: formatDay(at, lang),
          time: formatTime(at, lang),
        }),
      );
    }
  }

  private async chooseSignature(method: SignatureMethod) {
    if (this.busy) return;
    await this.send({ type: 'dossier.save', step: 'signature', data: { method } }, 'signature');
  }

  /** "Recevoir le code par SMS" / "Renvoyer le code". */
  private async requestCode() {
    const dossier = this.dossier;
    if (!dossier || this.busy || this.signature.requesting) return;
    this.signature = { ...this.signature, requesting: true };
    this.busy = true;
    this.failure = null;
    this.notice = null;
    try {
      const sent = await this.client.requestSignatureCode(
        dossier.id,
        this.accessToken,
        dossier.version,
      );
      this.errors = new Map();
      this.apply(sent.dossier, 'signature');
      this.signature = { ...this.signature, sentTo: sent.sentTo, expiresAt: sent.expiresAt };
      this.countDown(RESEND_DELAY_S);
      this.announce(
        dt(this.loc, 'dossier.signature.codeSent', {
          phone: sent.sentTo,
          time: formatTime(sent.expiresAt, this.loc),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        const seconds = error.retryAfter ?? RESEND_DELAY_S;
        // Said next to the button (and announced); the focus stays on it.
        this.refuse('signature.code', dt(this.loc, 'dossier.throttled', { n: seconds }), false);
        this.countDown(seconds);
      } else {
        await this.fail(error);
      }
    } finally {
      this.busy = false;
      this.signature = { ...this.signature, requesting: false };
    }
  }

  private async confirmCode(code: string) {
    const dossier = this.dossier;
    if (!dossier || this.busy) return;
    const trimmed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      this.refuse('code', translate(this.loc, 'validation.code_format'));
      return;
    }
    this.signature = { ...this.signature, confirming: true };
    await this.run(() =>
      this.client.confirmSignature(dossier.id, this.accessToken, dossier.version, trimmed),
    );
    this.signature = { ...this.signature, confirming: false };
  }

  /** The PDF, fetched with the session (a link could not carry it), saved from a Blob URL. */
  private async downloadPdf() {
    const dossier = this.dossier;
    if (!dossier || this.signature.pdf === 'loading') return;
    this.signature = { ...this.signature, pdf: 'loading' };
    try {
      const { blob, fileName } = await this.client.getDossierPdf(dossier.id, this.accessToken);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.signature = { ...this.signature, pdf: 'done' };
      this.announce(dt(this.loc, 'dossier.signature.downloaded'));
    } catch (error) {
      this.signature = { ...this.signature, pdf: 'idle' };
      await this.fail(error);
    }
  }

  private async choosePaper() {
    if (this.busy) return;
    await this.send({ type: 'signature.choosePaper' });
  }

  // --- Errors, announcements, focus -----------------------------------------------------------

  /** A refused request: fields (422, 413, 415), a reload (409), or a general message. */
  private async fail(error: unknown) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, null);
    const { loc: lang } = this;
    const problem = apiError.problem;
    switch (apiError.status) {
      case 409:
        await this.reload(dt(lang, 'dossier.stale'));
        return;
      case 422:
        if (problem?.errors?.length) {
          this.showErrors(problem.errors.map((e) => [e.field, e.message] as const));
          return;
        }
        break;
      case 413:
      case 415:
        this.refuse('file', problem?.detail ?? problem?.title ?? '');
        return;
      case 429:
        this.setFailure(dt(lang, 'dossier.throttled', { n: apiError.retryAfter ?? 60 }));
        return;
      case 401:
        this.setFailure(dt(lang, 'dossier.sessionExpired'));
        this.emitError(apiError);
        return;
    }
    if (apiError.status === 0 || apiError.status >= 500) {
      this.setFailure(dt(lang, apiError.status === 0 ? 'dossier.unreachable' : 'dossier.failed'));
      this.emitError(apiError);
      return;
    }
    this.setFailure(problem?.detail ?? problem?.title ?? dt(lang, 'dossier.failed'));
  }

  private setFailure(message: string) {
    this.failure = message;
  }

  private showIssues(issues: readonly FieldIssue[]) {
    this.showErrors(
      issues.map((issue) => [issue.field, translate(this.loc, issue.key, issue.params)] as const),
    );
  }

  private showErrors(errors: readonly (readonly [string, string])[], focus = true) {
    this.errors = new Map(errors);
    const [first] = errors;
    if (first) {
      const label = fieldName(this.loc, first[0]);
      this.announce(
        dt(this.loc, 'dossier.errors', {
          n: errors.length,
          first: label ? `${label} : ${first[1]}` : first[1],
        }),
      );
    }
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

  private emitError(error: ApiError) {
    this.dispatchEvent(
      new CustomEvent('certinomis:error', {
        detail: { status: error.status, title: error.problem?.title ?? error.message },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** "Renvoyer le code" is enabled again in `seconds`. */
  private countDown(seconds: number) {
    this.signature = { ...this.signature, resendIn: seconds };
    this.stopTicker();
    if (seconds <= 0) return;
    const until = Date.now() + seconds * 1000;
    this.ticker = setInterval(() => {
      const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      this.signature = { ...this.signature, resendIn: left };
      if (left === 0) this.stopTicker();
    }, 1000);
  }

  private stopTicker() {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
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
    await screen.focusHeading();
  }

  // --- Rendering ------------------------------------------------------------------------------

  override render() {
    const { loc: lang } = this;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;
    if (this.load.state === 'error') {
      const { error } = this.load;
      const message =
        error.status === 401
          ? dt(lang, 'dossier.sessionExpired')
          : error.status === 404
            ? dt(lang, 'dossier.notFound')
            : error.status === 0
              ? dt(lang, 'dossier.unreachable')
              : dt(lang, 'dossier.failed');
      return html`<div class="error" role="alert">
        <strong>${message}</strong>
        ${
          error.status === 0 || error.status >= 500
            ? html`<p></p><button type="button" class="primary" @click=${() => this.reload()}>
                ${dt(lang, 'dossier.retry')}
              </button>`
            : nothing
        }
      </div>`;
    }
    const dossier = this.dossier;
    if (!dossier) {
      return html`<div class="status" role="status" aria-live="polite">
        ${dt(lang, 'dossier.loading')}
      </div>`;
    }
    const context = contextOf(dossier);
    const view: DossierView = {
      locale: lang,
      dossier,
      context,
      errors: this.errors,
      busy: this.busy,
      upload: this.upload,
      signature: this.signature,
      payee: this.payee,
      clearErrors: (path) => this.clearErrors(path),
      goTo: (step) => void this.goTo(step),
      uploadDocument: (file) => void this.uploadDocument(file),
      refuse: (path, message) => this.refuse(path, message),
      chooseSignature: (method) => void this.chooseSignature(method),
      requestCode: () => void this.requestCode(),
      confirmCode: (code) => void this.confirmCode(code),
      downloadPdf: () => void this.downloadPdf(),
      choosePaper: () => void this.choosePaper(),
    };
    const incomplete = new Set(completenessIssues(context).map((i) => i.field.split('.')[0]));
    const complete = DOSSIER_STEPS.filter((step) =>
      step === 'signature' ? context.signedAt !== null : !incomplete.has(step),
    );
    return html`<div class="frame" aria-busy=${this.busy ? 'true' : 'false'}>
        <header>
          <div>
            <p class="title">${dt(lang, 'dossier.title')}</p>
            <p class="order-line">
              ${dt(lang, 'dossier.orderLine', {
                product: dossier.productLabel,
                reference: dossier.orderReference,
                date: formatDay(dossier.orderDate, lang),
                position: dossier.position,
                quantity: dossier.quantity,
              })}
            </p>
          </div>
          <p>
            <span class="visually-hidden">${dt(lang, 'dossier.status')} :</span>
            <span class="badge ${dossier.status}" part="status" data-status=${dossier.status}
              >${dossier.statusLabel}</span
            >
          </p>
        </header>
        ${
          dossier.editable
            ? html`<certinomis-dossier-stepper
          exportparts="step"
          locale=${lang}
          .current=${this.step}
          .reachable=${reachableSteps(context)}
          .complete=${complete}
          ?disabled=${this.busy}
          @certinomis-dossier-goto=${(event: CustomEvent<{ step: DossierStep }>) =>
            void this.goTo(event.detail.step)}
        ></certinomis-dossier-stepper>`
            : nothing
        }
        ${
          this.notice
            ? html`<div class="notice" role="alert" data-notice><p>${this.notice}</p></div>`
            : nothing
        }
        ${
          this.failure
            ? html`<div class="error" role="alert" data-failure><strong>${this.failure}</strong></div>`
            : nothing
        }
        ${
          this.unplaced.length > 0
            ? html`<div class="error" data-errors>
                <strong>${t(lang, 'review.fix')}</strong>
                <ul>
                  ${this.unplaced.map(([field, message]) => {
                    const label = fieldName(lang, field);
                    return html`<li>${label ? `${label} : ` : ''}${message}</li>`;
                  })}
                </ul>
              </div>`
            : nothing
        }
        ${this.renderScreen(view)}
        ${this.renderButtons(dossier)}
      </div>
      ${live}`;
  }

  private renderScreen(view: DossierView) {
    switch (this.step) {
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

  private renderButtons(dossier: DossierResponse) {
    if (!dossier.editable || !this.step) return nothing;
    const actions: ButtonAction[] = [];
    if (this.step !== 'organisation') actions.push('back');
    if (this.step !== 'signature') actions.push('next');
    return html`<certinomis-button-bar
      part="buttons"
      locale=${this.loc}
      .actions=${actions}
      ?busy=${this.busy}
      @certinomis-action=${(event: CustomEvent<{ action: ButtonAction }>) => {
        if (event.detail.action === 'next') void this.next();
        if (event.detail.action === 'back') this.back();
      }}
    ></certinomis-button-bar>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier': CertinomisDossier;
  }
}
