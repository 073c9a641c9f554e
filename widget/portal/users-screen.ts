import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  type PartnerUserRole,
  type PartnerUserView,
  partnerUserRoles,
} from '../../machines/contract.ts';
import { portalDateTime } from '../i18n/portal.ts';
import { textField } from '../ui/text-field.ts';
import { type Failure, PortalScreen } from './screen.ts';

/** Utilisateurs (admins): the portal's users and an invitation with a role (e-mailed link). */
@customElement('certinomis-portal-users')
export class CertinomisPortalUsers extends PortalScreen {
  @state() private users: PartnerUserView[] | null = null;
  @state() private email = '';
  @state() private inviteRole: PartnerUserRole = 'developer';
  @state() private failure: Failure | null = null;
  @state() private inviteFailure: Failure | null = null;
  @state() private sent = '';
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.users = (await this.view.api.users(this.view.session)).items;
    } catch (error) {
      this.failure = this.failureOf(error);
    }
  }

  override render() {
    const locale = this.view.locale;
    return html`
      <h2 tabindex="-1">${this.t('users.heading')}</h2>
      ${this.alert(this.failure)}
      ${
        this.users
          ? html`<div class="scroll" tabindex="0" role="region" aria-label=${this.t('users.caption')}>
              <table>
                <caption>${this.t('users.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('users.col.email')}</th>
                    <th scope="col">${this.t('users.col.role')}</th>
                    <th scope="col">${this.t('users.col.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.users.map(
                    (user) => html`<tr>
                      <td>${user.email}</td>
                      <td>${this.t(`role.${user.role}`)}</td>
                      <td>${user.active ? this.t('users.active') : this.t('users.invited')} (${portalDateTime(user.createdAt, locale)})</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      <section aria-labelledby="invite-title">
        <h3 id="invite-title">${this.t('users.invite.heading')}</h3>
        ${this.sent ? html`<p class="notice">${this.sent}</p>` : nothing}
        <form class="inline" novalidate @submit=${this.invite}>
          ${this.alert(this.inviteFailure)}
          ${textField({
            name: 'email',
            label: this.t('users.invite.email'),
            type: 'email',
            autocomplete: 'off',
            value: this.email,
            error: this.inviteFailure?.fields.email ?? null,
            onInput: (value) => {
              this.email = value;
            },
          })}
          ${textField({
            name: 'role',
            label: this.t('users.invite.role'),
            type: 'select',
            value: this.inviteRole,
            error: this.inviteFailure?.fields.role ?? null,
            options: partnerUserRoles.map((role) => ({
              value: role,
              label: this.t(`role.${role}`),
            })),
            onInput: (value) => {
              this.inviteRole = value as PartnerUserRole;
            },
          })}
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.t('users.invite.submit')}</button>
        </form>
      </section>
    `;
  }

  private async invite(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.inviteFailure = null;
    try {
      const user = await this.view.api.invite(
        this.view.session,
        this.email.trim(),
        this.inviteRole,
      );
      this.sent = this.t('users.invite.sent', { email: user.email });
      this.view.announce(this.sent);
      this.email = '';
      await this.load();
    } catch (error) {
      this.inviteFailure = this.failureOf(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-users': CertinomisPortalUsers;
  }
}
