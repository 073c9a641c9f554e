import { expect } from 'vitest';
import { transition } from 'xstate';
import {
  type DossierEvent,
  type DossierInput,
  type DossierSnapshot,
  dossierMachine,
  initialDossier,
  type PersistedDossier,
  persistDossier,
} from '../dossier.machine.ts';
import { completionEvents, events, orderInput, save } from './test-fixtures.ts';

/** Applies events that must all be accepted (no issues, handled by the state). */
export function accept(snapshot: DossierSnapshot, ...list: DossierEvent[]): DossierSnapshot {
  let current = snapshot;
  for (const event of list) {
    expect(current.can(event), `${event.type} handled in ${JSON.stringify(current.value)}`).toBe(
      true,
    );
    [current] = transition(dossierMachine, current, event);
    expect(current.context.issues, `${event.type} accepted`).toEqual([]);
  }
  return current;
}

/** Applies a refused event: returns its issues, and checks that nothing else changed. */
export function refuse(snapshot: DossierSnapshot, event: DossierEvent): Record<string, string> {
  const [after] = transition(dossierMachine, snapshot, event);
  expect(after.context.issues.length, `${event.type} refused`).toBeGreaterThan(0);
  expect(withoutIssues(persistDossier(after))).toEqual(withoutIssues(persistDossier(snapshot)));
  return Object.fromEntries(after.context.issues.map((issue) => [issue.field, issue.key]));
}

export function withoutIssues(persisted: PersistedDossier): PersistedDossier {
  return { ...persisted, context: { ...persisted.context, issues: [] } };
}

export function start(overrides: Partial<DossierInput> = {}): DossierSnapshot {
  return initialDossier(orderInput(overrides));
}

/** At the signature screen, complete. */
export function atSignature(
  options: {
    identity?: 'online' | 'face_to_face';
    delivery?: 'post_office' | 'mail';
    sameAsMandataire?: boolean;
  } = {},
  input: Partial<DossierInput> = {},
): DossierSnapshot {
  return accept(
    start(input),
    ...completionEvents({
      identity: options.identity ?? 'online',
      delivery: options.delivery ?? 'mail',
      sameAsMandataire: options.sameAsMandataire ?? false,
    }),
  );
}

/** Signed online: in review. */
export function inReview(
  input: Partial<DossierInput> = {},
  delivery: 'mail' | 'post_office' = 'mail',
) {
  return accept(
    atSignature({ identity: 'online', delivery }, input),
    save('signature', { method: 'online' }),
    ...events.signedByBoth(),
  );
}

/** Face to face, signed by hand: awaiting the paper dossier. */
export function awaitingPaper(input: Partial<DossierInput> = {}) {
  return accept(
    atSignature({ identity: 'face_to_face', delivery: 'post_office' }, input),
    save('signature', { method: 'handwritten' }),
    events.choosePaper(),
  );
}

export function issued(
  input: Partial<DossierInput> = {},
  delivery: 'mail' | 'post_office' = 'mail',
) {
  return accept(inReview({ paid: true, ...input }, delivery), events.verified(), events.issued());
}

// --- completion steps --------------------------------------------------------------------------
