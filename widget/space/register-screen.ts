import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { registerSchema } from '../../machines/schemas/auth.ts';
import { PartScreenElement } from './part-screen-element.ts';

/**
 * S'enregistrer: Adresse e-mail* (the order's e-mail) and a new Mot de passe* (8+ characters, not a
 * common one: the shared `registerSchema`). The answer is the same for anyone; the next screen
 * says so.
 *
 * @csspart field - each field.
 */
@customElement('certinomis-space-register')
export class CertinomisSpaceRegister extends PartScreenElement {
  protected override validate(): boolean {
    return this.check(registerSchema, { ...this.values, locale: this.view.locale });
  }

  override render() {
    const { busy, send } = this.view;
    return html`
      <h2 tabindex="-1">${this.t('register.heading')}</h2>
      <p class="intro">${this.t('register.intro')}</p>
      <p class="help">${this.t('space.required')}</p>
      ${this.form(
        html`
          ${this.renderFailure()}
          ${this.emailField({ help: this.t('register.emailHelp') })}
          ${this.passwordField({
            help: this.t('register.passwordHelp'),
            autocomplete: 'new-password',
          })}
          ${this.submitButton(busy, this.t(busy ? 'register.submitting' : 'register.submit'))}
        `,
        () =>
          send({
            type: 'space.register',
            email: this.values.email.trim(),
            password: this.values.password,
          }),
      )}
      <p class="actions">
        ${this.t('register.haveAccount')}
        <button type="button" class="link" @click=${() => send({ type: 'space.showLogin' })}>
          ${this.t('space.toLogin')}
        </button>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-register': CertinomisSpaceRegister;
  }
}
