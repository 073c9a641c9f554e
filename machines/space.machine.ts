/**
 * The client space's screens (`<certinomis-order mode="space">`): Connexion (`login`), the
 * "vérifiez votre boîte mail" wait (`awaitingLink`), S'enregistrer (`register` → `registered`),
 * Mot de passe oublié (`forgotPassword` → `resetRequested`), the pages an e-mailed link opens
 * (`verifyingLink` → `approved` | `linkInvalid`, `verifyingEmail`, `resetPassword`, and the
 * login e-mail's «Ce n'était pas moi» `denyLogin` → `loginDenied`), the revocation e-mail's
 * page (`revocation`; the revocation flow itself is machines/space/revocation.ts) and the
 * dashboard (`dashboard.overview`, `dashboard.all`).
 *
 * Why a machine rather than a `screen` field in the component: the space is mostly requests
 * whose answers move to another screen, and a late answer must never move a screen the buyer
 * already left. Each request is an actor invoked by the state that needs it, so xstate stops it
 * (and the wait screen's 2-second poll) on leaving that state; the flow reads as one table and
 * is tested without a browser (space.machine.test.ts). The requests themselves are provided by
 * the element (`spaceMachine.provide`): this file stays pure.
 *
 * The password never enters the context: it travels in the submit event to the request.
 */
import { assign, fromPromise } from 'xstate';
import type { LoginStarted, MeResponse, SessionResponse, VerifyLoginResponse } from './contract.ts';
import { setup } from './setup.ts';
import {
  type Credentials,
  failureOf,
  initialSpaceContext,
  isSession,
  type PollResult,
  type SpaceContext,
  type SpaceEvent,
  type SpaceInput,
  type SpaceLink,
  type SpaceNotice,
} from './space/context.ts';

export {
  type Credentials,
  failureOf,
  type PollResult,
  type SpaceContext,
  type SpaceEvent,
  type SpaceFailure,
  type SpaceInput,
  type SpaceLink,
  type SpaceNotice,
  type SpaceScreen,
  screenOf,
} from './space/context.ts';

/** A request the element provides with `spaceMachine.provide({ actors })`. */
function notProvided<TOutput, TInput>(name: string) {
  return fromPromise<TOutput, TInput>(async () => {
    throw new Error(`${name} not provided`);
  });
}

export const spaceMachine = setup({
  types: {
    context: {} as SpaceContext,
    events: {} as SpaceEvent,
    input: {} as SpaceInput,
  },
  actors: {
    /** `POST /v1/auth/login` → the attempt whose link was e-mailed. */
    startLogin: notProvided<LoginStarted, Credentials>('startLogin'),
    /** `GET /v1/auth/login/{id}`, once. */
    pollLogin: notProvided<PollResult, { loginAttemptId: string }>('pollLogin'),
    /** `POST /v1/auth/verify` with the link's token (and this tab's attempt, if any). */
    verifyLogin: notProvided<VerifyLoginResponse, { token: string; loginAttemptId: string | null }>(
      'verifyLogin',
    ),
    register: notProvided<void, Credentials>('register'),
    verifyEmail: notProvided<void, { token: string }>('verifyEmail'),
    requestReset: notProvided<void, { email: string }>('requestReset'),
    confirmReset: notProvided<void, { token: string; password: string }>('confirmReset'),
    /** `POST /v1/auth/login/deny` with the denial link's token. */
    denyLogin: notProvided<void, { token: string }>('denyLogin'),
    /** `GET /v1/me` with the session. */
    loadAccount: notProvided<MeResponse, { accessToken: string }>('loadAccount'),
    logout: notProvided<void, { accessToken: string }>('logout'),
  },
  delays: {
    /** Between two polls of the wait screen. */
    pollInterval: 2000,
  },
  guards: {
    linkIs: ({ context }, kind: SpaceLink['kind']) => context.link?.kind === kind,
    hasSession: ({ context }) => context.session !== null,
    hasAttempt: ({ context }) => context.attempt !== null,
  },
  actions: {
    clearMessages: assign({ notice: null, failure: null }),
    notify: assign({ notice: (_, notice: SpaceNotice) => notice }),
    forgetSession: assign({ session: null, account: null }),
    forgetAttempt: assign({ attempt: null }),
    forgetLink: assign({ link: null }),
    rememberEmail: assign({
      email: ({ context, event }) =>
        'email' in event && typeof event.email === 'string' ? event.email.trim() : context.email,
    }),
  },
}).createMachine({
  id: 'space',
  context: ({ input }) => initialSpaceContext(input),
  initial: 'boot',
  states: {
    /** An e-mailed link first, else the tab's session, else its pending login, else Connexion. */
    boot: {
      always: [
        { guard: { type: 'linkIs', params: 'verify' }, target: 'verifyingEmail' },
        { guard: { type: 'linkIs', params: 'login' }, target: 'verifyingLink' },
        { guard: { type: 'linkIs', params: 'reset' }, target: 'resetPassword' },
        { guard: { type: 'linkIs', params: 'deny' }, target: 'denyLogin' },
        { guard: { type: 'linkIs', params: 'revocation' }, target: 'revocation' },
        { guard: 'hasSession', target: 'dashboard' },
        { guard: 'hasAttempt', target: 'awaitingLink' },
        { target: 'login' },
      ],
    },

    login: {
      initial: 'idle',
      exit: 'clearMessages',
      on: {
        'space.showRegister': 'register',
        'space.showForgot': 'forgotPassword',
      },
      states: {
        idle: {
          on: {
            'space.login': { target: 'submitting', actions: ['clearMessages', 'rememberEmail'] },
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'startLogin',
            input: ({ event }) =>
              event.type === 'space.login'
                ? { email: event.email, password: event.password }
                : { email: '', password: '' },
            onDone: {
              target: '#space.awaitingLink',
              actions: assign({ attempt: ({ event }) => event.output }),
            },
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },

    /** "Vérifiez votre boîte mail": polls every 2 s until the link is used (here or elsewhere). */
    awaitingLink: {
      initial: 'polling',
      exit: 'clearMessages',
      on: {
        'space.showLogin': { target: 'login', actions: 'forgetAttempt' },
      },
      states: {
        polling: {
          invoke: {
            src: 'pollLogin',
            input: ({ context }) => ({ loginAttemptId: context.attempt?.loginAttemptId ?? '' }),
            onDone: [
              {
                guard: ({ event }) => isSession(event.output),
                target: '#space.dashboard',
                actions: [
                  assign({ session: ({ event }) => event.output as SessionResponse }),
                  'forgetAttempt',
                ],
              },
              { target: 'waiting' },
            ],
            onError: [
              {
                guard: ({ event }) => failureOf(event.error).status === 404,
                target: '#space.login',
                actions: ['forgetAttempt', { type: 'notify', params: 'loginExpired' }],
              },
              {
                // Cancelled from the e-mail («Ce n'était pas moi»): say so, never retry.
                guard: ({ event }) => failureOf(event.error).status === 403,
                target: '#space.login',
                actions: ['forgetAttempt', { type: 'notify', params: 'loginDenied' }],
              },
              // Network or server trouble: try again at the next tick.
              { target: 'waiting' },
            ],
          },
        },
        waiting: {
          after: { pollInterval: 'polling' },
        },
      },
    },

    /** The page opened by the login link (`?login=`). */
    verifyingLink: {
      tags: 'busy',
      exit: 'forgetLink',
      invoke: {
        src: 'verifyLogin',
        input: ({ context }) => ({
          token: context.link?.token ?? '',
          loginAttemptId: context.attempt?.loginAttemptId ?? null,
        }),
        onDone: [
          {
            guard: ({ event }) => isSession(event.output),
            target: 'dashboard',
            actions: [
              assign({ session: ({ event }) => event.output as SessionResponse }),
              'forgetAttempt',
            ],
          },
          { target: 'approved' },
        ],
        onError: {
          target: 'linkInvalid',
          actions: assign({ failure: ({ event }) => failureOf(event.error) }),
        },
      },
    },

    /** The link approved a login typed in another window, which logs in by itself. */
    approved: {
      on: { 'space.showLogin': 'login' },
    },

    /** The login link was used, expired or unknown. */
    linkInvalid: {
      exit: 'clearMessages',
      on: { 'space.showLogin': 'login' },
    },

    register: {
      initial: 'idle',
      exit: 'clearMessages',
      on: { 'space.showLogin': 'login' },
      states: {
        idle: {
          on: {
            'space.register': {
              target: 'submitting',
              actions: ['clearMessages', 'rememberEmail'],
            },
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'register',
            input: ({ event }) =>
              event.type === 'space.register'
                ? { email: event.email, password: event.password }
                : { email: '', password: '' },
            onDone: '#space.registered',
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },

    /** Neutral: the same whether or not the address placed an order. */
    registered: {
      on: { 'space.showLogin': 'login' },
    },

    /** The page opened by the confirmation link (`?verify=`). */
    verifyingEmail: {
      tags: 'busy',
      exit: 'forgetLink',
      invoke: {
        src: 'verifyEmail',
        input: ({ context }) => ({ token: context.link?.token ?? '' }),
        onDone: { target: 'login', actions: { type: 'notify', params: 'emailVerified' } },
        onError: { target: 'login', actions: { type: 'notify', params: 'verifyLinkInvalid' } },
      },
    },

    forgotPassword: {
      initial: 'idle',
      exit: 'clearMessages',
      on: { 'space.showLogin': 'login' },
      states: {
        idle: {
          on: {
            'space.requestReset': {
              target: 'submitting',
              actions: ['clearMessages', 'rememberEmail'],
            },
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'requestReset',
            input: ({ event }) => ({
              email: event.type === 'space.requestReset' ? event.email : '',
            }),
            onDone: '#space.resetRequested',
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },

    /** Neutral: the same whether or not the address has an account. */
    resetRequested: {
      on: { 'space.showLogin': 'login' },
    },

    /** The page opened by the reset link (`?reset=`): a new password. */
    resetPassword: {
      initial: 'idle',
      exit: ['clearMessages', 'forgetLink'],
      on: {
        'space.showLogin': 'login',
        'space.showForgot': 'forgotPassword',
      },
      states: {
        idle: {
          on: {
            'space.confirmReset': { target: 'submitting', actions: 'clearMessages' },
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'confirmReset',
            input: ({ context, event }) => ({
              token: context.link?.token ?? '',
              password: event.type === 'space.confirmReset' ? event.password : '',
            }),
            onDone: {
              target: '#space.login',
              actions: [
                'forgetSession',
                'forgetAttempt',
                { type: 'notify', params: 'passwordChanged' },
              ],
            },
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },

    /**
     * The page of the login e-mail's «Ce n'était pas moi» link (`?deny=`): opening it changes
     * nothing (a link preview or a scanner never cancels a login); the button does.
     */
    denyLogin: {
      initial: 'idle',
      exit: ['clearMessages', 'forgetLink'],
      on: { 'space.showLogin': 'login' },
      states: {
        idle: {
          on: { 'space.confirmDeny': { target: 'submitting', actions: 'clearMessages' } },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'denyLogin',
            input: ({ context }) => ({ token: context.link?.token ?? '' }),
            onDone: '#space.loginDenied',
            onError: {
              target: 'idle',
              actions: assign({ failure: ({ event }) => failureOf(event.error) }),
            },
          },
        },
      },
    },

    /** The attempt is cancelled: the advice is to change the password (Mot de passe oublié). */
    loginDenied: {
      on: { 'space.showLogin': 'login', 'space.showForgot': 'forgotPassword' },
    },

    /** The revocation e-mail's page (`#revocation`): the code, no account (its own flow). */
    revocation: {
      exit: 'forgetLink',
      on: { 'space.showLogin': 'boot' },
    },

    /** Logged in. The lists are loaded by the screens; any 401 sends `space.sessionExpired`. */
    dashboard: {
      initial: 'overview',
      invoke: {
        src: 'loadAccount',
        input: ({ context }) => ({ accessToken: context.session?.accessToken ?? '' }),
        onDone: { actions: assign({ account: ({ event }) => event.output }) },
        onError: {
          guard: ({ event }) => failureOf(event.error).status === 401,
          target: 'login',
          actions: ['forgetSession', { type: 'notify', params: 'sessionExpired' }],
        },
      },
      on: {
        'space.logout': 'loggingOut',
        'space.sessionExpired': {
          target: 'login',
          actions: ['forgetSession', { type: 'notify', params: 'sessionExpired' }],
        },
      },
      states: {
        /** "Vos demandes de certificats à compléter" (first rows) and "Prochaines échéances". */
        overview: { on: { 'space.showAll': 'all' } },
        /** Voir tout: every dossier, 20 per page, with a status filter. */
        all: { on: { 'space.showOverview': 'overview' } },
      },
    },

    /** Se déconnecter: the session ends on the server; the tab forgets it whatever the answer. */
    loggingOut: {
      tags: 'busy',
      invoke: {
        src: 'logout',
        input: ({ context }) => ({ accessToken: context.session?.accessToken ?? '' }),
        onDone: {
          target: 'login',
          actions: ['forgetSession', { type: 'notify', params: 'loggedOut' }],
        },
        onError: {
          target: 'login',
          actions: ['forgetSession', { type: 'notify', params: 'loggedOut' }],
        },
      },
    },
  },
});
