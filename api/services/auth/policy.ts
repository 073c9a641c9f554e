/** What the account services share: their dependencies, who asks, the limits, the refusals. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { ProblemError } from '../../http/problem.ts';
import { hit } from '../../security/throttle.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  now: () => Date;
  /** The client-space page that e-mailed links open (`?verify=`, `?login=`, `?reset=`, `?deny=`). */
  clientSpaceUrl: string;
  /** Where operators' links land instead (the back office); default: the client space. */
  backOfficeUrl?: string;
}

/** Who is asking, as far as the API can tell: what e-mails name and throttles count. */
export interface Requester {
  /** The client address (api/http/client-ip.ts clientIpOf), or "unknown". */
  ip: string;
  userAgent: string | null;
}

/** Where a login is typed: the requester, and the page it is typed on. */
export interface LoginRequester extends Requester {
  /** The partner whose page asks (null: CERTINOMIS's own): the session will be bound to it. */
  partnerId: string | null;
  /** The browser's Origin is none of the API's own (client space, back office). */
  crossOrigin: boolean;
  /** Runs work after the answer (the route's); default: at once, not awaited. */
  afterAnswer?: (work: () => Promise<void>) => void;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Lifetimes and limits, in one place (README: "Client space", with the ASVS
 * V6 reading). What an attacker can spend without the password (failed logins,
 * reset and registration requests) never blocks the owner's correct login:
 * failures count per (address, IP) and per IP; the address-wide ceiling is far
 * above what those allow and never applies to a network that logged in before;
 * e-mails past their allowance are silently not sent.
 */
export const authPolicy = {
  sessionMs: 8 * hour,
  loginLinkMs: 15 * minute,
  /** The «Ce n'était pas moi» link outlives the login link: it also ends a session it opened. */
  denyLinkMs: 7 * day,
  verifyLinkMs: 24 * hour,
  resetLinkMs: 30 * minute,
  /** Wrong passwords for one address from one IP. */
  failedLoginsPerSource: { limit: 5, windowMs: 15 * minute },
  /** Wrong passwords from one IP, whatever the address. */
  failedLoginsPerIp: { limit: 30, windowMs: 15 * minute },
  /** Wrong passwords for one address from anywhere (a botnet); known networks are exempt. */
  failedLoginsPerAccount: { limit: 100, windowMs: hour },
  /** Registration and reset requests from one IP (each costs a password hash). */
  accountRequestsPerIp: { limit: 100, windowMs: 15 * minute },
  /** E-mails per address and kind; past them the request is answered alike, unsent. */
  emails: {
    verify: { limit: 5, windowMs: hour },
    reset: { limit: 5, windowMs: hour },
    /** Only the password's holder triggers these. */
    login: { limit: 10, windowMs: 15 * minute },
  },
};

export function tooManyRequests(retryAfterSeconds: number): ProblemError {
  return new ProblemError(
    429,
    'too-many-requests',
    'problem.too_many_requests.title',
    'problem.too_many_requests.detail',
    { seconds: retryAfterSeconds },
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

export const invalidCredentials = () =>
  new ProblemError(
    401,
    'invalid-credentials',
    'problem.auth_invalid_credentials.title',
    'problem.auth_invalid_credentials.detail',
  );

export const invalidToken = () =>
  new ProblemError(
    400,
    'invalid-token',
    'problem.auth_token_invalid.title',
    'problem.auth_token_invalid.detail',
  );

export const loginDenied = () =>
  new ProblemError(
    403,
    'login-denied',
    'problem.auth_login_denied.title',
    'problem.auth_login_denied.detail',
  );

/**
 * Registration and reset requests from one IP: 429 past the limit. Counted
 * by IP only, before anything about the address is looked at, so the answer
 * never depends on the address.
 */
export async function limitAccountRequests(deps: AuthDeps, ip: string): Promise<void> {
  const { limit, windowMs } = authPolicy.accountRequestsPerIp;
  const result = await hit(deps.db, `account-requests-ip:${ip}`, limit, windowMs, deps.now());
  if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
}
