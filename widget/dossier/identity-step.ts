import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { IDENTITY_METHODS } from '../../machines/schemas/dossier.ts';
import { dossierText, formatDay, formatTime } from '../i18n/dossier.ts';
import { DossierScreen } from './dossier-screen.ts';
import { type DossierView, zoneOf } from './view.ts';

/** What the file input accepts (the API checks the content itself). */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
/** The API's limit for an ID scan: 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * The ID scan: what was received (date, under review, verified or refused with the operator's
 * reason), the upload's progress, and a file input to send (or replace) it. `required` marks
 * the input while no scan is there.
 */
export function documentPanel(view: DossierView, required: boolean) {
  const { locale, context, dossier, upload } = view;
  const error = view.errors.get('file') ?? view.errors.get('identity.document') ?? null;
  const uploadedAt = dossier.documents[0]?.uploadedAt ?? context.identitySubmittedAt;
  const received = context.documentUploaded && uploadedAt;
  const refused = context.identityStatus === 'refused';
  const sending = upload.state === 'sending';
  const describedBy = ['file-help', error ? 'file-error' : ''].filter(Boolean).join(' ');
  return html`<div class="file" data-path="file identity.document">
    ${
      refused
        ? html`<div class="alert" role="alert">
            <strong class="error">
              ${dossierText(locale, 'dossier.identity.refused', { reason: context.identityRefusalReason ?? '' })}
            </strong>
            <span>${dossierText(locale, 'dossier.identity.uploadAgain')}</span>
          </div>`
        : received
          ? html`<p class="ok" data-received>
              ${dossierText(locale, 'dossier.identity.received', {
                date: formatDay(uploadedAt, locale, zoneOf(dossier)),
                time: formatTime(uploadedAt, locale, zoneOf(dossier)),
              })}
              ${
                context.identityStatus === 'verified'
                  ? dossierText(locale, 'dossier.identity.verified')
                  : dossierText(locale, 'dossier.identity.pending')
              }
            </p>`
          : nothing
    }
    ${
      context.identityStatus === 'verified'
        ? nothing
        : html`<label for="file">
              ${dossierText(locale, 'dossier.field.file')}${
                required ? html`<span class="req" aria-hidden="true"> *</span>` : nothing
              }
            </label>
            <input
              id="file"
              type="file"
              name="file"
              accept=${ACCEPTED_TYPES.join(',')}
              ?disabled=${sending || view.busy}
              aria-required=${required ? 'true' : 'false'}
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) view.uploadDocument(file);
              }}
            />
            <p class="field-help" id="file-help">
              ${dossierText(locale, 'dossier.identity.fileHelp')}
              ${received && !refused ? dossierText(locale, 'dossier.identity.replace') : ''}
            </p>`
    }
    ${
      sending
        ? html`<progress max="100" value=${upload.percent} aria-labelledby="sending"></progress>
            <p id="sending">${dossierText(locale, 'dossier.identity.sending', { percent: upload.percent })}</p>`
        : nothing
    }
    <p class="error" id="file-error" ?hidden=${!error}>${error}</p>
  </div>`;
}

/**
 * "5 Identité": the bénéficiaire's identity check, mandatory — online with a scan of an
 * identity document (uploaded here), or face to face at a post office.
 */
@customElement('certinomis-dossier-identity')
export class CertinomisDossierIdentity extends DossierScreen {
  override readonly step = 'identity' as const;
  @state() private method = '';

  override draft(): Record<string, unknown> {
    return { method: this.method };
  }

  protected override resetDraft(): void {
    this.method = this.view.context.identity?.method ?? '';
  }

  override render() {
    const { locale } = this;
    const { context } = this.view;
    return html`
      ${this.heading(dossierText(locale, 'dossier.heading.identity'))}
      <p class="intro">${dossierText(locale, 'dossier.identity.intro')}</p>
      ${this.radios(
        'identity.method',
        dossierText(locale, 'dossier.identity.method'),
        this.method,
        IDENTITY_METHODS.map((value) => ({
          value,
          label: dossierText(locale, `dossier.identity.${value}`),
          help: dossierText(
            locale,
            value === 'online' ? 'dossier.identity.onlineHelp' : 'dossier.identity.faceHelp',
          ),
        })),
        (value) => {
          this.method = value;
        },
      )}
      ${
        this.method === 'online'
          ? documentPanel(
              this.view,
              !(context.identity?.method === 'online' && context.documentUploaded),
            )
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-identity': CertinomisDossierIdentity;
  }
}
