import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { object } from 'valibot';
import { newPasswordSchema } from '../../machines/schemas/auth.ts';
import { PartScreenElement } from './part-screen-element.ts';

const resetSchema = object({ password: newPasswordSchema });

/**
 * The page of the e-mailed reset link (`?reset=`): a new Mot de passe*, then Connexion. A used
 * or expired link is explained, with a way to ask for a new one.
 *
 * @csspart field - the password field.
 */
@customElement('certinomis-space-reset-password')
export class CertinomisSpaceResetPassword extends PartScreenElement {
  protected override validate(): boolean {
    return this.check(resetSchema, { password: this.values.password });
  }

  override render() {
    const { busy, send } = this.view;
    const linkRefused = this.failure?.status === 400;
    return html`
      <h2 tabindex="-1">${this.t('reset.heading')}</h2>
      <p class="intro">${this.t('reset.intro')}</p>
      <p class="help">${this.t('space.required')}</p>
      ${this.form(
        html`
          ${this.renderFailure()}
          ${this.passwordField({
            label: this.t('field.newPassword'),
            help: this.t('register.passwordHelp'),
            autocomplete: 'new-password',
          })}
          ${this.submitButton(busy, this.t(busy ? 'reset.submitting' : 'reset.submit'))}
        `,
        () => send({ type: 'space.confirmReset', password: this.values.password }),
      )}
      <div class="actions">
        ${
          linkRefused
            ? html`<button
                type="button"
                class="secondary"
                @click=${() => send({ type: 'space.showForgot' })}
              >
                ${this.t('reset.newLink')}
              </button>`
            : nothing
        }
        <button type="button" class="link" @click=${() => send({ type: 'space.showLogin' })}>
          ${this.t('space.backToLogin')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-reset-password': CertinomisSpaceResetPassword;
  }
}
