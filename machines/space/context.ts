/**
 * The client space machine's context, input, events and screens, and how it reads what its
 * requests answer (machines/space.machine.ts).
 */
import type { LoginPending, LoginStarted, MeResponse, SessionResponse } from '../contract.ts';

/** A failed request as the element reports it to the machine (from a problem document). */
export interface SpaceFailure {
  /** HTTP status; 0 when the API could not be reached. */
  status: number;
  /** The problem's localised detail (or title), when there is one. */
  message: string | null;
  /** Per-field messages of a 422, by request field (`email`, `password`). */
  fields: Record<string, string>;
  /** Seconds to wait, from `Retry-After` (429). */
  retryAfter: number | null;
}

/** Information shown on the login screen about how the buyer got there. */
export type SpaceNotice =
  | 'emailVerified'
  | 'verifyLinkInvalid'
  | 'sessionExpired'
  | 'loginExpired'
  | 'passwordChanged'
  | 'loggedOut'
  /** This tab's login was cancelled from the e-mail's «Ce n'était pas moi» link. */
  | 'loginDenied';

/**
 * What an e-mailed link carried in the page's address (`?login=`, `?verify=`, `?reset=`,
 * `?deny=`), or the revocation e-mail's `#revocation` (the public page; no token).
 */
export interface SpaceLink {
  kind: 'login' | 'verify' | 'reset' | 'deny' | 'revocation';
  token: string;
}

export interface SpaceInput {
  /** E-mail to prefill (`?email=`, or the last one typed in this tab). */
  email?: string | null;
  /** Order reference from the confirmation e-mail's link (`?order=`). */
  order?: string | null;
  link?: SpaceLink | null;
  /** A live session kept in this tab (sessionStorage). */
  session?: SessionResponse | null;
  /** A login of this tab waiting for its e-mailed link (sessionStorage). */
  attempt?: LoginStarted | null;
}

export interface SpaceContext {
  email: string;
  order: string | null;
  link: SpaceLink | null;
  attempt: LoginStarted | null;
  session: SessionResponse | null;
  account: MeResponse | null;
  notice: SpaceNotice | null;
  failure: SpaceFailure | null;
}

export interface Credentials {
  email: string;
  password: string;
}

export type SpaceEvent =
  | { type: 'space.login'; email: string; password: string }
  | { type: 'space.register'; email: string; password: string }
  | { type: 'space.requestReset'; email: string }
  | { type: 'space.confirmReset'; password: string }
  /** «Oui, annuler cette connexion» on the page of the e-mail's denial link. */
  | { type: 'space.confirmDeny' }
  | { type: 'space.showLogin' }
  | { type: 'space.showRegister' }
  | { type: 'space.showForgot' }
  | { type: 'space.showAll' }
  | { type: 'space.showOverview' }
  | { type: 'space.logout' }
  /** A `/v1/me` request answered 401: the session is over. */
  | { type: 'space.sessionExpired' };

/** The screens (top-level states, and the dashboard's two views). */
export type SpaceScreen =
  | 'login'
  | 'awaitingLink'
  | 'verifyingLink'
  | 'approved'
  | 'linkInvalid'
  | 'register'
  | 'registered'
  | 'verifyingEmail'
  | 'forgotPassword'
  | 'resetRequested'
  | 'resetPassword'
  | 'denyLogin'
  | 'loginDenied'
  /** The revocation e-mail's page, without an account: the code (machines/space/revocation.ts). */
  | 'revocation'
  | 'dashboard'
  | 'dashboardAll'
  | 'loggingOut';

/** `{ status: 'pending' }` while the e-mailed link has not been used, else the session. */
export type PollResult = SessionResponse | Pick<LoginPending, 'status'>;

/** The context a space starts with, from what the page and the tab brought. */
export function initialSpaceContext(input: SpaceInput): SpaceContext {
  return {
    email: input.email ?? '',
    order: input.order ?? null,
    link: input.link ?? null,
    attempt: input.attempt ?? null,
    session: input.session ?? null,
    account: null,
    notice: null,
    failure: null,
  };
}

/** The `SpaceFailure` in an actor's error, or a network-like one for anything else. */
export function failureOf(error: unknown): SpaceFailure {
  if (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number' &&
    'fields' in error
  ) {
    return error as SpaceFailure;
  }
  return { status: 0, message: null, fields: {}, retryAfter: null };
}

export const isSession = (value: unknown): value is SessionResponse =>
  typeof value === 'object' && value !== null && 'accessToken' in value;

/** The screen a snapshot shows, from its state value. */
export function screenOf(value: unknown): SpaceScreen {
  if (typeof value === 'string') return value === 'boot' ? 'login' : (value as SpaceScreen);
  if (typeof value === 'object' && value !== null) {
    const [top, sub] = Object.entries(value)[0] ?? ['login', null];
    if (top === 'dashboard') return sub === 'all' ? 'dashboardAll' : 'dashboard';
    return top as SpaceScreen;
  }
  return 'login';
}
