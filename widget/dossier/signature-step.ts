import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { completenessIssues, isComplete } from '../../machines/dossier/conditions.ts';
import { dossierTimeZone } from '../../machines/dossier/context.ts';
import {
  hasSigned,
  requiredSigners,
  signerMobile,
  signerPerson,
  signerRecord,
} from '../../machines/dossier/signers.ts';
import { translate } from '../../machines/messages/messages.ts';
import { formatFrenchPhone } from '../../machines/rules/phone.ts';
import {
  DOSSIER_STEPS,
  type DossierStep,
  SIGNATURE_METHODS,
} from '../../machines/schemas/dossier.ts';
import { dossierText, formatDay, formatTime } from '../i18n/dossier.ts';
import type { CertinomisField } from '../ui/field.ts';
import { DossierScreen, personName } from './dossier-screen.ts';
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
 * mandataire's mobile, and to the bénéficiaire's when another person, who signs too: no eIDAS
 * certificate needed) or by hand (the PDF, printed, signed and
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
    const signers = requiredSigners(context);
    const active = signature.signer;
    // A code holds until the dossier changes (the machine then forgets it).
    const pending =
      !hasSigned(context, active) && signerRecord(context, active).codeSentForVersion !== null;
    const mobile = unbroken(formatFrenchPhone(signerMobile(context, active) ?? ''));
    const codeSentAt = signerRecord(context, active).codeSentAt;
    const sentText =
      signature.sentTo !== null && signature.expiresAt !== null
        ? dossierText(locale, 'dossier.signature.codeSent', {
            phone: unbroken(signature.sentTo),
            time: formatTime(signature.expiresAt, locale, dossierTimeZone(context)),
          })
        : codeSentAt
          ? dossierText(locale, 'dossier.signature.codeSentEarlier', {
              time: formatTime(codeSentAt, locale, dossierTimeZone(context)),
            })
          : '';
    const list = signers.length > 1 ? this.signerList(complete) : nothing;
    if (!pending) {
      return html`<section class="card" aria-labelledby="online-title">
        <h3 id="online-title">${dossierText(locale, 'dossier.signature.online')}</h3>
        ${
          signers.length > 1
            ? list
            : html`<p>${dossierText(locale, 'dossier.signature.codeTo', { phone: mobile })}</p>
                <div class="actions">
                  <button type="button" class="primary" data-action="send-code"
                    ?disabled=${!complete || busy || signature.requesting}
                    @click=${() => this.view.requestCode('mandataire')}>
                    ${dossierText(locale, 'dossier.signature.sendCode')}
                  </button>
                </div>`
        }
        ${this.codeError()}
      </section>`;
    }
    const confirm = () => {
      if (!signature.confirming) this.view.confirmCode(this.code);
    };
    const name = personName(signerPerson(context, active));
    return html`<section class="card" aria-labelledby="online-title">
      <h3 id="online-title">${dossierText(locale, 'dossier.signature.online')}</h3>
      ${list}
      ${
        signers.length > 1
          ? html`<p data-code-for=${active}>${dossierText(locale, 'dossier.signature.codeFor', { name })}</p>`
          : nothing
      }
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
          @click=${() => this.view.requestCode(active)}>
          ${dossierText(locale, 'dossier.signature.resend')}
        </button>
        <span id="resend-help" class="help">
          ${signature.resendIn > 0 ? dossierText(locale, 'dossier.signature.resendIn', { n: signature.resendIn }) : ''}
        </span>
      </div>
      ${this.errorOf('code') ? nothing : this.codeError()}
    </section>`;
  }

  /**
   * Two people sign (the bénéficiaire is not the mandataire): each with their status, "Signé le
   * …" or "À signer", and, until they sign, a button sending the code to their own mobile.
   */
  private signerList(complete: boolean) {
    const { locale } = this;
    const { context, signature, busy } = this.view;
    return html`<p>${dossierText(locale, 'dossier.signature.bothSign')}</p>
      <ul class="signers" aria-label=${dossierText(locale, 'dossier.signature.signers')}>
        ${requiredSigners(context).map((signer) => {
          const signedAt = signerRecord(context, signer).signedAt;
          const name = personName(signerPerson(context, signer));
          const phone = unbroken(formatFrenchPhone(signerMobile(context, signer) ?? ''));
          const role = dossierText(locale, `dossier.step.${signer}`);
          return html`<li data-signer=${signer}>
            <span><strong>${name}</strong> — ${role}</span>
            <span data-status class=${signedAt ? 'ok' : ''}>
              ${
                signedAt
                  ? dossierText(locale, 'dossier.signature.signedOn', {
                      date: formatDay(signedAt, locale, dossierTimeZone(context)),
                      time: formatTime(signedAt, locale, dossierTimeZone(context)),
                    })
                  : dossierText(locale, 'dossier.signature.toSign')
              }
            </span>
            ${
              signedAt
                ? nothing
                : html`<button type="button" class="secondary" data-action="send-code"
                    data-signer=${signer}
                    ?disabled=${!complete || busy || signature.requesting}
                    @click=${() => this.view.requestCode(signer)}>
                    ${dossierText(locale, 'dossier.signature.sendCodeTo', { name, phone })}
                  </button>`
            }
          </li>`;
        })}
      </ul>`;
  }

  /** Errors of the code request (429, incomplete dossier) that belong to no field shown. */
  private codeError() {
    const error =
      this.errorOf('signature.code') ??
      this.errorOf('signer') ??
      this.errorOf(`${this.view.signature.signer}.mobile`);
    return error
      ? html`<p class="error" data-path="signature.code signer mandataire.mobile beneficiaire.mobile">${error}</p>`
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
