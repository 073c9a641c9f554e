import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { loginSchema } from '../../machines/schemas/auth.ts';
import type { SpaceNotice } from '../../machines/space.machine.ts';
import { backofficeText } from '../i18n/backoffice.ts';
import type { SpaceKey } from '../i18n/space.ts';
import { SpaceScreenElement } from '../space/screen-element.ts';
import { backofficeStyles } from './backoffice.styles.ts';

const NOTICES: Partial<Record<SpaceNotice, SpaceKey>> = {
  sessionExpired: 'notice.sessionExpired',
  loginExpired: 'notice.loginExpired',
  passwordChanged: 'notice.passwordChanged',
  loggedOut: 'notice.loggedOut',
};

/**
 * Connexion opérateur: Adresse e-mail*, Mot de passe* (show/hide), `Connexion`. The client space's
 * login form (same fields, checks, errors, Enter to submit, the e-mailed second factor next)
 * without what only buyers need (S'enregistrer, Mot de passe oublié: operator accounts are
 * created by an administrator with `npm run operator:create`).
 *
 * @csspart field - each field.
 * @csspart submit - Connexion.
 */
@customElement('certinomis-backoffice-login')
export class CertinomisBackofficeLogin extends SpaceScreenElement {
  static override styles = [...SpaceScreenElement.styles, backofficeStyles];

  protected override validate(): boolean {
    return this.check(loginSchema, this.values);
  }

  override render() {
    const { context, busy, send, locale } = this.view;
    const notice = context.notice ? NOTICES[context.notice] : undefined;
    return html`
      <h2 tabindex="-1">${backofficeText(locale, 'login.heading')}</h2>
      ${notice ? html`<p class="notice" role="status">${this.t(notice)}</p>` : nothing}
      <p class="intro">${backofficeText(locale, 'login.intro')}</p>
      <p class="help">${this.t('space.required')}</p>
      ${this.form(
        html`
          ${this.renderFailure({ 401: this.t('login.invalid'), 403: this.t('login.unverified') })}
          ${this.emailField({ autocomplete: 'username' })} ${this.passwordField()}
          ${this.submitButton(busy, backofficeText(locale, busy ? 'login.submitting' : 'login.submit'))}
        `,
        () =>
          send({
            type: 'space.login',
            email: this.values.email.trim(),
            password: this.values.password,
          }),
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-login': CertinomisBackofficeLogin;
  }
}
