/** `/v1/auth` and `GET /v1/me`: accounts, the e-mailed second factor, bearer sessions. */
import type { Locale } from './lists.ts';

/** `POST /v1/auth/login` → 202: the second factor was e-mailed; poll or verify with this id. */
export interface LoginStarted {
  loginAttemptId: string;
  expiresAt: string;
}

/** A bearer session: send `Authorization: Bearer <accessToken>` until `expiresAt`. */
export interface SessionResponse {
  accessToken: string;
  expiresAt: string;
}

/** `GET /v1/auth/login/{id}` while the e-mailed link has not been used yet. */
export interface LoginPending {
  status: 'pending';
  expiresAt: string;
}

/** `POST /v1/auth/verify` from another tab than the login's: that tab's poll gets the session. */
export interface LoginApproved {
  status: 'approved';
}

/** `POST /v1/auth/verify`: the session, or the login approved for the tab that started it. */
export type VerifyLoginResponse = SessionResponse | LoginApproved;

/** `GET /v1/auth/login/{id}`: 200 with the session once approved, else 202 pending. */
export type PollLoginResponse = SessionResponse | LoginPending;

/** `POST /v1/auth/register` and `/password-reset` → 202: an e-mail is on its way (or not). */
export interface AuthAccepted {
  status: 'pending';
}

/** `POST /v1/auth/verify-email`. */
export interface EmailVerified {
  status: 'verified';
}

/** `POST /v1/auth/login/deny`: «Ce n'était pas moi». */
export interface LoginDenied {
  status: 'denied';
}

/** `POST /v1/auth/password-reset/confirm`. */
export interface PasswordResetDone {
  status: 'ok';
}

export interface MeResponse {
  email: string;
  locale: Locale;
}
