import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { lazyImport } from '../../machines/lazy-import.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { prefetchChunk } from '../chunks.ts';
import { whenIdle } from '../element-support.ts';
import { shellText } from '../i18n/shell.ts';
import { unreachable, waiting } from '../ui/notices.ts';

/**
 * The client space's screens that wait until they are needed, each its own chunk (integrity
 * checked like every lazy part, widget/chunks.ts): the lists of dossiers once logged in, a
 * dossier's screens once one is opened. The login screen does not wait for them: the space's
 * chunk holds the account screens only.
 */
export type LazyPart = 'dashboard' | 'dossier';

/** Each part's key in the integrity manifest (vite.config.ts's `lazyParts`) and its import. */
const imports: Record<LazyPart, [key: string, load: () => Promise<unknown>]> = {
  // The lists come with the space's machine (space-machine-part.ts), which the space imports
  // as soon as it is connected: one file, not two, for the entry's manifest to list.
  dashboard: ['spaceMachine', () => import('./space-machine-part.ts')],
  dossier: ['dossier', () => import('../dossier/certinomis-dossier.ts')],
};

type State = 'idle' | 'loading' | 'ready' | 'error';

/** Loads the space's lazy screens for its host, which renders them once they are defined. */
export class LazyScreens implements ReactiveController {
  private readonly states: Record<LazyPart, State> = { dashboard: 'idle', dossier: 'idle' };
  private readonly loads = new Set<Promise<void>>();
  private readonly prefetched = new Set<LazyPart>();
  /** The parts whose waiting notice was shown: their screens take its place, and the focus. */
  private readonly awaited = new Set<LazyPart>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /**
     * Called when a part the buyer waited for is there (to focus the screen that replaces the
     * notice); never for one fetched in the background, which must not move the buyer's focus.
     */
    private readonly onReady: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** null when `part`'s screens can be rendered; else what to show meanwhile (and it loads). */
  gate(part: LazyPart, locale: Locale): TemplateResult | null {
    const state = this.states[part];
    if (state === 'ready') return null;
    if (state === 'error') return unreachable(locale, () => this.load(part));
    if (state === 'idle') this.load(part);
    this.awaited.add(part);
    return waiting(shellText(locale, 'space.loading'));
  }

  /**
   * What comes next, once the page is idle: `part`'s files start downloading at once (verified,
   * `<link rel="modulepreload">`), and its screens are imported when the page is idle, so that
   * they are usually there before the buyer asks for them.
   */
  prefetch(part: LazyPart): void {
    if (this.states[part] !== 'idle' || this.prefetched.has(part)) return;
    this.prefetched.add(part);
    prefetchChunk(imports[part][0]);
    whenIdle(() => {
      if (this.states[part] === 'idle') this.load(part);
    });
  }

  /** Resolves once the loads under way are over (for the host's `updateComplete`). */
  get settled(): Promise<unknown> {
    return Promise.all(this.loads);
  }

  private load(part: LazyPart) {
    this.states[part] = 'loading';
    this.host.requestUpdate();
    const load = lazyImport(...imports[part]).then(
      () => {
        this.states[part] = 'ready';
        if (this.awaited.delete(part)) this.onReady();
      },
      () => {
        this.states[part] = 'error';
      },
    );
    const tracked = load.finally(() => {
      this.loads.delete(tracked);
      this.host.requestUpdate();
    });
    this.loads.add(tracked);
  }
}
