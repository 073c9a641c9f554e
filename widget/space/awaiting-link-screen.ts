import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE } from '../../machines/rules/time-zone.ts';
import { formatTime } from '../i18n/space-dates.ts';
import { spaceScreensTextParts } from '../i18n/space-screens.ts';
import { PartScreenElement } from './part-screen-element.ts';

/**
 * "Vérifiez votre boîte mail": the second factor was e-mailed. The machine polls the login
 * every 2 s while this screen is shown; the screen only explains and offers to go back.
 */
@customElement('certinomis-space-awaiting-link')
export class CertinomisSpaceAwaitingLink extends PartScreenElement {
  override render() {
    const { context, locale, send } = this.view;
    const email = context.email;
    const until = context.attempt?.expiresAt;
    return html`
      <h2 tabindex="-1">${this.t('await.heading')}</h2>
      ${
        email
          ? html`<p>
              ${spaceScreensTextParts(locale, 'await.sent', { email: html`<strong class="address">${email}</strong>` })}
            </p>`
          : nothing
      }
      <p>${this.t('await.explain')}</p>
      ${until ? html`<p class="help">${this.t('await.until', { time: formatTime(until, locale, DEFAULT_TIME_ZONE) })}</p>` : nothing}
      <p class="waiting" role="status">
        <span class="spinner" aria-hidden="true"></span>${this.t('await.waiting')}
      </p>
      <p class="help">${this.t('await.spam')}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => send({ type: 'space.showLogin' })}>
          ${this.t('space.backToLogin')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-awaiting-link': CertinomisSpaceAwaitingLink;
  }
}
