import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DossierResponse } from '../../machines/contract.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { formatDateTime, formatSize } from '../i18n/backoffice.ts';
import { BackofficeScreen } from './screen.ts';

const TYPE_NAMES: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/pdf': 'PDF',
};

/**
 * The ID scans of one dossier for the operator: each described, downloaded with the operator's
 * token into a Blob URL, images previewed. Rendered in its host's tree (no shadow root of its
 * own): it is part of the dossier screen, styled and searched with it.
 */
@customElement('certinomis-backoffice-documents')
export class CertinomisBackofficeDocuments extends BackofficeScreen {
  @property({ attribute: false }) dossier!: DossierResponse;

  @state() private preview: { documentId: string; url: string; alt: string } | null = null;
  @state() private documentError: string | null = null;
  @state() private documentBusy: string | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override willUpdate(changed: PropertyValues<this>) {
    // Another dossier: its preview goes; the same one reloaded keeps it.
    const previous = changed.get('dossier') as DossierResponse | undefined;
    if (previous && previous.id !== this.dossier.id) this.dropPreview();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.dropPreview();
  }

  private dropPreview() {
    if (this.preview) URL.revokeObjectURL(this.preview.url);
    this.preview = null;
    this.documentError = null;
  }

  override render() {
    const { locale } = this.view;
    const { dossier } = this;
    const documents = dossier.documents;
    const zone = dossierTimeZone(dossier.data as Partial<DossierContext>);
    if (documents.length === 0) return html`<p class="status">${this.t('document.none')}</p>`;
    const preview = this.preview;
    return html`
      <h5 class="visually-hidden">${this.t('label.document')}</h5>
      <ul class="documents">
        ${documents.map((document) => {
          const date = formatDateTime(document.uploadedAt, locale, zone);
          const image = document.contentType.startsWith('image/');
          const busy = this.documentBusy === document.id;
          return html`<li data-document=${document.id}>
            <span
              >${this.t('document.describe', {
                type: TYPE_NAMES[document.contentType] ?? document.contentType,
                size: formatSize(document.size, locale),
                date,
              })}</span
            >
            <button
              type="button"
              class="secondary"
              ?disabled=${busy}
              aria-label=${this.t('document.downloadLabel', { date })}
              @click=${() => this.download(dossier.id, document.id)}
            >
              ${this.t('document.download')}
            </button>
            ${
              image
                ? preview?.documentId === document.id
                  ? html`<button type="button" class="secondary" @click=${() => this.dropPreview()}>
                      ${this.t('document.hide')}
                    </button>`
                  : html`<button
                      type="button"
                      class="secondary"
                      ?disabled=${busy}
                      aria-label=${this.t('document.previewLabel', { date })}
                      @click=${() =>
                        this.showPreview(dossier.id, document.id, this.t('document.alt', { date }))}
                    >
                      ${this.t('document.preview')}
                    </button>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${this.documentError ? html`<p class="alert" role="alert">${this.documentError}</p>` : nothing}
      ${
        preview
          ? html`<figure class="preview">
              <img src=${preview.url} alt=${preview.alt} />
            </figure>`
          : nothing
      }
    `;
  }

  /** Fetches the scan with the operator's token and saves it from a Blob URL. */
  private async download(dossierId: string, documentId: string) {
    this.documentError = null;
    this.documentBusy = documentId;
    try {
      const { blob, fileName } = await this.view.api.document(
        this.view.accessToken,
        dossierId,
        documentId,
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      link.hidden = true;
      this.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      if (!this.handledAuth(error)) this.documentError = this.t('document.failed');
    } finally {
      this.documentBusy = null;
    }
  }

  /** Shows an image scan from a Blob URL (the page's CSP allows `img-src blob:`). */
  private async showPreview(dossierId: string, documentId: string, alt: string) {
    this.documentError = null;
    this.documentBusy = documentId;
    try {
      const { blob } = await this.view.api.document(this.view.accessToken, dossierId, documentId);
      this.dropPreview();
      this.preview = { documentId, url: URL.createObjectURL(blob), alt };
    } catch (error) {
      if (!this.handledAuth(error)) this.documentError = this.t('document.failed');
    } finally {
      this.documentBusy = null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-documents': CertinomisBackofficeDocuments;
  }
}
