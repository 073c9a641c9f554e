import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  type PartnerCapability,
  type PartnerSession,
  partnerUserRoles,
  roleAllows,
} from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { portalText, toLocale } from '../i18n/portal.ts';
import { clientSpaceStyles } from '../space/client-space.styles.ts';
import { frameStyles } from '../ui/frame.styles.ts';
import { accountBox, languagePicker } from '../ui/frame-header.ts';
import { tokens } from '../ui/tokens.styles.ts';
import './audit-screen.ts';
import './login-screens.ts';
import type { LoginNotice } from './login-screens.ts';
import './orders-screen.ts';
import './origins-screen.ts';
import './overview-screen.ts';
import { portalStyles } from './portal.styles.ts';
import { PortalApi } from './portal-api.ts';
import type { PortalScreen, PortalView } from './screen.ts';
import './statements-screen.ts';
import './users-screen.ts';
import './webhooks-screen.ts';

/** The portal's sections, in the navigation's order, and what each needs of the API. */
export const portalTabs = [
  ['overview', 'settings:read'],
  ['origins', 'settings:write'],
  ['webhooks', 'webhooks'],
  ['orders', 'orders'],
  ['statements', 'statements'],
  ['users', 'users'],
  ['audit', 'audit'],
] as const satisfies readonly (readonly [string, PartnerCapability])[];
export type PortalTab = (typeof portalTabs)[number][0];

type Phase =
  | { name: 'login'; notice: LoginNotice }
  | { name: 'sent'; email: string }
  | { name: 'verifying' }
  | { name: 'invalid' }
  | { name: 'invite'; token: string }
  | { name: 'app' };

/** One key per API: a session belongs to the API that opened it. */
export function portalStorageKey(apiUrl: string): string {
  return `certinomis-portal:${apiUrl}`;
}

/** `?login=` or `?invite=` of the page's address, removed at once (single-use tokens). */
function takeLink(): { kind: 'login' | 'invite'; token: string } | null {
  const url = new URL(globalThis.location.href);
  for (const kind of ['login', 'invite'] as const) {
    const token = url.searchParams.get(kind);
    if (token === null) continue;
    url.searchParams.delete(kind);
    const search = url.searchParams.toString();
    try {
      history.replaceState(
        history.state,
        '',
        `${url.pathname}${search ? `?${search}` : ''}${url.hash}`,
      );
    } catch {
      // A sandboxed frame may refuse: the token works once anyway.
    }
    return token ? { kind, token } : null;
  }
  return null;
}

function readSession(key: string): PartnerSession | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null') as PartnerSession | null;
    if (!stored || typeof stored.token !== 'string' || !stored.user) return null;
    if (!partnerUserRoles.includes(stored.user.role)) return null;
    return Date.parse(stored.expiresAt) > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/**
 * `<certinomis-portal>`: the partners' portal (`/partenaires`), its own module
 * (`dist/portal/certinomis-portal.js`, never part of the element's bundle nor of a release).
 *
 * Login as in the client space: e-mail and password, then the e-mailed one-time link
 * (`?login=`) that opens the session (`pps_…`, in memory and sessionStorage only); an invited
 * user's link (`?invite=`) chooses the password first. Logged in, the sections the user's role
 * may use (admin: all; developer: keys, origins, webhooks; accounting: orders, statements), each
 * calling the partner API with the session — the API stays the authority (a 403 is shown).
 * Focus moves to each new screen's heading; results are said in a polite live region.
 *
 * @attr api - base URL of the API (default: the page's origin).
 * @attr locale - `fr` (default) or `en`.
 * @fires certinomis:step - `{ step }` on each screen change (`login`, `sent`, `overview`…).
 */
@customElement('certinomis-portal')
export class CertinomisPortal extends LitElement {
  static override styles = [
    tokens,
    frameStyles,
    clientSpaceStyles,
    portalStyles,
    css`
      :host {
        margin-top: 1.5rem;
      }
    `,
  ];

  @property() api = '';
  @property() locale = 'fr';

  @state() private phase: Phase = { name: 'login', notice: null };
  @state() private session: PartnerSession | null = null;
  @state() private tab: PortalTab = 'overview';
  @state() private announcement = '';

  private client: PortalApi | null = null;
  private lastScreen: string | null = null;
  private pendingFocus = false;

  /** The screen shown: a login step, or the section once logged in. */
  get screen(): string {
    return this.phase.name === 'app' ? this.tab : this.phase.name;
  }

  private get uiLocale(): Locale {
    return toLocale(this.locale);
  }

  private get baseUrl(): string {
    return new URL(this.api || globalThis.location.origin, globalThis.location.href).toString();
  }

  private get portalApi(): PortalApi {
    const { baseUrl, uiLocale } = this;
    if (
      !this.client ||
      this.client.options.baseUrl !== baseUrl ||
      this.client.options.locale !== uiLocale
    ) {
      this.client = new PortalApi({ baseUrl, locale: uiLocale });
    }
    return this.client;
  }

  override connectedCallback() {
    super.connectedCallback();
    const link = takeLink();
    if (link?.kind === 'invite') {
      this.phase = { name: 'invite', token: link.token };
    } else if (link?.kind === 'login') {
      void this.completeLogin(link.token);
    } else {
      const stored = readSession(portalStorageKey(this.baseUrl));
      if (stored) this.open(stored);
    }
  }

  private async completeLogin(token: string) {
    this.phase = { name: 'verifying' };
    try {
      this.open(await this.portalApi.session(token));
    } catch {
      this.phase = { name: 'invalid' };
    }
  }

  private open(session: PartnerSession) {
    this.session = session;
    try {
      sessionStorage.setItem(portalStorageKey(this.baseUrl), JSON.stringify(session));
    } catch {
      // Storage refused: the session lasts as long as the page.
    }
    const first = this.tabs(session)[0];
    this.tab = first ?? 'overview';
    this.phase = { name: 'app' };
  }

  private close(notice: LoginNotice) {
    this.session = null;
    try {
      sessionStorage.removeItem(portalStorageKey(this.baseUrl));
    } catch {
      // Nothing stored.
    }
    this.phase = { name: 'login', notice };
  }

  private async logout() {
    const token = this.session?.token;
    this.close('loggedOut');
    if (token) await this.portalApi.logout(token).catch(() => {});
  }

  /** The sections `session`'s role may use. */
  private tabs(session: PartnerSession | null): PortalTab[] {
    if (!session) return [];
    return portalTabs
      .filter(([, needs]) => roleAllows(session.user.role, needs))
      .map(([tab]) => tab);
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    const screen = this.screen;
    if (screen !== this.lastScreen) {
      if (this.lastScreen !== null) this.pendingFocus = true;
      this.lastScreen = screen;
      this.dispatchEvent(
        new CustomEvent('certinomis:step', {
          detail: { step: screen },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private t(key: Parameters<typeof portalText>[1], params?: Record<string, string | number>) {
    return portalText(this.uiLocale, key, params);
  }

  override render() {
    const locale = this.uiLocale;
    const session = this.phase.name === 'app' ? this.session : null;
    return html`<div class="frame" lang=${locale}>
        <header>
          <p class="title">${this.t('portal.title')}</p>
          ${languagePicker(locale, this.t('portal.language'), (picked) => {
            this.locale = picked;
          })}
          ${
            session
              ? accountBox({
                  label: this.t('portal.account'),
                  who: this.t('portal.connected', {
                    email: session.user.email,
                    role: this.t(`role.${session.user.role}`),
                  }),
                  logout: this.t('portal.logout'),
                  busy: false,
                  onLogout: () => void this.logout(),
                })
              : nothing
          }
        </header>
        ${session ? this.renderNav(session) : nothing} ${this.renderScreen(session)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderNav(session: PartnerSession) {
    return html`<nav aria-label=${this.t('portal.nav')}>
      <ul>
        ${this.tabs(session).map(
          (tab) =>
            html`<li>
              <button
                type="button"
                class="secondary"
                aria-current=${tab === this.tab ? 'page' : nothing}
                @click=${() => {
                  this.tab = tab;
                }}
              >
                ${this.t(`tab.${tab}`)}
              </button>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private view(): PortalView {
    return {
      locale: this.uiLocale,
      api: this.portalApi,
      session: this.session?.token ?? '',
      role: this.session?.user.role ?? null,
      announce: (text) => {
        this.announcement = text === this.announcement ? `${text}\u00a0` : text;
      },
      sessionExpired: () => this.close('expired'),
    };
  }

  private renderScreen(session: PartnerSession | null) {
    const view = this.view();
    const phase = this.phase;
    switch (phase.name) {
      case 'login':
        return html`<certinomis-portal-login
          data-screen
          .view=${view}
          .notice=${phase.notice}
          .onSent=${(email: string) => {
            this.phase = { name: 'sent', email };
          }}
        ></certinomis-portal-login>`;
      case 'sent':
      case 'verifying':
      case 'invalid':
        return html`<certinomis-portal-message
          data-screen
          kind=${phase.name}
          .view=${view}
          .email=${phase.name === 'sent' ? phase.email : ''}
          .onBack=${() => {
            this.phase = { name: 'login', notice: null };
          }}
        ></certinomis-portal-message>`;
      case 'invite':
        return html`<certinomis-portal-invite
          data-screen
          .view=${view}
          .token=${phase.token}
          .onAccepted=${() => {
            this.phase = { name: 'login', notice: 'accepted' };
          }}
        ></certinomis-portal-invite>`;
    }
    if (!session) return nothing;
    switch (this.tab) {
      case 'overview':
        return html`<certinomis-portal-overview data-screen .view=${view}></certinomis-portal-overview>`;
      case 'origins':
        return html`<certinomis-portal-origins data-screen .view=${view}></certinomis-portal-origins>`;
      case 'webhooks':
        return html`<certinomis-portal-webhooks data-screen .view=${view}></certinomis-portal-webhooks>`;
      case 'orders':
        return html`<certinomis-portal-orders data-screen .view=${view}></certinomis-portal-orders>`;
      case 'statements':
        return html`<certinomis-portal-statements data-screen .view=${view}></certinomis-portal-statements>`;
      case 'users':
        return html`<certinomis-portal-users data-screen .view=${view}></certinomis-portal-users>`;
      case 'audit':
        return html`<certinomis-portal-audit data-screen .view=${view}></certinomis-portal-audit>`;
    }
  }

  protected override async updated() {
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    const screen = this.renderRoot.querySelector<PortalScreen>('[data-screen]');
    await screen?.focusHeading();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal': CertinomisPortal;
  }
}
