import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { passwordResetSchema } from '../../machines/schemas/auth.ts';
import { PartScreenElement } from './part-screen-element.ts';

/**
 * Mot de passe oublié: Adresse e-mail*, then the same neutral confirmation whether or not the
 * address has an account (the e-mail carries a `?reset=` link).
 *
 * @csspart field - the e-mail field.
 */
@customElement('certinomis-space-forgot-password')
export class CertinomisSpaceForgotPassword extends PartScreenElement {
  protected override validate(): boolean {
    return this.check(passwordResetSchema, { email: this.values.email });
  }

  override render() {
    const { busy, send } = this.view;
    return html`
      <h2 tabindex="-1">${this.t('forgot.heading')}</h2>
      <p class="intro">${this.t('forgot.intro')}</p>
      <p class="help">${this.t('space.required')}</p>
      ${this.form(
        html`
          ${this.renderFailure()} ${this.emailField({ autocomplete: 'username' })}
          ${this.submitButton(busy, this.t(busy ? 'forgot.submitting' : 'forgot.submit'))}
        `,
        () => send({ type: 'space.requestReset', email: this.values.email.trim() }),
      )}
      <div class="actions">
        <button type="button" class="link" @click=${() => send({ type: 'space.showLogin' })}>
          ${this.t('space.backToLogin')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-forgot-password': CertinomisSpaceForgotPassword;
  }
}
