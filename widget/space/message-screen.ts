import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SpaceKey } from '../i18n/space.ts';
import type { SpaceScreensKey } from '../i18n/space-screens.ts';
import { PartScreenElement } from './part-screen-element.ts';

type Key = SpaceKey | SpaceScreensKey;

/** The screens that only say something: where a link led, or what happens next. */
export type MessageKind =
  | 'verifyingLink'
  | 'verifyingEmail'
  | 'approved'
  | 'linkInvalid'
  | 'registered'
  | 'resetRequested'
  | 'loggingOut';

const COPY: Record<MessageKind, { heading: Key; lines: Key[]; action?: Key; busy?: true }> = {
  verifyingLink: { heading: 'login.heading', lines: ['verifying.login'], busy: true },
  verifyingEmail: { heading: 'registered.heading', lines: ['verifying.email'], busy: true },
  loggingOut: { heading: 'account.logout', lines: ['space.loading'], busy: true },
  approved: {
    heading: 'approved.heading',
    lines: ['approved.text', 'approved.close'],
    action: 'approved.here',
  },
  linkInvalid: {
    heading: 'linkInvalid.heading',
    lines: ['linkInvalid.text', 'linkInvalid.again'],
    action: 'space.toLogin',
  },
  registered: {
    heading: 'registered.heading',
    lines: ['registered.text', 'registered.next'],
    action: 'space.backToLogin',
  },
  resetRequested: {
    heading: 'resetRequested.heading',
    lines: ['resetRequested.text', 'resetRequested.next'],
    action: 'space.backToLogin',
  },
};

/**
 * A heading, a few sentences and at most one button back to Connexion: the wait while a link
 * is checked, "Connexion approuvée…", an invalid link, and the neutral confirmations of
 * S'enregistrer and Mot de passe oublié.
 */
@customElement('certinomis-space-message')
export class CertinomisSpaceMessage extends PartScreenElement {
  @property() kind: MessageKind = 'registered';

  override render() {
    let copy = COPY[this.kind];
    if (this.kind === 'linkInvalid' && this.failure?.status === 0) {
      // Not the link's fault: the service could not be reached.
      copy = { ...copy, lines: ['space.network', 'linkInvalid.again'] };
    }
    return html`
      <h2 tabindex="-1">${this.t(copy.heading)}</h2>
      ${copy.lines.map((line, index) =>
        copy.busy && index === 0
          ? html`<p class="waiting" role="status">
              <span class="spinner" aria-hidden="true"></span>${this.t(line)}
            </p>`
          : html`<p>${this.t(line)}</p>`,
      )}
      ${
        copy.action
          ? html`<div class="actions">
              <button
                type="button"
                class="primary"
                @click=${() => this.view.send({ type: 'space.showLogin' })}
              >
                ${this.t(copy.action)}
              </button>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-message': CertinomisSpaceMessage;
  }
}
