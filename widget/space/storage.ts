import type { LoginStarted, SessionResponse } from '../../machines/contract.ts';

/**
 * What one tab keeps of the client space, in sessionStorage only (never localStorage, never a
 * cookie): the session's bearer token, the login waiting for its e-mailed link (so that the link
 * opened in this tab logs in at once, and a reload keeps waiting) and the e-mail last typed.
 * sessionStorage ends with the tab and is not shared with other tabs.
 */
export interface SavedSpace {
  v: 1;
  email: string;
  session: SessionResponse | null;
  attempt: LoginStarted | null;
}

/** One key per API (a session belongs to the API that opened it). */
export function spaceStorageKey(apiUrl: string): string {
  return `certinomis-order:space:${apiUrl}`;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // blocked (sandboxed iframe, privacy settings)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSession = (value: unknown): value is SessionResponse =>
  isObject(value) && typeof value.accessToken === 'string' && typeof value.expiresAt === 'string';

const isAttempt = (value: unknown): value is LoginStarted =>
  isObject(value) &&
  typeof value.loginAttemptId === 'string' &&
  typeof value.expiresAt === 'string';

export function loadSpace(key: string): SavedSpace | null {
  try {
    const saved: unknown = JSON.parse(storage()?.getItem(key) ?? 'null');
    if (!isObject(saved) || saved.v !== 1) return null;
    return {
      v: 1,
      email: typeof saved.email === 'string' ? saved.email : '',
      session: isSession(saved.session) ? saved.session : null,
      attempt: isAttempt(saved.attempt) ? saved.attempt : null,
    };
  } catch {
    return null;
  }
}

export function saveSpace(key: string, saved: SavedSpace): void {
  try {
    if (!saved.email && !saved.session && !saved.attempt) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(saved));
  } catch {
    // Quota or blocked storage: the space works, it just won't survive a reload.
  }
}
