import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SpaceEvent, SpaceLink, spaceMachine } from '../../machines/space.machine.ts';
import { MachineController } from '../machine-controller.ts';
import type { SpaceApi } from './space-api.ts';
import { provideSpaceMachine } from './space-flow.ts';
import { loadSpace, saveSpace } from './storage.ts';

export type SpaceFlow = MachineController<typeof spaceMachine>;
export type SpaceSnapshot = SpaceFlow['snapshot'];

export interface SpaceSessionOptions {
  /** The sessionStorage key of this tab's session (read when the machine starts). */
  storageKey(): string;
  /** What the page's address brought (an e-mailed link, `?email=`, `?order=`). */
  address(): { link: SpaceLink | null; email?: string | null; order?: string | null };
  /** The requests, read at call time (a locale or base-URL change applies to the next one). */
  requests(): SpaceApi;
  /** Each change of the machine, after the tab's session was saved. */
  onChange?(snapshot: SpaceSnapshot): void;
  /** The host left the page and the machine was stopped. */
  onStop?(): void;
}

/**
 * The space machine (login, links, session) hosted by an element: `<certinomis-client-space>`
 * and `<certinomis-backoffice>`. Started on connect from the page's address and the tab's
 * sessionStorage, which keeps the session, the pending login and the e-mail on every change.
 * Removed from the page (not just moved: a move reconnects at once), the machine stops, and
 * with it the wait screen's poll; coming back later resumes from sessionStorage.
 */
export class SpaceSession implements ReactiveController {
  flow: SpaceFlow | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly options: SpaceSessionOptions,
  ) {
    host.addController(this);
  }

  send(event: SpaceEvent): void {
    this.flow?.send(event);
  }

  hostConnected(): void {
    if (this.flow) return;
    const address = this.options.address();
    const storageKey = this.options.storageKey();
    const saved = loadSpace(storageKey);
    this.flow = new MachineController(this.host, provideSpaceMachine(this.options.requests), {
      input: {
        email: address.email ?? saved?.email ?? '',
        order: address.order ?? null,
        link: address.link,
        session: saved?.session ?? null,
        attempt: saved?.attempt ?? null,
      },
      onChange: (snapshot) => {
        const { email, session, attempt } = snapshot.context;
        saveSpace(storageKey, { v: 1, email, session, attempt });
        this.options.onChange?.(snapshot);
      },
    });
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      const flow = this.flow;
      if (this.host.isConnected || !flow) return;
      flow.actor.stop();
      this.host.removeController(flow);
      this.flow = null;
      this.options.onStop?.();
    });
  }
}
