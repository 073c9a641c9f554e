import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RenewalStart } from '../../machines/contract.ts';
import { lazyImport } from '../../machines/lazy-import.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { loadLanguage } from '../../machines/messages/translator.ts';
import {
  initialSpaceContext,
  type SpaceEvent,
  type SpaceScreen,
  screenOf,
} from '../../machines/space/context.ts';
import { shellText } from '../i18n/shell.ts';
import { spaceText } from '../i18n/space.ts';
import { type Brand, brandLogo, brandOf, brandStyles, testBadge } from '../ui/brand.ts';
import { languagePicker } from '../ui/frame-header.ts';
import { tokens } from '../ui/tokens.styles.ts';
import type { AccountFrame } from './account-screens.ts';
import { readAddress } from './address.ts';
import { clientSpaceStyles } from './client-space.styles.ts';
import type { DossierDone } from './dossier-done.ts';
import './login-screen.ts';
import { LanguageLoader } from '../ui/language.ts';
import { unreachable, waiting } from '../ui/notices.ts';
import { LazyScreens } from './lazy-screens.ts';
import type { MessageKind } from './message-screen.ts';
import type { SpaceScreenElement, SpaceView } from './screen-element.ts';
import type { SpaceApi } from './space-api.ts';
import type * as MachinePart from './space-machine-part.ts';
import type {
  SpaceFlow,
  SpaceSession,
  SpaceSessionOptions,
  SpaceSnapshot,
} from './space-session.ts';
import { loadSpace, spaceStorageKey } from './storage.ts';

type Address = ReturnType<typeof readAddress>;

const ACCOUNT_SCREENS: readonly SpaceScreen[] = ['dashboard', 'dashboardAll', 'loggingOut'];

/**
 * The client space inside `<certinomis-order mode="space">` (loaded lazily: this module and
 * everything below it form their own chunk). It runs `spaceMachine` with the requests of
 * {@link SpaceApi}, keeps the session in memory and sessionStorage only, shows the screen of
 * the machine's state and moves focus to its heading on each change.
 *
 * The machine (xstate, valibot, the other screens: space-machine-part.ts) is a part of its own,
 * imported on connect: until it is there, the login screen is painted and typed in (no checks
 * yet), a submit shows busy and runs once the machine is there (which then checks and sends it
 * as always), and a link's click is sent to it then. A page that opens on anything else than
 * the login (an e-mailed link, a session of this tab) waits for the machine.
 *
 * @fires certinomis:locale - `{ locale }` when the buyer picks a language (the element follows).
 * @fires certinomis:step - `{ step, mode: 'space' }` on every screen change.
 * @fires certinomis:dossier-open - `{ id }` when the pen of a dossier is clicked.
 * @fires certinomis:error - `{ status, title }` when the API cannot be used (status 0: network).
 */
@customElement('certinomis-client-space')
export class CertinomisClientSpace extends LitElement {
  static override styles = [tokens, clientSpaceStyles, brandStyles];

  @property() api = '';
  @property({ attribute: 'partner-key' }) partnerKey: string | null = null;
  @property() locale: Locale = 'fr';
  /** The partner's name, logo and mode (its colours are inherited from `<certinomis-order>`). */
  @property({ attribute: false }) brand: Brand | null = null;

  /** The dossier opened from the dashboard (its pen), shown in place of the lists. */
  @state() private openDossierId: string | null = null;
  /** The dossier just signed here, and the next one to complete. */
  @state() private done: DossierDone | null = null;
  /** Renouveler: the pre-filled purchase of a certificate's renewal, in place of the lists. */
  @state() private renewing: RenewalStart | null = null;

  /** Text of the polite live region. */
  @state() private announcement = '';

  /** The tables of a language other than French, fetched when it is used (then rendered again). */
  private readonly language = new LanguageLoader(this, () => this.locale);
  /** The lists (once logged in) and a dossier's screens (once opened): chunks of their own. */
  private readonly lazy = new LazyScreens(this, () => {
    this.pendingFocus = true;
  });
  /**
   * Resolves once the last change is rendered, in the language's own tables when fetched, the
   * machine's part there.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.machineLoad;
    await this.language.settled;
    await this.lazy.settled;
    return super.getUpdateComplete();
  }

  private client: SpaceApi | null = null;
  private lastScreen: SpaceScreen | null = null;
  private pendingFocus = false;
  /** The machine's part: created once it is imported (space-machine-part.ts). */
  private session: SpaceSession | null = null;
  /** The machine's part, once imported: the session, the requests, the signed dossier's news. */
  private machinePart: typeof MachinePart | null = null;
  @state() private machine: 'loading' | 'ready' | 'error' = 'loading';
  private machineLoad: Promise<void> | null = null;
  /** The address read on connect (its tokens removed at once), until the machine takes it. */
  private address: Address | null = null;
  /** Before the machine: the links clicked, and the submit waiting for it. */
  @state() private queued: SpaceEvent[] = [];
  @state() private deferred: (() => void) | null = null;

  private get flow(): SpaceFlow | null {
    return this.session?.flow ?? null;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.flow) this.address ??= readAddress();
    if (!this.machineLoad) this.loadMachine();
  }

  private loadMachine() {
    this.machine = 'loading';
    const load = lazyImport('spaceMachine', () => import('./space-machine-part.ts')).then(
      async (part) => {
        // The part's own tables (its screens' texts), in the buyer's language, before its first
        // screen: no French flash on an English page.
        await loadLanguage(this.locale).catch(() => undefined);
        return this.startMachine(part);
      },
      () => {
        this.machine = 'error';
        this.machineLoad = null;
      },
    );
    this.machineLoad = load;
  }

  private async startMachine(part: typeof MachinePart) {
    this.machinePart = part;
    const options: SpaceSessionOptions = {
      storageKey: () => spaceStorageKey(this.baseUrl),
      address: () => {
        const address = this.address ?? readAddress();
        this.address = null;
        return address;
      },
      requests: () => this.requests,
      onChange: (snapshot) => this.onFlowChange(snapshot),
      onStop: () => {
        this.lastScreen = null;
      },
    };
    this.session = new part.SpaceSession(this, options);
    this.machine = 'ready';
    const queued = this.queued;
    const retry = queued.length === 0 ? this.deferred : null;
    this.queued = [];
    this.deferred = null;
    for (const event of queued) this.session.send(event);
    if (retry) {
      // The login screen renders the machine's view first, then its submit runs again.
      await super.getUpdateComplete();
      retry();
    }
  }

  /** The screen shown (`login`, `awaitingLink`, …, `dashboard`, `dashboardAll`). */
  get screen(): SpaceScreen {
    return screenOf(this.flow?.snapshot.value);
  }

  private get baseUrl(): string {
    return new URL(this.api || globalThis.location.origin, globalThis.location.href).toString();
  }

  /** The requests, in the current locale (the API answers in it). */
  private get requests(): SpaceApi {
    const Api = this.machinePart?.SpaceApi;
    // Only the machine and the screens it shows ask, once its part is there.
    if (!Api) throw new Error('the client space’s requests come with its machine part');
    const { baseUrl, partnerKey, locale } = this;
    const current = this.client?.options;
    if (
      !this.client ||
      current?.baseUrl !== baseUrl ||
      current.partnerKey !== partnerKey ||
      current.locale !== locale
    ) {
      this.client = new Api({
        baseUrl,
        partnerKey,
        locale,
        onTrouble: (failure) =>
          this.emit('certinomis:error', {
            status: failure.status,
            title: failure.message ?? spaceText(this.locale, 'space.network'),
          }),
      });
    }
    return this.client;
  }

  /** Announces screen changes (the session keeps the tab's login in sessionStorage). */
  private onFlowChange(snapshot: SpaceSnapshot) {
    const screen = screenOf(snapshot.value);
    if (screen !== this.lastScreen) {
      if (this.lastScreen !== null) this.pendingFocus = true;
      this.lastScreen = screen;
      this.emit('certinomis:step', { step: screen, mode: 'space' });
    }
  }

  private send(event: SpaceEvent) {
    if (this.flow) this.flow.send(event);
    else this.queued = [...this.queued, event];
  }

  override render() {
    const flow = this.flow;
    if (!flow && this.isConnected && this.machine === 'ready') return nothing;
    const { locale } = this;
    const snapshot = flow?.snapshot;
    const screen = screenOf(snapshot?.value);
    const requests = () => this.requests;
    const view: SpaceView = {
      locale,
      context: snapshot?.context ?? this.contextBefore(),
      busy: snapshot ? snapshot.hasTag('busy') : this.queued.length > 0 || this.deferred !== null,
      send: (event) => this.send(event),
      ...(snapshot
        ? {}
        : {
            defer: (retry: () => void) => {
              this.deferred = retry;
            },
          }),
      // Asked for by the screens once logged in only, which come with the machine's part.
      get api() {
        return requests();
      },
      session: snapshot?.context.session ?? null,
      announce: (text) => this.announce(text),
      openDossier: (id) => {
        this.emit('certinomis:dossier-open', { id });
        this.done = null;
        this.openDossierId = id;
        this.pendingFocus = true;
      },
      renew: (start) => {
        this.renewing = start;
        this.pendingFocus = true;
      },
    };
    return html`<div class="frame" lang=${locale}>
        <header>
          ${this.renderTitle(locale)}
          ${languagePicker(locale, spaceText(locale, 'space.language'), (picked) => this.onLanguage(picked))}
          ${
            ACCOUNT_SCREENS.includes(screen)
              ? this.machinePart?.renderAccount(view, this.accountFrame)
              : nothing
          }
        </header>
        ${snapshot ? this.renderScreen(screen, view) : this.renderBefore(view)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  /**
   * Before the machine: the login screen, when the page opens on it (neither an e-mailed link
   * nor a session or a pending login in this tab's sessionStorage); else a wait.
   */
  private renderBefore(view: SpaceView) {
    if (this.machine === 'error') return unreachable(view.locale, () => this.loadMachine());
    const saved = loadSpace(spaceStorageKey(this.baseUrl));
    if (this.address?.link || saved?.session || saved?.attempt) {
      return waiting(shellText(view.locale, 'space.loading'));
    }
    return this.renderScreen('login', view);
  }

  /** The machine's first context, from the address and this tab's saved e-mail. */
  private contextBefore() {
    const address = this.address;
    return initialSpaceContext({
      email: address?.email ?? loadSpace(spaceStorageKey(this.baseUrl))?.email ?? '',
      order: address?.order ?? null,
    });
  }

  /** "Espace client <partner>", after the partner's logo; the test badge beside it. */
  private renderTitle(locale: Locale) {
    const brand = this.brand ?? brandOf(null, this.baseUrl);
    return html`<div class="heading">
      ${brandLogo(brand, locale)}
      <p class="title">${spaceText(locale, 'space.title', { name: brand.branding.displayName })}</p>
      ${testBadge(brand, locale)}
    </div>`;
  }

  private renderScreen(screen: SpaceScreen, view: SpaceView) {
    switch (screen) {
      case 'login':
        this.lazy.prefetch('dashboard');
        return html`<certinomis-space-login data-screen exportparts="field, submit" .view=${view}></certinomis-space-login>`;
      case 'register':
        return html`<certinomis-space-register data-screen exportparts="field, submit" .view=${view}></certinomis-space-register>`;
      case 'forgotPassword':
        return html`<certinomis-space-forgot-password data-screen exportparts="field, submit" .view=${view}></certinomis-space-forgot-password>`;
      case 'resetPassword':
        return html`<certinomis-space-reset-password data-screen exportparts="field, submit" .view=${view}></certinomis-space-reset-password>`;
      case 'denyLogin':
      case 'loginDenied':
        return html`<certinomis-space-deny-login
          data-screen
          exportparts="submit"
          ?denied=${screen === 'loginDenied'}
          .view=${view}
        ></certinomis-space-deny-login>`;
      case 'awaitingLink':
        return html`<certinomis-space-awaiting-link data-screen .view=${view}></certinomis-space-awaiting-link>`;
      case 'revocation':
      case 'dashboard':
      case 'dashboardAll':
        // Shown by the machine only, so its part (which holds them) is there.
        return this.machinePart?.renderAccountScreen(screen, view, this.accountFrame) ?? nothing;
      default:
        return html`<certinomis-space-message
          data-screen
          kind=${screen as MessageKind}
          .view=${view}
        ></certinomis-space-message>`;
    }
  }

  /** What the logged-in screens (account-screens.ts, in the machine's part) take from here. */
  private get accountFrame(): AccountFrame {
    return {
      lazy: this.lazy,
      api: this.api,
      partnerKey: this.partnerKey,
      openDossierId: this.openDossierId,
      done: this.done,
      renewing: this.renewing,
      closeDossier: this.closeDossier,
      closeRenewal: this.closeRenewal,
      onDossierError: this.onDossierError,
      onDossierSubmitted: this.onDossierSubmitted,
      logout: this.logout,
    };
  }

  private logout = () => this.send({ type: 'space.logout' });

  private closeRenewal = () => {
    this.renewing = null;
    this.pendingFocus = true;
  };

  private closeDossier = () => {
    this.openDossierId = null;
    this.done = null;
    // The lists are re-created, so they load again with the new statuses.
    this.pendingFocus = true;
  };

  /** Signed: says it is done, and offers the next dossier to complete (focus on the news). */
  private onDossierSubmitted = async (event: CustomEvent<{ id: string }>) => {
    const token = this.flow?.snapshot.context.session?.accessToken;
    if (!token) return;
    const { id } = event.detail;
    try {
      if (!this.machinePart) return;
      const done = await this.machinePart.dossierDone(this.requests, token, id);
      if (this.openDossierId !== id) return;
      this.done = done;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#done-title')?.focus();
    } catch {
      // The dossier itself already says it is signed; the list's trouble is reported by the client.
    }
  };

  private onDossierError = (event: CustomEvent<{ status: number }>) => {
    if (event.detail.status === 401) {
      this.openDossierId = null;
      this.send({ type: 'space.sessionExpired' });
    }
  };

  private onLanguage(locale: Locale) {
    if (locale !== this.locale) this.emit('certinomis:locale', { locale });
  }

  /** Says `text` in the live region (again, even when it is the same text). */
  private announce(text: string) {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  protected override async updated() {
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    const screen = this.renderRoot.querySelector<SpaceScreenElement>('[data-screen]');
    if (!screen) return;
    await screen.updateComplete;
    await screen.focusHeading();
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-client-space': CertinomisClientSpace;
  }
}
