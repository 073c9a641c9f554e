import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { passwordMinLength } from '../../machines/rules/password.ts';
import { textField } from '../ui/text-field.ts';
import { type Failure, PortalScreen } from './screen.ts';

/** A notice the login screen opens with. */
export type LoginNotice = 'expired' | 'loggedOut' | 'accepted' | null;

const NOTICES = {
  expired: 'login.expired',
  loggedOut: 'login.loggedOut',
  accepted: 'login.accepted',
} as const;

/**
 * Connexion: Adresse e-mail*, Mot de passe*, `Connexion`. The API checks both (422 beside the field,
 * 401 the same for any wrong pair) and e-mails a one-time link: `onSent(email)`.
 */
@customElement('certinomis-portal-login')
export class CertinomisPortalLogin extends PortalScreen {
  @property({ attribute: false }) notice: LoginNotice = null;
  @property({ attribute: false }) onSent: (email: string) => void = () => {};

  @state() private email = '';
  @state() private password = '';
  @state() private busy = false;
  @state() private failure: Failure | null = null;

  override render() {
    const errors = this.failure?.fields ?? {};
    return html`
      <h2 tabindex="-1">${this.t('login.heading')}</h2>
      ${this.notice ? html`<p class="notice" role="status">${this.t(NOTICES[this.notice])}</p>` : nothing}
      <p class="intro">${this.t('login.intro')}</p>
      <p class="help">${this.t('portal.required')}</p>
      <form novalidate @submit=${this.submit}>
        ${this.alert(this.failure)}
        ${textField({
          name: 'email',
          label: this.t('login.email'),
          type: 'email',
          autocomplete: 'username',
          value: this.email,
          error: errors.email ?? null,
          onInput: (value) => {
            this.email = value;
          },
        })}
        ${textField({
          name: 'password',
          label: this.t('login.password'),
          type: 'password',
          autocomplete: 'current-password',
          value: this.password,
          error: errors.password ?? null,
          onInput: (value) => {
            this.password = value;
          },
        })}
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${this.t(this.busy ? 'login.submitting' : 'login.submit')}
        </button>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.failure = null;
    const email = this.email.trim();
    try {
      await this.view.api.login(email, this.password);
      this.onSent(email);
    } catch (error) {
      this.failure = this.failureOf(error);
      await this.updateComplete;
      this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private focusFirstError() {
    const field = this.renderRoot.querySelector<HTMLElement>('certinomis-field[error]');
    field?.focus();
  }
}

/** The invited user's first visit (`?invite=`): Mot de passe*, `Activer mon compte`. */
@customElement('certinomis-portal-invite')
export class CertinomisPortalInvite extends PortalScreen {
  @property({ attribute: false }) token = '';
  @property({ attribute: false }) onAccepted: () => void = () => {};

  @state() private password = '';
  @state() private busy = false;
  @state() private failure: Failure | null = null;

  override render() {
    return html`
      <h2 tabindex="-1">${this.t('invite.heading')}</h2>
      <p class="intro">${this.t('invite.intro', { min: passwordMinLength })}</p>
      <form novalidate @submit=${this.submit}>
        ${this.alert(this.failure)}
        ${textField({
          name: 'password',
          label: this.t('login.password'),
          type: 'password',
          autocomplete: 'new-password',
          value: this.password,
          error: this.failure?.fields.password ?? null,
          onInput: (value) => {
            this.password = value;
          },
        })}
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${this.t(this.busy ? 'invite.submitting' : 'invite.submit')}
        </button>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.failure = null;
    try {
      await this.view.api.accept(this.token, this.password);
      this.onAccepted();
    } catch (error) {
      this.failure = this.failureOf(error);
    } finally {
      this.busy = false;
    }
  }
}

/** A message screen of the login: the link was sent, is being checked, or no longer works. */
@customElement('certinomis-portal-message')
export class CertinomisPortalMessage extends PortalScreen {
  @property() kind: 'sent' | 'verifying' | 'invalid' = 'sent';
  @property({ attribute: false }) email = '';
  @property({ attribute: false }) onBack: () => void = () => {};

  override render() {
    if (this.kind === 'verifying') {
      return html`<h2 tabindex="-1">${this.t('login.verifying')}</h2>`;
    }
    const invalid = this.kind === 'invalid';
    return html`
      <h2 tabindex="-1">${this.t(invalid ? 'login.invalid.heading' : 'login.sent.heading')}</h2>
      <p>${invalid ? this.t('login.invalid.text') : this.t('login.sent.text', { email: this.email })}</p>
      <p><button type="button" class="secondary" @click=${() => this.onBack()}>${this.t('login.sent.back')}</button></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-login': CertinomisPortalLogin;
    'certinomis-portal-invite': CertinomisPortalInvite;
    'certinomis-portal-message': CertinomisPortalMessage;
  }
}
