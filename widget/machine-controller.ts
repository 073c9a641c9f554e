import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type Actor,
  type AnyEventObject,
  type AnyStateMachine,
  createActor,
  type EventFrom,
  type InputFrom,
  type Snapshot,
  type SnapshotFrom,
  type Subscription,
} from 'xstate';

export interface MachineControllerOptions<TMachine extends AnyStateMachine> {
  input?: InputFrom<TMachine>;
  /** A snapshot to resume from (e.g. `machine.resolveState(...)` of a saved state). */
  snapshot?: Snapshot<unknown>;
  /**
   * Called on each change seen while the host is connected, with the event that caused it
   * (`null` when catching up on a reconnect), before the host re-renders.
   */
  onChange?: (snapshot: SnapshotFrom<TMachine>, event: AnyEventObject | null) => void;
}

/**
 * Bridges an xstate actor and a Lit host. The actor is created with the machine (already
 * `.provide`d) and starts on the first `hostConnected`; the controller subscribes while the
 * host is connected and asks it to re-render on each change. Disconnecting only unsubscribes:
 * the actor keeps running, so moving the element in the DOM loses nothing.
 */
export class MachineController<TMachine extends AnyStateMachine> implements ReactiveController {
  readonly actor: Actor<TMachine>;
  private subscription: Subscription | null = null;
  private seen: SnapshotFrom<TMachine> | null = null;
  /** Events sent to the actor and not yet seen processed (one change per event, in order). */
  private events: AnyEventObject[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    machine: TMachine,
    private readonly options: MachineControllerOptions<TMachine> = {},
  ) {
    this.actor = createActor(machine, {
      ...(options.input === undefined ? {} : { input: options.input }),
      ...(options.snapshot === undefined ? {} : { snapshot: options.snapshot }),
      inspect: (inspection) => {
        const watched = this.subscription !== null && inspection.actorRef === this.actor;
        if (watched && inspection.type === '@xstate.event') {
          this.events.push(inspection.event);
        }
      },
    } as Parameters<typeof createActor<TMachine>>[1]);
    host.addController(this);
  }

  get snapshot(): SnapshotFrom<TMachine> {
    return this.actor.getSnapshot();
  }

  send(event: EventFrom<TMachine>): void {
    this.actor.send(event);
  }

  hostConnected(): void {
    this.subscription ??= this.actor.subscribe(() => this.changed(this.events.shift() ?? null));
    this.actor.start(); // no-op when already running
    if (this.seen !== this.snapshot) this.changed(null);
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.events = [];
  }

  private changed(event: AnyEventObject | null): void {
    const snapshot = this.snapshot;
    this.seen = snapshot;
    this.options.onChange?.(snapshot, event);
    this.host.requestUpdate();
  }
}
