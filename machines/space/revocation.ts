/**
 * The client space's revocation flow, for one certificate ("Demander la révocation"): the
 * reason and comment → the code e-mailed to the bénéficiaire and the mandataire → the code typed
 * → "Révocation demandée" (with the back office). Without a certificate (`certificateId: null`)
 * it is the public page of the e-mail's link: the code only, and one neutral answer whether or
 * not the code exists.
 *
 * A machine for the same reason as the space's: each request is an actor of the state that
 * needs it, so an answer that comes after the buyer closed the dialog moves nothing. The API
 * decides (the dossier machine accepts the request or not, the code's tries, expiry and lock);
 * this machine only shows its answers. The requests are provided by the element.
 */
import { assign, fromPromise } from 'xstate';
import type { RevocationReason, RevocationRequested } from '../contract.ts';
import { setup } from '../setup.ts';
import { failureOf, type SpaceFailure } from './context.ts';

export interface RevocationInput {
  /** The certificate's dossier; null: the public page (the code alone). */
  certificateId: string | null;
}

export interface RevocationContext {
  certificateId: string | null;
  reason: RevocationReason | null;
  comment: string;
  /** The API's answer to the request: how many were e-mailed, until when the code is valid. */
  sent: RevocationRequested | null;
  failure: SpaceFailure | null;
}

export type RevocationEvent =
  | { type: 'revocation.request'; reason: RevocationReason; comment: string }
  /** "J'ai déjà reçu un code": straight to the code (a request made earlier). */
  | { type: 'revocation.haveCode' }
  | { type: 'revocation.confirm'; code: string }
  /** A new request (the code expired, is locked, or never came). */
  | { type: 'revocation.restart' };

export type RevocationStep = 'form' | 'code' | 'done';

export type RevocationRequestInput = {
  certificateId: string;
  reason: RevocationReason;
  comment: string;
};
export type RevocationCodeInput = { certificateId: string | null; code: string };

function notProvided<TOutput, TInput>(name: string) {
  return fromPromise<TOutput, TInput>(async () => {
    throw new Error(`${name} not provided`);
  });
}

export const revocationMachine = setup({
  types: {
    context: {} as RevocationContext,
    events: {} as RevocationEvent,
    input: {} as RevocationInput,
  },
  actors: {
    /** `POST /v1/certificates/{id}/revocation` `{reason, comment}`. */
    requestRevocation: notProvided<RevocationRequested, RevocationRequestInput>(
      'requestRevocation',
    ),
    /** `…/revocation/confirm` `{code}` with the session, or the public `POST /v1/revocations`. */
    confirmRevocation: notProvided<void, RevocationCodeInput>('confirmRevocation'),
  },
  guards: {
    isPublic: ({ context }) => context.certificateId === null,
  },
  actions: {
    clearFailure: assign({ failure: null }),
  },
}).createMachine({
  id: 'revocation',
  context: ({ input }) => ({
    certificateId: input.certificateId,
    reason: null,
    comment: '',
    sent: null,
    failure: null,
  }),
  initial: 'start',
  states: {
    start: {
      always: [{ guard: 'isPublic', target: 'code' }, { target: 'form' }],
    },
    /** The reason (RFC 5280), a comment, the warning that revocation is final. */
    form: {
      initial: 'idle',
      on: { 'revocation.haveCode': { target: 'code', actions: 'clearFailure' } },
      states: {
        idle: {
          on: {
            'revocation.request': {
              target: 'requesting',
              actions: [
                'clearFailure',
                assign({
                  reason: ({ event }) => event.reason,
                  comment: ({ event }) => event.comment,
                }),
              ],
            },
          },
        },
        requesting: {
          tags: 'busy',
          invoke: {
            src: 'requestRevocation',
            input: ({ context }) => ({
              certificateId: context.certificateId ?? '',
              reason: context.reason ?? 'keyCompromise',
              comment: context.comment,
            }),
            onDone: {
              target: '#revocation.code',
              actions: assign({ sent: ({ event }) => event.output }),
            },
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },
    /** "Un code a été envoyé…": the code; a wrong one stays here with the API's message. */
    code: {
      initial: 'idle',
      on: {
        'revocation.restart': {
          guard: ({ context }) => context.certificateId !== null,
          target: 'form',
          actions: ['clearFailure', assign({ sent: null })],
        },
      },
      states: {
        idle: {
          on: {
            'revocation.confirm': { target: 'confirming', actions: 'clearFailure' },
          },
        },
        confirming: {
          tags: 'busy',
          invoke: {
            src: 'confirmRevocation',
            input: ({ context, event }) => ({
              certificateId: context.certificateId,
              code: event.type === 'revocation.confirm' ? event.code.trim() : '',
            }),
            onDone: '#revocation.done',
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },
    /** "Révocation demandée" (with the back office), or the public page's neutral answer. */
    done: { type: 'final' },
  },
});

/** The step a snapshot shows. */
export function revocationStepOf(value: unknown): RevocationStep {
  if (value === 'done') return 'done';
  if (typeof value === 'object' && value !== null && 'code' in value) return 'code';
  return value === 'code' ? 'code' : 'form';
}
