import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { textField } from '../ui/text-field.ts';
import { type Failure, PortalScreen } from './screen.ts';

/**
 * Origines autorisées: one field per origin (add, remove), saved at once with `PATCH
 * /v1/partner`. The API checks each (exact origin; `https:` only when live): its 422 names the
 * field (`allowedOrigins.2`), shown beside that origin; nothing is changed then.
 */
@customElement('certinomis-portal-origins')
export class CertinomisPortalOrigins extends PortalScreen {
  @state() private origins: string[] | null = null;
  @state() private failure: Failure | null = null;
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.origins = [...(await this.view.api.settings(this.view.session)).allowedOrigins];
    } catch (error) {
      this.failure = this.failureOf(error);
    }
  }

  override render() {
    const origins = this.origins;
    const errors = this.failure?.fields ?? {};
    return html`
      <h2 tabindex="-1">${this.t('origins.heading')}</h2>
      <p class="intro">${this.t('origins.intro')}</p>
      ${
        origins === null
          ? this.failure
            ? this.alert(this.failure)
            : html`<p>${this.t('portal.loading')}</p>`
          : html`<form novalidate @submit=${this.save}>
              ${this.alert(this.failure)}
              ${errors.allowedOrigins ? html`<p class="alert">${errors.allowedOrigins}</p>` : nothing}
              ${origins.length === 0 ? html`<p>${this.t('origins.empty')}</p>` : nothing}
              ${origins.map(
                (origin, index) =>
                  html`<div class="origin-row">
                    ${textField({
                      name: `allowedOrigins.${index}`,
                      label: this.t('origins.origin', { n: index + 1 }),
                      type: 'url',
                      autocomplete: 'url',
                      value: origin,
                      error: errors[`allowedOrigins.${index}`] ?? null,
                      onInput: (value) => {
                        this.origins = origins.map((o, i) => (i === index ? value : o));
                      },
                    })}
                    <button type="button" class="secondary" @click=${() => this.removeOrigin(index)}>
                      ${this.t('origins.remove', { n: index + 1 })}
                    </button>
                  </div>`,
              )}
              <div class="actions">
                <button type="button" class="secondary" @click=${this.add}>${this.t('origins.add')}</button>
                <button type="submit" class="primary inline" ?disabled=${this.busy}>
                  ${this.t(this.busy ? 'origins.saving' : 'origins.save')}
                </button>
              </div>
            </form>`
      }
    `;
  }

  private async add() {
    this.origins = [...(this.origins ?? []), ''];
    await this.updateComplete;
    const fields = this.renderRoot.querySelectorAll<HTMLElement>('certinomis-field');
    fields[fields.length - 1]?.focus();
  }

  private removeOrigin(index: number) {
    this.origins = (this.origins ?? []).filter((_, i) => i !== index);
    this.failure = null;
  }

  private async save(event: Event) {
    event.preventDefault();
    if (this.busy || !this.origins) return;
    this.busy = true;
    this.failure = null;
    try {
      // Blank rows are dropped first, so that the API's indices match the fields shown.
      const origins = this.origins.map((origin) => origin.trim()).filter((origin) => origin !== '');
      this.origins = origins;
      this.origins = [
        ...(await this.view.api.updateSettings(this.view.session, { allowedOrigins: origins }))
          .allowedOrigins,
      ];
      this.view.announce(this.t('origins.saved'));
    } catch (error) {
      this.failure = this.failureOf(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('certinomis-field[error]')?.focus();
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-origins': CertinomisPortalOrigins;
  }
}
