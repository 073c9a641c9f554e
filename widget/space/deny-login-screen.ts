import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PartScreenElement } from './part-screen-element.ts';

/**
 * The page of the login e-mail's «Ce n'était pas moi» link (`?deny=`). Opening it changes
 * nothing (an e-mail scanner or a link preview must never cancel a login): the buyer confirms
 * with the button, then is told the attempt is cancelled and advised to change her password.
 *
 * @csspart submit - the confirmation button.
 */
@customElement('certinomis-space-deny-login')
export class CertinomisSpaceDenyLogin extends PartScreenElement {
  /** The attempt is cancelled (screen `loginDenied`). */
  @property({ type: Boolean }) denied = false;

  override render() {
    const { busy, send } = this.view;
    if (this.denied) {
      return html`
        <h2 tabindex="-1">${this.t('denied.heading')}</h2>
        <p>${this.t('denied.text')}</p>
        <p class="notice" role="status">${this.t('denied.advice')}</p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            part="submit"
            @click=${() => send({ type: 'space.showForgot' })}
          >
            ${this.t('denied.change')}
          </button>
          <button type="button" class="link" @click=${() => send({ type: 'space.showLogin' })}>
            ${this.t('space.backToLogin')}
          </button>
        </div>
      `;
    }
    const refused = this.failure?.status === 400;
    return html`
      <h2 tabindex="-1">${this.t('deny.heading')}</h2>
      <p class="intro">${this.t('deny.intro')}</p>
      <p>${this.t('deny.keep')}</p>
      ${refused ? html`<p class="alert" role="alert">${this.t('deny.invalid')}</p>` : this.renderFailure()}
      <div class="actions">
        ${
          refused
            ? nothing
            : html`<button
                type="button"
                class="primary"
                part="submit"
                ?disabled=${busy}
                aria-busy=${busy ? 'true' : 'false'}
                @click=${() => send({ type: 'space.confirmDeny' })}
              >
                ${this.t(busy ? 'deny.submitting' : 'deny.submit')}
              </button>`
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
    'certinomis-space-deny-login': CertinomisSpaceDenyLogin;
  }
}
