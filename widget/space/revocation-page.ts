import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import './revocation-flow.ts';
import { DashboardScreenElement } from './dashboard-screen-element.ts';

/**
 * The revocation e-mail's page (`#revocation`), for the holder who lost everything: no
 * account, the code from the e-mail only, and one answer whether or not the code exists (the
 * API throttles it). The way on goes to the client space (Connexion, or the dashboard).
 */
@customElement('certinomis-space-revocation-page')
export class CertinomisSpaceRevocationPage extends DashboardScreenElement {
  override render() {
    return html`
      <h2 tabindex="-1">${this.t('revocationPage.heading')}</h2>
      <certinomis-space-revocation-flow
        .view=${this.view}
        .certificateId=${null}
      ></certinomis-space-revocation-flow>
      <div class="actions">
        <button
          type="button"
          class="link"
          @click=${() => this.view.send({ type: 'space.showLogin' })}
        >
          ${this.t('revocationPage.back')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-space-revocation-page': CertinomisSpaceRevocationPage;
  }
}
