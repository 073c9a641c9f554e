import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { ApiError } from '../api-client.ts';
import { type BackofficeKey, backofficeText } from '../i18n/backoffice.ts';
import { listStyles } from '../space/lists.styles.ts';
import { spaceStyles } from '../space/space.styles.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { backofficeStyles } from './backoffice.styles.ts';
import type { BackofficeApi } from './backoffice-api.ts';

/** What the logged-in screens receive from `<certinomis-backoffice>`. */
export interface BackofficeView {
  locale: Locale;
  api: BackofficeApi;
  accessToken: string;
  /** Says `text` in the back office's polite live region. */
  announce(text: string): void;
  /** A request answered 401: the session is over (back to Connexion). */
  sessionExpired(): void;
  /** A request answered 403: the account is not an operator's. */
  forbidden(): void;
}

/** Base of the logged-in screens: the view, texts, failures and focus helpers. */
export class BackofficeScreen extends LitElement {
  static override styles = [tokens, spaceStyles, listStyles, backofficeStyles];

  @property({ attribute: false }) view!: BackofficeView;

  protected t(key: BackofficeKey, params?: Record<string, string | number>): string {
    return backofficeText(this.view.locale, key, params);
  }

  /**
   * Handles what any request may answer whatever the screen: 401 ends the session, 403 closes
   * the back office. True when handled (the screen has nothing more to show).
   */
  protected handledAuth(error: unknown): boolean {
    if (!(error instanceof ApiError)) return false;
    if (error.status === 401) {
      this.view.sessionExpired();
      return true;
    }
    if (error.status === 403) {
      this.view.forbidden();
      return true;
    }
    return false;
  }

  /** The sentence for a failed request (network, or the problem's own detail). */
  protected failureText(error: unknown): string {
    if (error instanceof ApiError) {
      if (error.isNetwork) return this.t('bo.network');
      return error.problem?.detail ?? error.problem?.title ?? this.t('bo.failed');
    }
    return this.t('bo.failed');
  }

  /** Moves focus to the screen's heading (after a screen change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}

export type Load<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; message: string };

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
