import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { completenessIssues, isComplete } from '../../machines/dossier/conditions.ts';
import { dossierTimeZone } from '../../machines/dossier/context.ts';
import { translate } from '../../machines/messages/messages.ts';
import { formatFrenchPhone } from '../../machines/rules/phone.ts';
import {
  DOSSIER_STEPS,
  type DossierStep,
  SIGNATURE_METHODS,
} from '../../machines/schemas/dossier.ts';
import { dossierText, formatTime } from '../i18n/dossier.ts';
import type { CertinomisField } from '../ui/field.ts';
import { DossierScreen } from './dossier-screen.ts';
import { renderFacts } from './summary.ts';
import { type DossierView, stepLabel, unbroken } from './view.ts';

/** The step a completeness issue is about (`identity.document` → `identity`). */
function stepOfField(field: string): DossierStep | null {
  const head = field.split('.')[0];
  return (DOSSIER_STEPS as readonly string[]).includes(head ?? '') ? (head as DossierStep) : null;
}

/**
 * "Télécharger le dossier (PDF)" (fetched with the session, saved from a Blob URL) and where to
 * post it once signed.
 */
export function paperPanel(view: DossierView) {
  const { locale, payee, signature } = view;
  return html`<div class="actions">
      <button
        type="button"
        class="secondary"
        data-action="download"
        ?disabled=${signature.pdf === 'loading'}
        aria-describedby="pdf-status"
        @click=${() => view.downloadPdf()}
      >
        ${dossierText(locale, signature.pdf === 'loading' ? 'dossier.signature.downloading' : 'dossier.signature.download')}
      </button>
      <span id="pdf-status" class="ok">
        ${signature.pdf === 'done' ? dossierText(locale, 'dossier.signature.downloaded') : ''}
      </span>
    </div>
    ${
      payee
        ? html`<p>${dossierText(locale, 'dossier.signature.postTo')}</p>
            <address>${payee.holder}
${payee.address}
${payee.postalCode} ${payee.city}</address>`
        : nothing
    }`;
}

/**
 * "6 Signature": the dossier to check, then signed online (an SMS code sent to the
 * mandataire's mobile: no eIDAS certificate needed) or by hand (the PDF, printed, signed and
 * posted to Certinomis: "J'ai imprimé et signé le dossier").
 *
 * @csspart field - the code field.
 */
@customElement('certinomis-dossier-signature')
export class CertinomisDossierSignature extends DossierScreen {
  override readonly step = 'signature' as const;
  @state() private method = '';
  @state() private code = '';

  override draft(): Record<string, unknown> {
    return { method: this.method };
  }

  protected override resetDraft(): void {
    this.method = this.view.context.signature?.method ?? '';
  }

  override render() {
    const { locale } = this;
    const { context } = this.view;
    const issues = completenessIssues(context);
    const saved = context.signature?.method ?? null;
    return html`
      ${this.heading(dossierText(locale, 'dossier.heading.signature'))}
      <p class="intro">${dossierText(locale, 'dossier.signature.intro')}</p>
      ${
        issues.length > 0
          ? html`<div class="alert" data-incomplete>
              <strong>${dossierText(locale, 'dossier.signature.incomplete')}</strong>
              <ul class="missing">
                ${issues.map((issue) => html`<li>${translate(locale, issue.key, issue.params)}</li>`)}
              </ul>
              <div class="actions">
                ${[...new Set(issues.map((issue) => stepOfField(issue.field)))].map((step) =>
                  step
                    ? html`<button type="button" class="secondary" ?disabled=${this.view.busy}
                        @click=${() => this.view.goTo(step)}>
                        ${dossierText(locale, 'dossier.signature.fix', { label: stepLabel(locale, step) })}
                      </button>`
                    : nothing,
                )}
              </div>
            </div>`
          : nothing
      }
      <details class="summary">
        <summary>${dossierText(locale, 'dossier.summary.title')} — ${dossierText(locale, 'dossier.signature.review')}</summary>
        ${renderFacts(this.view)}
      </details>
      ${this.radios(
        'signature.method',
        dossierText(locale, 'dossier.signature.method'),
        this.method,
        SIGNATURE_METHODS.map((value) => ({
          value,
          label: dossierText(locale, `dossier.signature.${value}`),
          help: dossierText(
            locale,
            value === 'online'
              ? 'dossier.signature.onlineHelp'
              : 'dossier.signature.handwrittenHelp',
          ),
        })),
        (value) => {
          this.method = value;
        },
      )}
      ${
        this.method !== '' && this.method !== saved
          ? html`<div class="actions">
              <button type="button" class="primary" data-action="choose" ?disabled=${this.view.busy}
                @click=${() => this.view.chooseSignature(this.method === 'online' ? 'online' : 'handwritten')}>
                ${dossierText(locale, 'dossier.signature.choose')}
              </button>
            </div>`
          : saved === 'online' && this.method === 'online'
            ? this.online()
            : saved === 'handwritten' && this.method === 'handwritten'
              ? this.paper()
              : nothing
      }
    `;
  }

  private online() {
    const { locale } = this;
    const { context, signature, busy } = this.view;
    const complete = isComplete(context);
    const mobile = context.mandataire ? unbroken(formatFrenchPhone(context.mandataire.mobile)) : '';
    // The machine forgets a code that a change of the form voids (an operator's payment does not).
    const pending = context.codeSentAt !== null;
    const sentText =
      signature.sentTo !== null && signature.expiresAt !== null
        ? dossierText(locale, 'dossier.signature.codeSent', {
            phone: unbroken(signature.sentTo),
            time: formatTime(signature.expiresAt, locale, dossierTimeZone(context)),
          })
        : context.codeSentAt
          ? dossierText(locale, 'dossier.signature.codeSentEarlier', {
              time: formatTime(context.codeSentAt, locale, dossierTimeZone(context)),
            })
          : '';
    if (!pending) {
      return html`<section class="card" aria-labelledby="online-title">
        <h3 id="online-title">${dossierText(locale, 'dossier.signature.online')}</h3>
        <p>${dossierText(locale, 'dossier.signature.codeTo', { phone: mobile })}</p>
        <div class="actions">
          <button type="button" class="primary" data-action="send-code"
            ?disabled=${!complete || busy || signature.requesting}
            @click=${() => this.view.requestCode()}>
            ${dossierText(locale, 'dossier.signature.sendCode')}
          </button>
        </div>
        ${this.codeError()}
      </section>`;
    }
    const confirm = () => {
      if (!signature.confirming) this.view.confirmCode(this.code);
    };
    return html`<section class="card" aria-labelledby="online-title">
      <h3 id="online-title">${dossierText(locale, 'dossier.signature.online')}</h3>
      <p data-sent>${sentText}</p>
      <div class="code-row">
        <certinomis-field
          part="field"
          data-action="code"
          name="code"
          label=${dossierText(locale, 'dossier.field.code')}
          .value=${this.code}
          required
          inputmode="numeric"
          autocomplete="one-time-code"
          help=${dossierText(locale, 'dossier.signature.codeHelp')}
          error=${this.errorOf('code') ?? nothing}
          @input=${(event: Event) => {
            this.code = (event.target as CertinomisField).value;
            this.view.clearErrors('code');
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') confirm();
          }}
        ></certinomis-field>
        <button type="button" class="primary" data-action="confirm"
          ?disabled=${busy || signature.confirming}
          aria-busy=${signature.confirming ? 'true' : 'false'}
          @click=${confirm}>
          ${dossierText(locale, signature.confirming ? 'dossier.signature.confirming' : 'dossier.signature.confirm')}
        </button>
      </div>
      <div class="actions">
        <button type="button" class="secondary" data-action="resend"
          ?disabled=${signature.resendIn > 0 || busy || signature.requesting}
          aria-describedby="resend-help"
          @click=${() => this.view.requestCode()}>
          ${dossierText(locale, 'dossier.signature.resend')}
        </button>
        <span id="resend-help" class="help">
          ${signature.resendIn > 0 ? dossierText(locale, 'dossier.signature.resendIn', { n: signature.resendIn }) : ''}
        </span>
      </div>
      ${this.errorOf('code') ? nothing : this.codeError()}
    </section>`;
  }

  /** Errors of the code request (429, incomplete dossier) that belong to no field shown. */
  private codeError() {
    const error = this.errorOf('signature.code') ?? this.errorOf('mandataire.mobile');
    return error
      ? html`<p class="error" data-path="signature.code mandataire.mobile">${error}</p>`
      : nothing;
  }

  private paper() {
    const { locale } = this;
    const { context, busy } = this.view;
    return html`<section class="card" aria-labelledby="paper-title">
      <h3 id="paper-title">${dossierText(locale, 'dossier.signature.handwritten')}</h3>
      ${paperPanel(this.view)}
      <div class="actions">
        <button type="button" class="primary" data-action="paper"
          ?disabled=${!isComplete(context) || busy}
          @click=${() => this.view.choosePaper()}>
          ${dossierText(locale, 'dossier.signature.paperDone')}
        </button>
      </div>
      <p class="help">${dossierText(locale, 'dossier.signature.after')}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-signature': CertinomisDossierSignature;
  }
}
