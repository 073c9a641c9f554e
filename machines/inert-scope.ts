import { type AnyActorScope, type AnyStateMachine, createActor } from 'xstate';

/**
 * An inert actor scope for a machine's pure steps (`machine.transition(snapshot, event, scope)`,
 * `machine.getInitialSnapshot(scope, input)`), made once on first use. xstate's `transition`
 * and `initialTransition` make one per call: an actor (whose constructor computes the machine's
 * initial snapshot, thrown away) and its system, a third of an event's machine time. Only for a
 * machine whose actions are all `assign`s, resolved inside the step, with no children, no
 * invocations and no emitted events: the scope is never written to, so one serves every call.
 */
export function inertScope(machine: () => AnyStateMachine): () => AnyActorScope {
  let scope: AnyActorScope | null = null;
  return () => {
    if (!scope) {
      // As xstate's own inert scope does it: an actor without input, never started.
      const self = createActor(machine());
      scope = {
        self,
        id: '',
        sessionId: '',
        system: self.system,
        logger: () => {},
        defer: () => {},
        emit: () => {},
        stopChild: () => {},
        // What `transition` would collect and hand back; `assign` never reaches it.
        actionExecutor: () => {},
      };
    }
    return scope;
  };
}
