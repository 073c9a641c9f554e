import { describe, expect, it } from 'vitest';
import { failureOf, initialSpaceContext, isSession, screenOf } from './context.ts';

describe('client space context', () => {
  it('starts from what the page and the tab brought, with no account, notice or failure', () => {
    expect(initialSpaceContext({})).toEqual({
      email: '',
      order: null,
      link: null,
      attempt: null,
      session: null,
      account: null,
      notice: null,
      failure: null,
    });
    const link = { kind: 'verify' as const, token: 't' };
    expect(initialSpaceContext({ email: 'a@b.example', order: 'CMD-1', link })).toMatchObject({
      email: 'a@b.example',
      order: 'CMD-1',
      link,
    });
  });

  it('names the screen of each state value', () => {
    expect(screenOf('boot')).toBe('login');
    expect(screenOf('register')).toBe('register');
    expect(screenOf({ dashboard: 'overview' })).toBe('dashboard');
    expect(screenOf({ dashboard: 'all' })).toBe('dashboardAll');
    expect(screenOf(undefined)).toBe('login');
  });

  it('reads a reported failure, and anything else as the network failing', () => {
    const failure = { status: 422, message: 'x', fields: { email: 'y' }, retryAfter: null };
    expect(failureOf(failure)).toBe(failure);
    expect(failureOf(new Error('boom'))).toEqual({
      status: 0,
      message: null,
      fields: {},
      retryAfter: null,
    });
    expect(isSession({ accessToken: 'a' })).toBe(true);
    expect(isSession({ status: 'pending' })).toBe(false);
  });
});
