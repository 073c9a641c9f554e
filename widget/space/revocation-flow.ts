import '../../machines/messages/dossier.ts';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { fromPromise } from 'xstate';
import { REVOCATION_REASONS, type RevocationReason } from '../../machines/contract.ts';
import { translate } from '../../machines/messages/messages.ts';
import { DEFAULT_TIME_ZONE } from '../../machines/rules/time-zone.ts';
import {
  DOSSIER_MAX_LENGTH,
  revocationCodeBodySchema,
  revocationRequestSchema,
} from '../../machines/schemas/dossier.ts';
import { toFieldErrors } from '../../machines/schemas/field-errors.ts';
import {
  type RevocationEvent,
  revocationMachine,
  revocationStepOf,
} from '../../machines/space/revocation.ts';
import { type DashboardKey, dashboardText } from '../i18n/dashboard.ts';
import { countKey } from '../i18n/plural.ts';
import { spaceText } from '../i18n/space.ts';
import { formatDate, formatTime } from '../i18n/space-dates.ts';
import { MachineController } from '../machine-controller.ts';
import type { CertinomisField } from '../ui/field.ts';
import '../ui/field.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { listStyles } from './lists.styles.ts';
import type { SpaceView } from './screen-element.ts';
import { spaceStyles } from './space.styles.ts';
import { failureFrom } from './space-api.ts';

/** The fields a revocation problem may name, shown next to them (the others above the form). */
const OWN_FIELDS = ['reason', 'comment', 'code'] as const;

/**
 * One revocation, step by step (machines/space/revocation.ts): the reason (the contract's RFC
 * 5280 list), a comment and the warning that revocation is final → "a code was e-mailed to the
 * bénéficiaire and the mandataire" → the code (the API's message when it is wrong, expired or
 * locked) → requested. Without `certificate-id` it is the public page's form: the code only,
 * and one neutral answer. A new element per opening: closing it stops its requests.
 *
 * @fires revocation-done - the request is confirmed (the lists should load again).
 * @fires revocation-close - the buyer closed the flow.
 */
@customElement('certinomis-space-revocation-flow')
export class CertinomisSpaceRevocationFlow extends LitElement {
  static override styles = [
    tokens,
    spaceStyles,
    listStyles,
    css`
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0;
        padding: 0.5rem var(--_space) 0.75rem;
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      .choice {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
      }
      .choice input {
        margin-top: 0.25rem;
      }
      textarea {
        font: inherit;
        width: 100%;
        box-sizing: border-box;
        min-height: 4.5rem;
        padding: 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      label.text {
        font-weight: 600;
      }
      textarea:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      button.danger {
        width: 100%;
        background: var(--_danger);
        color: #ffffff;
        border: 1px solid var(--_danger);
        font-weight: 600;
      }
      .req,
      .error {
        color: var(--_danger);
        font-weight: 600;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) view!: SpaceView;
  /** The certificate's dossier; null: the public page (code only). */
  @property({ attribute: false }) certificateId: string | null = null;
  /** The organisation's zone (the certificate row's); the public page: Paris. */
  @property({ attribute: false }) timeZone: string = DEFAULT_TIME_ZONE;

  @state() private reason: RevocationReason | null = null;
  @state() private comment = '';
  @state() private code = '';
  /** The buyer's own mistakes, by field (the API's come from the machine's failure). */
  @state() private errors: Record<string, string> = {};

  private flow: MachineController<typeof revocationMachine> | null = null;
  private lastStep: string | null = null;

  override connectedCallback() {
    super.connectedCallback();
    this.flow ??= new MachineController(this, this.provided(), {
      input: { certificateId: this.certificateId },
      onChange: (snapshot) => {
        // The session ended meanwhile: the space says so (Connexion).
        if (snapshot.context.failure?.status === 401 && this.certificateId) {
          this.view.send({ type: 'space.sessionExpired' });
        }
        const step = revocationStepOf(snapshot.value);
        if (step === this.lastStep) return;
        const first = this.lastStep === null;
        this.lastStep = step;
        if (step === 'done') this.emit('revocation-done');
        if (!first) void this.focusStep();
      },
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    queueMicrotask(() => {
      if (!this.isConnected) this.flow?.actor.stop();
    });
  }

  /** The machine with the API's requests, in the space's locale and session. */
  private provided() {
    const view = () => this.view;
    const call = async <T>(run: () => Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (error) {
        throw failureFrom(error);
      }
    };
    return revocationMachine.provide({
      actors: {
        requestRevocation: fromPromise(({ input, signal }) =>
          call(() =>
            view().api.requestRevocation(
              view().session?.accessToken ?? '',
              input.certificateId,
              { reason: input.reason, comment: input.comment },
              signal,
            ),
          ),
        ),
        confirmRevocation: fromPromise(({ input, signal }) =>
          call(() =>
            view().api.confirmRevocation(
              view().session?.accessToken ?? null,
              input.certificateId,
              input.code,
              signal,
            ),
          ),
        ),
      },
    });
  }

  private t(key: DashboardKey, params?: Record<string, string | number>) {
    return dashboardText(this.view.locale, key, params);
  }

  private send(event: RevocationEvent) {
    this.flow?.send(event);
  }

  /** After a step change: focus its message (the code's sentence, the confirmation). */
  private async focusStep() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  override render() {
    const flow = this.flow;
    if (!flow || !this.view) return nothing;
    const snapshot = flow.snapshot;
    const busy = snapshot.hasTag('busy');
    switch (revocationStepOf(snapshot.value)) {
      case 'form':
        return this.renderForm(busy);
      case 'code':
        return this.renderCode(busy);
      case 'done':
        return html`<p class="notice" role="status" tabindex="-1" data-focus>
            ${this.t(this.certificateId ? 'revocation.done' : 'revocationPage.done')}
          </p>
          ${this.certificateId ? this.closeButton('primary') : nothing}`;
    }
  }

  /** The API's failure, by field: `own` next to the fields, the rest in an alert. */
  private failure() {
    const failure = this.flow?.snapshot.context.failure ?? null;
    if (!failure) return { own: {} as Record<string, string>, general: null };
    const own: Record<string, string> = {};
    const others: string[] = [];
    for (const [field, message] of Object.entries(failure.fields)) {
      if ((OWN_FIELDS as readonly string[]).includes(field)) own[field] = message;
      else others.push(message);
    }
    let general: string | null = others.join(' ') || null;
    if (Object.keys(failure.fields).length === 0) {
      general =
        failure.status === 429
          ? spaceText(this.view.locale, 'space.throttled', { n: failure.retryAfter ?? 60 })
          : failure.status === 0
            ? spaceText(this.view.locale, 'space.network')
            : (failure.message ?? spaceText(this.view.locale, 'space.failed'));
    }
    return { own, general };
  }

  private renderGeneral(general: string | null) {
    return general ? html`<p class="alert" role="alert">${general}</p>` : nothing;
  }

  private renderForm(busy: boolean) {
    const { own, general } = this.failure();
    const reasonError = this.errors.reason ?? own.reason;
    const commentError = this.errors.comment ?? own.comment;
    return html`
      <p class="alert" id="warning" data-focus tabindex="-1">${this.t('revocation.warning')}</p>
      ${this.renderGeneral(general)}
      <form novalidate @submit=${this.onRequest}>
        <fieldset aria-describedby=${reasonError ? 'reason-error' : nothing}>
          <legend>
            ${this.t('revocation.reason')}<span class="req" aria-hidden="true"> *</span>
          </legend>
          ${REVOCATION_REASONS.map(
            (reason) => html`<label class="choice">
              <input
                type="radio"
                name="reason"
                value=${reason}
                required
                aria-invalid=${reasonError ? 'true' : 'false'}
                .checked=${this.reason === reason}
                @change=${() => {
                  this.reason = reason;
                  this.errors = { ...this.errors, reason: '' };
                }}
              />
              <span>${translate(this.view.locale, `revocation.reason.${reason}`)}</span>
            </label>`,
          )}
          ${reasonError ? html`<p class="error" id="reason-error">${reasonError}</p>` : nothing}
        </fieldset>
        <div>
          <label class="text" for="comment">${this.t('revocation.comment')}</label>
          <textarea
            id="comment"
            name="comment"
            maxlength=${DOSSIER_MAX_LENGTH.reason}
            aria-invalid=${commentError ? 'true' : 'false'}
            aria-describedby=${commentError ? 'comment-error' : nothing}
            .value=${this.comment}
            @input=${(event: Event) => {
              this.comment = (event.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
          ${commentError ? html`<p class="error" id="comment-error">${commentError}</p>` : nothing}
        </div>
        <button type="submit" class="danger" ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>
          ${this.t(busy ? 'revocation.submitting' : 'revocation.submit')}
        </button>
      </form>
      <div class="actions">
        <button type="button" class="link" @click=${() => this.send({ type: 'revocation.haveCode' })}>
          ${this.t('revocation.haveCode')}
        </button>
        ${this.closeButton('secondary')}
      </div>
    `;
  }

  private renderCode(busy: boolean) {
    const { own, general } = this.failure();
    const sent = this.flow?.snapshot.context.sent ?? null;
    const { locale } = this.view;
    const intro = sent
      ? this.t(countKey(locale, sent.sentTo, 'revocation.sent'), {
          n: sent.sentTo,
          date: formatDate(sent.expiresAt, locale, this.timeZone),
          time: formatTime(sent.expiresAt, locale, this.timeZone),
        })
      : this.t(this.certificateId ? 'revocation.codeIntro' : 'revocationPage.intro');
    return html`
      <p class=${sent ? 'notice' : 'intro'} role=${sent ? 'status' : nothing} tabindex="-1" data-focus>
        ${intro}
      </p>
      ${this.renderGeneral(general)}
      <form novalidate @submit=${this.onConfirm}>
        <certinomis-field
          name="code"
          label=${this.t('revocation.code')}
          required
          autocomplete="one-time-code"
          help=${this.t('revocation.codeHelp')}
          .value=${this.code}
          error=${this.errors.code || own.code || nothing}
          @input=${(event: Event) => {
            this.code = (event.target as CertinomisField).value;
            if (this.errors.code) this.errors = { ...this.errors, code: '' };
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              this.onConfirm(event);
            }
          }}
        ></certinomis-field>
        <button type="submit" class="primary" ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>
          ${this.t(busy ? 'revocation.confirming' : 'revocation.confirm')}
        </button>
      </form>
      ${
        this.certificateId
          ? html`<div class="actions">
              <button
                type="button"
                class="link"
                @click=${() => this.send({ type: 'revocation.restart' })}
              >
                ${this.t('revocation.restart')}
              </button>
              ${this.closeButton('secondary')}
            </div>`
          : nothing
      }
    `;
  }

  private closeButton(kind: 'primary' | 'secondary') {
    return html`<button type="button" class=${kind} @click=${() => this.emit('revocation-close')}>
      ${this.t('revocation.close')}
    </button>`;
  }

  /** Checks the form with the shared schema, then asks the API. */
  private onRequest = async (event: Event) => {
    event.preventDefault();
    if (this.flow?.snapshot.hasTag('busy')) return;
    const result = v.safeParse(revocationRequestSchema, {
      reason: this.reason ?? '',
      comment: this.comment,
    });
    if (!result.success) {
      await this.showErrors(result.issues);
      return;
    }
    this.errors = {};
    this.send({ type: 'revocation.request', ...result.output });
  };

  private onConfirm = async (event: Event) => {
    event.preventDefault();
    if (this.flow?.snapshot.hasTag('busy')) return;
    const result = v.safeParse(revocationCodeBodySchema, { code: this.code });
    if (!result.success) {
      await this.showErrors(result.issues);
      return;
    }
    this.errors = {};
    this.send({ type: 'revocation.confirm', code: result.output.code });
  };

  /** The buyer's own mistakes next to their fields, announced, focus on the first. */
  private async showErrors(issues: readonly v.BaseIssue<unknown>[]) {
    const errors: Record<string, string> = {};
    for (const error of toFieldErrors(issues, this.view.locale))
      errors[error.field] = error.message;
    this.errors = errors;
    await this.updateComplete;
    const [first] = Object.entries(errors);
    if (!first) return;
    this.view.announce(first[1]);
    const target =
      first[0] === 'reason'
        ? this.renderRoot.querySelector<HTMLElement>('input[name="reason"]')
        : this.renderRoot.querySelector<HTMLElement>(`[name="${first[0]}"]`);
    target?.focus();
  }

  private emit(type: string) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-revocation-flow': CertinomisSpaceRevocationFlow;
  }
}
