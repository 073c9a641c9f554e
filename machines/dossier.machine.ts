/**
 * One certificate's dossier, from "Demande à compléter" to the certificate issued and shipped:
 *
 * - `editing` — the buyer's steps, `organisation → mandataire → beneficiaire → delivery →
 *   identity → signature` (`dossier.save`, `dossier.goTo`, the ID scan upload); in
 *   `signature`, signing online (each signer's SMS code: `signature.codeSent`,
 *   `signature.signedOnline`; the mandataire, and the bénéficiaire when another person, in
 *   either order) or by hand (`signature.choosePaper`);
 * - `awaitingPaper` — the handwritten dossier is in the post (`paper.received`);
 * - `review` — CERTINOMIS checks the identity (`identity.verified` / `identity.refused`, then the
 *   buyer may upload again), receives the payment, issues the certificate once nothing is
 *   missing (`missingForIssue`);
 * - `issued` → `shipped` (by mail) or `atPostOffice`; `cancelled` and `refused` end it early.
 *
 * The element runs it to drive the screens; the API restores a dossier from its persisted form
 * and applies one event with xstate's pure `transition` (`applyDossierEvent`): an event is
 * accepted exactly when the machine accepts it. A refused event changes nothing but
 * `context.issues` (why). Every time comes in the event (`at`, set by the API).
 */
import './messages/dossier.ts';
import { type AnyStateMachine, assign, type SnapshotFrom } from 'xstate';
import type { DossierStatus } from './contract.ts';
import { contextIssues, type DossierPhase, eventIssues } from './dossier/checks.ts';
import { isComplete } from './dossier/conditions.ts';
import {
  type DossierContext,
  type DossierInput,
  initialDossierContext,
} from './dossier/context.ts';
import {
  type DossierActor,
  type DossierEvent,
  dossierEventActors,
  probeEvent,
} from './dossier/events.ts';
import { completesSignatures } from './dossier/signers.ts';
import { acceptedUpdate } from './dossier/update.ts';
import { inertScope } from './inert-scope.ts';
import type { FieldIssue } from './purchase/step-issues.ts';
import {
  DOSSIER_EVENT_TYPES,
  DOSSIER_STEPS,
  type DossierEventType,
  type DossierStep,
} from './schemas/dossier.ts';
import { setup } from './setup.ts';

export type { DossierPhase } from './dossier/checks.ts';
export {
  beneficiaryOf,
  completenessIssues,
  type IssueCondition,
  isComplete,
  missingForIssue,
  reachableSteps,
  shipBy,
} from './dossier/conditions.ts';
export type { DossierContext, DossierInput, DossierPrefill } from './dossier/context.ts';
export { initialDossierContext } from './dossier/context.ts';
export {
  type DossierActor,
  type DossierEvent,
  type DossierEventOf,
  dossierEventActors,
  stampDossierEvent,
} from './dossier/events.ts';
export type { DossierEventType, DossierStep, FieldIssue };

const EDITING = { phase: 'editing' } as const satisfies { phase: DossierPhase };
const SUBMITTED = { phase: 'submitted' } as const satisfies { phase: DossierPhase };
const ISSUED = { phase: 'issued' } as const satisfies { phase: DossierPhase };
const CLOSED = { phase: 'closed' } as const satisfies { phase: DossierPhase };

/** Accepted (guard `accepts`, action `accept`, optional target) or refused with the issues. */
function handled<P extends { phase: DossierPhase }>(params: P, target?: string) {
  return [
    {
      guard: { type: 'accepts', params } as const,
      ...(target === undefined ? {} : { target }),
      actions: 'accept' as const,
    },
    { actions: { type: 'refuse', params } as const },
  ];
}

/** The operator's events while the dossier is with CERTINOMIS (`awaitingPaper`, `review`). */
const submittedEvents = {
  'identity.documentUploaded': handled(SUBMITTED),
  'identity.verified': handled(SUBMITTED),
  'identity.refused': handled(SUBMITTED),
  'payment.received': handled(SUBMITTED),
  'certificate.issued': handled(SUBMITTED, '#dossier.issued'),
  'order.cancelled': handled(SUBMITTED, '#dossier.cancelled'),
  'dossier.refused': handled(SUBMITTED, '#dossier.refused'),
};

/** While the certificate is valid (issued, shipped, at the post office): revoking it. */
function revocationEvents<P extends { phase: DossierPhase }>(params: P) {
  return {
    'revocation.requested': handled(params),
    'revocation.confirmed': handled(params, '#dossier.revoked'),
    'revocation.refused': handled(params),
  };
}

export const dossierMachine = setup({
  types: {
    context: {} as DossierContext,
    events: {} as DossierEvent,
    input: {} as DossierInput,
  },
  guards: {
    /** Nothing refuses the event where the dossier stands (see `eventIssues`). */
    accepts: ({ context, event }, params: { phase: DossierPhase }) =>
      eventIssues(event, context, params.phase).length === 0,
    /** An accepted signature, the last one the dossier needs (`dossier/signers.ts`). */
    completesSignatures: ({ context, event }, params: { phase: DossierPhase }) =>
      event.type === 'signature.signedOnline' &&
      eventIssues(event, context, params.phase).length === 0 &&
      completesSignatures(context, event.signer ?? 'mandataire'),
    /** `dossier.save` of `step` (a reachable step, valid data). */
    savesStep: ({ context, event }, params: { step: DossierStep }) =>
      event.type === 'dossier.save' &&
      event.step === params.step &&
      eventIssues(event, context, 'editing').length === 0,
    /** `dossier.goTo` a reachable `step`. */
    goesToStep: ({ context, event }, params: { step: DossierStep }) =>
      event.type === 'dossier.goTo' &&
      event.step === params.step &&
      eventIssues(event, context, 'editing').length === 0,
  },
  actions: {
    accept: assign(({ context, event }) => acceptedUpdate(context, event)),
    refuse: assign(({ context, event }, params: { phase: DossierPhase }) => ({
      issues: eventIssues(event, context, params.phase),
    })),
  },
}).createMachine({
  id: 'dossier',
  context: ({ input }) => initialDossierContext(input),
  initial: 'editing',
  // After signing the dossier is read-only for the buyer.
  on: {
    'dossier.save': { actions: { type: 'refuse', params: CLOSED } },
    'dossier.goTo': { actions: { type: 'refuse', params: CLOSED } },
  },
  states: {
    /** The buyer completes the dossier: "Demande à compléter", then "À signer". */
    editing: {
      initial: 'organisation',
      on: {
        'dossier.save': [
          ...DOSSIER_STEPS.map((step) => ({
            guard: { type: 'savesStep', params: { step } } as const,
            target: `.${DOSSIER_STEPS[DOSSIER_STEPS.indexOf(step) + 1] ?? step}`,
            actions: 'accept' as const,
          })),
          { actions: { type: 'refuse', params: EDITING } },
        ],
        'dossier.goTo': [
          ...DOSSIER_STEPS.map((step) => ({
            guard: { type: 'goesToStep', params: { step } } as const,
            target: `.${step}`,
            actions: 'accept' as const,
          })),
          { actions: { type: 'refuse', params: EDITING } },
        ],
        'identity.documentUploaded': handled(EDITING),
        'payment.received': handled(EDITING),
        // Never accepted before signing: refused with what is missing.
        'certificate.issued': handled(EDITING, '#dossier.issued'),
        'order.cancelled': handled(EDITING, '#dossier.cancelled'),
      },
      states: {
        organisation: {},
        mandataire: {},
        beneficiaire: {},
        delivery: {},
        identity: {},
        signature: {
          on: {
            'signature.codeSent': handled(EDITING),
            // One signer after the other: the last signature sends the dossier to review.
            'signature.signedOnline': [
              {
                guard: { type: 'completesSignatures', params: EDITING } as const,
                target: '#dossier.review',
                actions: 'accept' as const,
              },
              ...handled(EDITING),
            ],
            'signature.choosePaper': handled(EDITING, '#dossier.awaitingPaper'),
          },
        },
      },
    },
    /** "En attente du dossier papier": signed by hand, posted to CERTINOMIS. */
    awaitingPaper: {
      on: {
        'paper.received': handled(SUBMITTED, '#dossier.review'),
        ...submittedEvents,
      },
    },
    /** "En cours de vérification" / "En attente de paiement". */
    review: { on: submittedEvents },
    /** "Certificat émis". */
    issued: {
      on: {
        'certificate.shipped': handled(ISSUED, '#dossier.shipped'),
        'certificate.atPostOffice': handled(ISSUED, '#dossier.atPostOffice'),
        ...revocationEvents(ISSUED),
      },
    },
    /** "Expédié" (by mail). */
    shipped: { on: revocationEvents(CLOSED) },
    /** "Disponible en bureau de poste". */
    atPostOffice: { on: revocationEvents(CLOSED) },
    /** "Révoqué": the certificate was revoked at the holder's request (`revocation`, `revokedAt`). */
    revoked: { type: 'final' },
    /** "Annulé": the order was cancelled before the certificate was issued. */
    cancelled: { type: 'final' },
    /** "Refusé": the dossier cannot be accepted (`refusalReason`). */
    refused: { type: 'final' },
  },
});

export type DossierSnapshot = SnapshotFrom<typeof dossierMachine>;

/** The top-level states. */
export type DossierStateName =
  | 'editing'
  | 'awaitingPaper'
  | 'review'
  | 'issued'
  | 'shipped'
  | 'atPostOffice'
  | 'revoked'
  | 'cancelled'
  | 'refused';

/** A snapshot's state value: `{ editing: <step> }` or a top-level state name. */
export type DossierStateValue = { editing: DossierStep } | Exclude<DossierStateName, 'editing'>;

/** A dossier as stored (`dossiers.data`): plain JSON. */
export interface PersistedDossier {
  value: DossierStateValue;
  context: DossierContext;
}

/** What `statusOf`, `stepOf`… need: a live snapshot or a persisted dossier. */
export type DossierStateLike = { value: unknown; context: DossierContext };

function stateName(value: unknown): DossierStateName {
  if (typeof value === 'string') return value as DossierStateName;
  return 'editing';
}

/** The buyer's current step while editing, else null. */
export function stepOf(state: DossierStateLike): DossierStep | null {
  const value = state.value;
  if (typeof value !== 'object' || value === null || !('editing' in value)) return null;
  const step = (value as { editing: unknown }).editing;
  return (DOSSIER_STEPS as readonly unknown[]).includes(step) ? (step as DossierStep) : null;
}

/** The phase of a state (what events may do there, see `contextIssues`). */
export function phaseOf(state: DossierStateLike): DossierPhase {
  switch (stateName(state.value)) {
    case 'editing':
      return 'editing';
    case 'awaitingPaper':
    case 'review':
      return 'submitted';
    case 'issued':
      return 'issued';
    default:
      return 'closed';
  }
}

/** The status the buyer and the dashboard see (`status.<status>` message keys). */
export function statusOf(state: DossierStateLike): DossierStatus {
  const { context } = state;
  switch (stateName(state.value)) {
    case 'editing':
      return isComplete(context) ? 'to_sign' : 'to_complete';
    case 'awaitingPaper':
      return 'awaiting_paper';
    case 'review':
      return context.identityStatus === 'verified' &&
        context.paymentMethod !== 'mandate' &&
        !context.paid
        ? 'awaiting_payment'
        : 'in_review';
    case 'issued':
      return 'issued';
    case 'shipped':
      return 'shipped';
    case 'atPostOffice':
      return 'at_post_office';
    case 'revoked':
      return 'revoked';
    case 'cancelled':
      return 'cancelled';
    case 'refused':
      return 'refused';
  }
}

/** The buyer may still change the dossier (before signing). */
export function isCustomerEditable(state: DossierStateLike): boolean {
  return stateName(state.value) === 'editing';
}

/**
 * The event types `actor` may send now: the current state handles them and nothing in the
 * dossier refuses them (a valid payload is still needed: `dossierEventSchema`, step schemas).
 */
export function acceptedEvents(snapshot: DossierSnapshot, actor: DossierActor): DossierEventType[] {
  const phase = phaseOf(snapshot);
  return DOSSIER_EVENT_TYPES.filter(
    (type) =>
      dossierEventActors[type] === actor &&
      snapshot.can(probeEvent(type)) &&
      contextIssues(type, snapshot.context, phase).length === 0,
  );
}

/** The plain JSON form of a snapshot, to store. */
export function persistDossier(snapshot: DossierSnapshot): PersistedDossier {
  return JSON.parse(
    JSON.stringify({ value: snapshot.value, context: snapshot.context }),
  ) as PersistedDossier;
}

/** The inert scope of the API's pure steps (machines/inert-scope.ts: this machine only assigns). */
const pureScope = inertScope(() => dossierMachine as AnyStateMachine);

/** xstate's pure `transition(dossierMachine, snapshot, event)`, on the shared scope. */
function transition(snapshot: DossierSnapshot, event: DossierEvent): DossierSnapshot {
  return dossierMachine.transition(snapshot, event, pureScope());
}

/** A snapshot from its stored form. */
export function restoreDossier(persisted: PersistedDossier): DossierSnapshot {
  return dossierMachine.resolveState({
    value: persisted.value,
    context: persisted.context,
  });
}

/** A fresh dossier's snapshot. */
export function initialDossier(input: DossierInput): DossierSnapshot {
  return dossierMachine.getInitialSnapshot(pureScope(), input);
}

export type ApplyDossierResult =
  | {
      ok: true;
      snapshot: DossierSnapshot;
      persisted: PersistedDossier;
      /** `persisted` as JSON text (`JSON.stringify(persisted)`), to store. */
      text: string;
      status: DossierStatus;
      /** False when the stored form is the same (e.g. `dossier.goTo` the current step). */
      changed: boolean;
    }
  | { ok: false; issues: FieldIssue[] };

const NOT_ALLOWED: FieldIssue = { field: 'type', key: 'validation.event_not_allowed' };

/**
 * The API's step: restores the stored dossier (a fresh one from `input` when `persisted` is
 * null), applies `event` with xstate's pure `transition`, and says whether the machine accepted
 * it. Refused: the issues, nothing to store.
 */
export function applyDossierEvent(
  persisted: PersistedDossier | null,
  input: DossierInput,
  event: DossierEvent,
): ApplyDossierResult {
  const before = persisted === null ? initialDossier(input) : restoreDossier(persisted);
  if (!(DOSSIER_EVENT_TYPES as readonly unknown[]).includes(event.type) || !before.can(event)) {
    return { ok: false, issues: [NOT_ALLOWED] };
  }
  const after = transition(before, event);
  if (after.context.issues.length > 0) return { ok: false, issues: after.context.issues };
  // `persistDossier(after)`, keeping the text it goes through.
  const text = JSON.stringify({ value: after.value, context: after.context });
  const stored = JSON.parse(text) as PersistedDossier;
  let changed: boolean | undefined;
  return {
    ok: true,
    snapshot: after,
    persisted: stored,
    text,
    status: statusOf(after),
    // Compared when asked only (the API never asks): two canonical copies of the dossier.
    get changed() {
      if (changed === undefined) {
        const previous = persistDossier(before);
        previous.context.issues = [];
        // From the text: `persisted` is the caller's and may have been changed since.
        changed =
          JSON.stringify(canonical(previous)) !== JSON.stringify(canonical(JSON.parse(text)));
      }
      return changed;
    },
  };
}

/** JSON with object keys sorted, to compare two stored forms. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}
