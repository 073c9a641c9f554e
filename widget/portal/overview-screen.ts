import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  type PartnerSettings,
  roleAllows,
  rollOverlapHours,
  type SecretKeyRolled,
} from '../../machines/contract.ts';
import { portalDateTime } from '../i18n/portal.ts';
import { hoursField, parseHours } from './hours-field.ts';
import { type Failure, PortalScreen } from './screen.ts';

/** The current release of the element as its manifest names it (`/widget/latest/manifest.json`). */
interface Release {
  src: string;
  integrity: string | null;
}

/** Where the element is served and the SRI hash of its entry, from the released manifest. */
async function currentRelease(apiBase: string): Promise<Release> {
  const latest = new URL('widget/latest/certinomis-order.js', apiBase).href;
  try {
    const response = await fetch(new URL('widget/latest/manifest.json', apiBase));
    if (!response.ok) return { src: latest, integrity: null };
    const manifest = (await response.json()) as {
      version?: string;
      entry?: string;
      files?: Record<string, { integrity?: string }>;
    };
    const entry = manifest.entry ?? 'certinomis-order.js';
    const integrity = manifest.files?.[entry]?.integrity ?? null;
    // The snippet pins the version the manifest names (latest/'s bytes change; its hash would not hold).
    return integrity &&
      manifest.version &&
      /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(manifest.version)
      ? { src: new URL(`widget/v${manifest.version}/${entry}`, apiBase).href, integrity }
      : { src: latest, integrity: null };
  } catch {
    return { src: latest, integrity: null };
  }
}

/**
 * Vue d'ensemble: the mode, the publishable key (copy), the embed snippet with the released
 * element's integrity hash, and — for roles with keys — the secret key's hint and its roll with
 * the overlap chosen: the new key shown once, and until when the previous one works.
 */
@customElement('certinomis-portal-overview')
export class CertinomisPortalOverview extends PortalScreen {
  @state() private settings: PartnerSettings | null = null;
  @state() private release: Release | null = null;
  @state() private failure: Failure | null = null;
  @state() private hours = String(rollOverlapHours.default);
  @state() private rolled: SecretKeyRolled | null = null;
  @state() private rollFailure: Failure | null = null;
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      const [settings, release] = await Promise.all([
        this.view.api.settings(this.view.session),
        currentRelease(this.view.api.options.baseUrl),
      ]);
      this.settings = settings;
      this.release = release;
    } catch (error) {
      this.failure = this.failureOf(error);
    }
  }

  override render() {
    const settings = this.settings;
    return html`
      <h2 tabindex="-1">${this.t('overview.heading')}</h2>
      ${this.alert(this.failure)}
      ${settings ? this.renderSettings(settings) : this.failure ? nothing : html`<p>${this.t('portal.loading')}</p>`}
    `;
  }

  private renderSettings(settings: PartnerSettings) {
    const locale = this.view.locale;
    const canRoll = this.view.role !== null && roleAllows(this.view.role, 'keys');
    return html`
      <dl class="facts">
        <dt>${this.t('overview.mode')}</dt>
        <dd>${this.t(settings.mode === 'live' ? 'overview.mode.live' : 'overview.mode.test')}</dd>
      </dl>
      ${this.copyable('publishable', this.t('overview.publishable'), settings.publishableKey, this.t('overview.publishableHelp'))}
      ${
        settings.previousPublishableKeyExpiresAt
          ? html`<p>${this.t('overview.previousPublishable', { date: portalDateTime(settings.previousPublishableKeyExpiresAt, locale) })}</p>`
          : nothing
      }
      ${canRoll ? this.renderSecret(settings) : nothing} ${this.renderSnippet(settings)}
    `;
  }

  private renderSecret(settings: PartnerSettings) {
    const locale = this.view.locale;
    const previous = this.rolled?.previousExpiresAt ?? settings.previousSecretKeyExpiresAt;
    return html`<section aria-labelledby="secret-title">
      <h3 id="secret-title">${this.t('overview.secret.heading')}</h3>
      <p>${this.t('overview.secret.hint', { hint: this.rolled ? this.rolled.secretKey.slice(-4) : settings.secretKeyHint })}</p>
      ${previous ? html`<p>${this.t('overview.secret.previous', { date: portalDateTime(previous, locale) })}</p>` : nothing}
      ${
        this.rolled
          ? html`<div class="once">
              ${this.copyable('secret-key', this.t('overview.secret.value'), this.rolled.secretKey, this.t('portal.onceShown'))}
            </div>`
          : nothing
      }
      <form class="inline" novalidate @submit=${this.roll}>
        ${this.alert(this.rollFailure)}
        ${hoursField(this, this.hours, this.rollFailure?.fields.expiresInHours ?? null, (value) => {
          this.hours = value;
        })}
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${this.t(this.busy ? 'overview.secret.rolling' : 'overview.secret.roll')}
        </button>
      </form>
    </section>`;
  }

  private renderSnippet(settings: PartnerSettings) {
    const release = this.release;
    if (!release) return nothing;
    const script = release.integrity
      ? `<script type="module" src="${release.src}" integrity="${release.integrity}" crossorigin="anonymous"></script>`
      : `<script type="module" src="${release.src}"></script>`;
    const snippet = `${script}\n<certinomis-order partner-key="${settings.publishableKey}"></certinomis-order>`;
    return html`<section aria-labelledby="snippet-title">
      <h3 id="snippet-title">${this.t('overview.snippet.heading')}</h3>
      <p class="help">${this.t('overview.snippet.intro')}</p>
      ${release.integrity ? nothing : html`<p class="notice">${this.t('overview.snippet.noHash')}</p>`}
      <label for="snippet">${this.t('overview.snippet.label')}</label>
      <textarea id="snippet" class="mono" readonly rows="4" .value=${snippet}></textarea>
      <p>
        <button type="button" class="secondary" @click=${() => this.copy(snippet)}>
          ${this.t('portal.copy')}<span class="visually-hidden"> ${this.t('overview.snippet.label')}</span>
        </button>
      </p>
    </section>`;
  }

  private async roll(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.rollFailure = null;
    try {
      this.rolled = await this.view.api.rollSecretKey(this.view.session, parseHours(this.hours));
      this.view.announce(this.t('overview.secret.rolled'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#secret-key')?.focus();
    } catch (error) {
      this.rollFailure = this.failureOf(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-overview': CertinomisPortalOverview;
  }
}
