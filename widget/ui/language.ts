import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../machines/messages/locales.ts';
import { languageReady, loadLanguage } from '../../machines/messages/translator.ts';

/**
 * Keeps an element's language's tables loaded: French is in the bundle; another language's
 * tables are fetched the first time it is used (by every translator known so far, including
 * those a lazy chunk brought), and the host renders again once they are there. A failed fetch
 * leaves French (readable, never blank) until the next try.
 */
export class LanguageLoader implements ReactiveController {
  private loading: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => Locale,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    this.ready();
  }

  /**
   * Whether the host's language (or `locale`) is all there; if not, fetches it (and updates the
   * host then).
   */
  ready(locale: Locale = this.locale()): boolean {
    if (languageReady(locale)) return true;
    this.loading ??= loadLanguage(locale)
      .catch(() => undefined)
      .finally(() => {
        this.loading = null;
        this.host.requestUpdate();
      });
    return false;
  }

  /** Resolves once a fetch under way is over (for `updateComplete`). */
  get settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }
}
