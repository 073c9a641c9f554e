import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FieldError, PartnerUserRole } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { ApiError } from '../api-client.ts';
import { type PortalKey, portalText } from '../i18n/portal.ts';
import { listStyles } from '../space/lists.styles.ts';
import { spaceStyles } from '../space/space.styles.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { portalStyles } from './portal.styles.ts';
import type { PortalApi } from './portal-api.ts';

/** What every screen of the portal receives from `<certinomis-portal>`. */
export interface PortalView {
  locale: Locale;
  api: PortalApi;
  /** The session's bearer token (`pps_…`); empty before login. */
  session: string;
  role: PartnerUserRole | null;
  /** Says `text` in the portal's polite live region. */
  announce(text: string): void;
  /** A request answered 401: the session is over (back to the login). */
  sessionExpired(): void;
}

/** A request's failure as a screen shows it: a sentence and the fields it names (422). */
export interface Failure {
  message: string;
  fields: Record<string, string>;
}

/** Base of the portal's screens: texts, failures (401 ends the session, 403 is shown) and focus. */
export class PortalScreen extends LitElement {
  static override styles = [tokens, spaceStyles, listStyles, portalStyles];

  @property({ attribute: false }) view!: PortalView;

  protected t(key: PortalKey, params?: Record<string, string | number>): string {
    return portalText(this.view.locale, key, params);
  }

  /** The same, for the helpers that draw parts of a screen. */
  text(key: PortalKey, params?: Record<string, string | number>): string {
    return this.t(key, params);
  }

  /** The failure of a request (null when it ended the session: nothing more to show). */
  protected failureOf(error: unknown): Failure | null {
    if (error instanceof ApiError && error.status === 401 && this.view.session) {
      this.view.sessionExpired();
      return null;
    }
    const fields: Record<string, string> = {};
    let message = this.t('portal.failed');
    if (error instanceof ApiError) {
      for (const { field, message: text } of error.problem?.errors ?? ([] as FieldError[])) {
        fields[field] ??= text;
      }
      if (error.isNetwork) message = this.t('portal.network');
      else if (error.status === 403) {
        message = error.problem?.detail ?? this.t('portal.forbidden');
      } else message = error.problem?.detail ?? error.problem?.title ?? message;
    }
    return { message, fields };
  }

  /** The failure's sentence, as an alert (announced), or nothing. */
  protected alert(failure: Failure | null): TemplateResult | typeof nothing {
    return failure ? html`<p class="alert" role="alert">${failure.message}</p>` : nothing;
  }

  /** Moves focus to the screen's heading (after a screen change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Copies `text`, saying whether it worked in the live region. */
  protected async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.view.announce(this.t('portal.copied'));
    } catch {
      this.view.announce(this.t('portal.copyFailed'));
    }
  }

  /** A value shown once or to copy: read-only, selectable, with its Copy button. */
  protected copyable(id: string, label: string, value: string, help = ''): TemplateResult {
    return html`<div class="copyable">
      <label for=${id}>${label}</label>
      <div class="copy-row">
        <input id=${id} class="mono" readonly .value=${value} aria-describedby=${help ? `${id}-help` : nothing} />
        <button type="button" class="secondary" @click=${() => this.copy(value)}>
          ${this.t('portal.copy')}<span class="visually-hidden"> ${label}</span>
        </button>
      </div>
      ${help ? html`<p id="${id}-help" class="help">${help}</p>` : nothing}
    </div>`;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
