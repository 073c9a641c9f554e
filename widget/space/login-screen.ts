import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SpaceNotice } from '../../machines/space/context.ts';
import type { SpaceKey } from '../i18n/space.ts';
import { SpaceScreenElement } from './screen-element.ts';

const NOTICES: Record<SpaceNotice, SpaceKey> = {
  emailVerified: 'notice.emailVerified',
  verifyLinkInvalid: 'notice.verifyLinkInvalid',
  sessionExpired: 'notice.sessionExpired',
  loginExpired: 'notice.loginExpired',
  passwordChanged: 'notice.passwordChanged',
  loggedOut: 'notice.loggedOut',
  loginDenied: 'notice.loginDenied',
};

/**
 * Connexion: Adresse e-mail*, Mot de passe* (show/hide), `Mot de passe oublié ?`, `Connexion`, `OU`,
 * `S'enregistrer`. A right password e-mails the second factor (the wait screen follows); a
 * wrong one, a throttled try or an unconfirmed address is explained above the fields.
 *
 * @csspart field - each field.
 */
@customElement('certinomis-space-login')
export class CertinomisSpaceLogin extends SpaceScreenElement {
  protected override validate(): boolean {
    // The schema comes with the machine's part (screen-element.ts, `SpaceChecks`).
    return this.check('login', this.values);
  }

  override render() {
    const { context, busy, send } = this.view;
    const { notice, order } = context;
    return html`
      <h2 tabindex="-1">${this.t('login.heading')}</h2>
      ${notice ? html`<p class="notice" role="status">${this.t(NOTICES[notice])}</p>` : nothing}
      ${order ? html`<p class="notice">${this.t('login.order', { order })}</p>` : nothing}
      <p class="intro">${this.t('login.secondFactor')}</p>
      <p class="help">${this.t('space.required')}</p>
      ${this.form(
        html`
          ${this.renderFailure({ 401: this.t('login.invalid'), 403: this.t('login.unverified') })}
          ${this.emailField({ autocomplete: 'username' })} ${this.passwordField()}
          <div class="actions">
            <button type="button" class="link" @click=${() => send({ type: 'space.showForgot' })}>
              ${this.t('login.forgot')}
            </button>
          </div>
          ${this.submitButton(busy, this.t(busy ? 'login.submitting' : 'login.submit'))}
        `,
        () =>
          send({
            type: 'space.login',
            email: this.values.email.trim(),
            password: this.values.password,
          }),
      )}
      <p class="or">${this.t('login.or')}</p>
      <div class="register">
        <button type="button" class="secondary" @click=${() => send({ type: 'space.showRegister' })}>
          ${this.t('login.register')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-login': CertinomisSpaceLogin;
  }
}
