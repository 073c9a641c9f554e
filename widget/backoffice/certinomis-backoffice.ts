import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { QueueQuery } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import {
  type SpaceEvent,
  type SpaceLink,
  type SpaceScreen,
  screenOf,
} from '../../machines/space.machine.ts';
import '../i18n/all-languages.ts';
import { backofficeText, toLocale } from '../i18n/backoffice.ts';
import '../space/awaiting-link-screen.ts';
import { clientSpaceStyles } from '../space/client-space.styles.ts';
import '../space/message-screen.ts';
import type { MessageKind } from '../space/message-screen.ts';
import type { SpaceScreenElement, SpaceView } from '../space/screen-element.ts';
import { SpaceApi } from '../space/space-api.ts';
import { type SpaceFlow, SpaceSession, type SpaceSnapshot } from '../space/space-session.ts';
import { accountBox, languagePicker } from '../ui/frame-header.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { backofficeStyles } from './backoffice.styles.ts';
import { BackofficeApi, emptyQuery } from './backoffice-api.ts';
import './dossier-screen.ts';
import './login-screen.ts';
import './queue-screen.ts';
import type { BackofficeView } from './screen.ts';

type FlowSnapshot = SpaceSnapshot;

const MESSAGE_SCREENS: readonly SpaceScreen[] = [
  'verifyingLink',
  'verifyingEmail',
  'approved',
  'linkInvalid',
  'registered',
  'resetRequested',
  'loggingOut',
];

/** One key per API (a session belongs to the API that opened it), apart from the client space's. */
export function backofficeStorageKey(apiUrl: string): string {
  return `certinomis-backoffice:${apiUrl}`;
}

/**
 * The login link's token in the page's address (`?login=`), removed at once with
 * `history.replaceState`, so that a reload or a shared address never reuses it.
 */
function readLoginLink(): SpaceLink | null {
  let url: URL;
  try {
    url = new URL(globalThis.location.href);
  } catch {
    return null;
  }
  const token = url.searchParams.get('login');
  if (token === null) return null;
  url.searchParams.delete('login');
  try {
    const search = url.searchParams.toString();
    history.replaceState(
      history.state,
      '',
      `${url.pathname}${search ? `?${search}` : ''}${url.hash}`,
    );
  } catch {
    // A sandboxed frame may refuse: the token is single-use anyway.
  }
  return token ? { kind: 'login', token } : null;
}

/**
 * `<certinomis-backoffice>`: the CERTINOMIS operators' back office, its own module
 * (`dist/widget/certinomis-backoffice.js`, never part of the partner's bundle).
 *
 * Login is the client space's: the same machine (`spaceMachine`: e-mail + password, then the
 * e-mailed link, the wait screen polling every 2 s, `?login=` when the link opens this page),
 * the same wait and message screens, the session's bearer token in memory and sessionStorage
 * only (its own key). Logged in, it shows the queue of dossiers (filters, Express first, the
 * time left on the 48 h promise, pages) or one dossier (order, payment, steps, ID scan,
 * history) with the actions the API accepts now. Focus moves to each new screen's heading;
 * changes are announced in a polite live region.
 *
 * @attr api - base URL of the API (default: the page's origin).
 * @attr locale - `fr` (default) or `en`.
 * @attr test-data - start on the orders placed with partners' test keys (the demo's), not the
 *   real queue; operators can switch with the "Commandes de test" filter.
 * @fires certinomis:locale - `{ locale }` when the operator picks a language.
 * @fires certinomis:step - `{ step }` on each screen change (`login`, `awaitingLink`, `queue`, `dossier`…).
 * @fires certinomis:error - `{ status, title }` when the API cannot be used (status 0: network).
 */
@customElement('certinomis-backoffice')
export class CertinomisBackoffice extends LitElement {
  static override styles = [
    tokens,
    clientSpaceStyles,
    backofficeStyles,
    css`
      :host {
        margin-top: 1.5rem;
      }
    `,
  ];

  @property() api = '';
  @property() locale = 'fr';
  @property({ type: Boolean, attribute: 'test-data' }) testData = false;

  @state() private announcement = '';
  /** The dossier shown, or null for the queue. */
  @state() private opened: string | null = null;
  /** The queue's filters and page, kept while a dossier is open. */
  @state() private query: QueueQuery = emptyQuery;
  /** The account is not an operator's (403). */
  @state() private forbidden = false;

  private logins: SpaceApi | null = null;
  private admin: BackofficeApi | null = null;
  private lastView: string | null = null;
  private pendingFocus = false;
  private readonly session = new SpaceSession(this, {
    storageKey: () => backofficeStorageKey(this.baseUrl),
    address: () => ({ link: readLoginLink() }),
    requests: () => this.loginApi,
    onChange: (snapshot) => this.onFlowChange(snapshot),
    onStop: () => {
      this.lastView = null;
    },
  });

  private get flow(): SpaceFlow | null {
    return this.session.flow;
  }

  private get uiLocale(): Locale {
    return toLocale(this.locale);
  }

  /** The screen shown: the login flow's, or `queue` / `dossier` once logged in. */
  get screen(): string {
    const screen = screenOf(this.flow?.snapshot.value);
    if (screen !== 'dashboard' && screen !== 'dashboardAll') return screen;
    if (this.forbidden) return 'forbidden';
    return this.opened ? 'dossier' : 'queue';
  }

  private get baseUrl(): string {
    return new URL(this.api || globalThis.location.origin, globalThis.location.href).toString();
  }

  /** The login requests (`/v1/auth`, `/v1/me`), in the current locale. */
  private get loginApi(): SpaceApi {
    const { baseUrl, uiLocale } = this;
    const current = this.logins?.options;
    if (!this.logins || current?.baseUrl !== baseUrl || current.locale !== uiLocale) {
      this.logins = new SpaceApi({
        baseUrl,
        partnerKey: null,
        locale: uiLocale,
        onTrouble: (failure) =>
          this.emit('certinomis:error', {
            status: failure.status,
            title: failure.message ?? backofficeText(this.uiLocale, 'bo.network'),
          }),
      });
    }
    return this.logins;
  }

  /** The operator's requests (`/v1/admin`), in the current locale. */
  private get adminApi(): BackofficeApi {
    const { baseUrl, uiLocale } = this;
    const current = this.admin?.options;
    if (!this.admin || current?.baseUrl !== baseUrl || current.locale !== uiLocale) {
      this.admin = new BackofficeApi({ baseUrl, locale: uiLocale });
    }
    return this.admin;
  }

  /** Leaving the account forgets the dossier opened, the 403 and the queue's filters. */
  private onFlowChange(snapshot: FlowSnapshot) {
    if (!snapshot.context.session) {
      this.opened = null;
      this.forbidden = false;
      this.query = { ...emptyQuery, testData: this.testData };
    }
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    if (_changed.has('testData')) this.query = { ...this.query, testData: this.testData };
    const view = this.screen;
    if (view !== this.lastView) {
      if (this.lastView !== null) this.pendingFocus = true;
      this.lastView = view;
      this.emit('certinomis:step', { step: view });
    }
  }

  private send(event: SpaceEvent) {
    this.session.send(event);
  }

  override render() {
    const flow = this.flow;
    if (!flow) return nothing;
    const locale = this.uiLocale;
    const snapshot = flow.snapshot;
    const screen = screenOf(snapshot.value);
    const loggedIn = screen === 'dashboard' || screen === 'dashboardAll';
    return html`<div class="frame" lang=${locale}>
        <header>
          <p class="title">${backofficeText(locale, 'bo.title')}</p>
          ${languagePicker(locale, backofficeText(locale, 'bo.language'), (picked) => this.onLanguage(picked))}
          ${loggedIn || screen === 'loggingOut' ? this.renderAccount(snapshot) : nothing}
        </header>
        ${loggedIn ? this.renderLoggedIn(snapshot) : this.renderLogin(screen, snapshot)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderAccount(snapshot: FlowSnapshot) {
    const locale = this.uiLocale;
    const email = snapshot.context.account?.email ?? snapshot.context.email;
    return accountBox({
      label: backofficeText(locale, 'bo.account'),
      who: backofficeText(locale, 'bo.connected', { email }),
      logout: backofficeText(locale, 'bo.logout'),
      busy: snapshot.hasTag('busy'),
      onLogout: () => this.send({ type: 'space.logout' }),
    });
  }

  private spaceView(snapshot: FlowSnapshot): SpaceView {
    return {
      locale: this.uiLocale,
      context: snapshot.context,
      busy: snapshot.hasTag('busy'),
      send: (event) => this.send(event),
      api: this.loginApi,
      session: snapshot.context.session,
      announce: (text) => this.announce(text),
      openDossier: (id) => {
        this.opened = id;
      },
    };
  }

  private renderLogin(screen: SpaceScreen, snapshot: FlowSnapshot) {
    const view = this.spaceView(snapshot);
    if (screen === 'awaitingLink') {
      return html`<certinomis-space-awaiting-link data-screen .view=${view}></certinomis-space-awaiting-link>`;
    }
    if (MESSAGE_SCREENS.includes(screen)) {
      return html`<certinomis-space-message
        data-screen
        kind=${screen as MessageKind}
        .view=${view}
      ></certinomis-space-message>`;
    }
    return html`<certinomis-backoffice-login
      data-screen
      exportparts="field, submit"
      .view=${view}
    ></certinomis-backoffice-login>`;
  }

  private renderLoggedIn(snapshot: FlowSnapshot) {
    const locale = this.uiLocale;
    const accessToken = snapshot.context.session?.accessToken ?? '';
    if (this.forbidden) {
      return html`<section data-screen class="forbidden" aria-labelledby="forbidden-title">
        <h2 id="forbidden-title" tabindex="-1">${backofficeText(locale, 'bo.notOperator.heading')}</h2>
        <p class="alert" role="alert">${backofficeText(locale, 'bo.notOperator.text')}</p>
      </section>`;
    }
    const view: BackofficeView = {
      locale,
      api: this.adminApi,
      accessToken,
      announce: (text) => this.announce(text),
      sessionExpired: () => this.send({ type: 'space.sessionExpired' }),
      forbidden: () => {
        this.forbidden = true;
      },
    };
    if (this.opened) {
      return html`<certinomis-backoffice-dossier
        data-screen
        .view=${view}
        .dossierId=${this.opened}
        .onBack=${() => {
          this.opened = null;
        }}
      ></certinomis-backoffice-dossier>`;
    }
    return html`<certinomis-backoffice-queue
      data-screen
      .view=${view}
      .query=${this.query}
      .onQuery=${(query: QueueQuery) => {
        this.query = query;
      }}
      .onOpen=${(id: string) => {
        this.opened = id;
      }}
    ></certinomis-backoffice-queue>`;
  }

  private onLanguage(locale: Locale) {
    if (locale === this.uiLocale) return;
    this.locale = locale;
    this.emit('certinomis:locale', { locale });
  }

  /** Says `text` in the live region (again, even when it is the same text). */
  private announce(text: string) {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  protected override async updated() {
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    const screen = this.renderRoot.querySelector<HTMLElement>('[data-screen]');
    if (!screen) return;
    if ('focusHeading' in screen) {
      await (screen as SpaceScreenElement).updateComplete;
      await (screen as SpaceScreenElement).focusHeading();
    } else {
      screen.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice': CertinomisBackoffice;
  }
}
