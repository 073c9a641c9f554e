import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { LoginStarted, MeResponse, SessionResponse } from './contract.ts';
import {
  type Credentials,
  type PollResult,
  type SpaceFailure,
  type SpaceInput,
  screenOf,
  spaceMachine,
} from './space.machine.ts';

const session: SessionResponse = { accessToken: 'a'.repeat(43), expiresAt: '2026-11-26T18:00:00Z' };
const attempt: LoginStarted = { loginAttemptId: 'b'.repeat(43), expiresAt: '2026-11-26T10:15:00Z' };
const failure = (status: number, fields: Record<string, string> = {}): SpaceFailure => ({
  status,
  message: `HTTP ${status}`,
  fields,
  retryAfter: null,
});

/** The machine with every request answered by `answers` (a 500 for anything not listed). */
function start(
  input: SpaceInput,
  answers: {
    startLogin?: (input: Credentials) => Promise<LoginStarted>;
    pollLogin?: () => Promise<PollResult>;
    verifyLogin?: (input: {
      token: string;
      loginAttemptId: string | null;
    }) => Promise<SessionResponse | { status: 'approved' }>;
    verifyEmail?: () => Promise<void>;
    denyLogin?: (input: { token: string }) => Promise<void>;
  } = {},
) {
  const refuse = async (): Promise<never> => {
    throw failure(500);
  };
  const machine = spaceMachine.provide({
    delays: { pollInterval: 5 },
    actors: {
      startLogin: fromPromise(({ input }) => (answers.startLogin ?? refuse)(input)),
      pollLogin: fromPromise(() => (answers.pollLogin ?? refuse)()),
      verifyLogin: fromPromise(({ input }) => (answers.verifyLogin ?? refuse)(input)),
      verifyEmail: fromPromise(() => (answers.verifyEmail ?? refuse)()),
      denyLogin: fromPromise(({ input }) => (answers.denyLogin ?? refuse)(input)),
      loadAccount: fromPromise<MeResponse, { accessToken: string }>(async () => ({
        email: 'jb@moliere.fr',
        locale: 'fr',
      })),
      logout: fromPromise<void, { accessToken: string }>(async () => undefined),
    },
  });
  return createActor(machine, { input }).start();
}

const screen = (actor: ReturnType<typeof start>) => screenOf(actor.getSnapshot().value);

describe('spaceMachine', () => {
  it('starts on Connexion, on the dashboard with a session, or waiting with a pending login', () => {
    expect(screen(start({}))).toBe('login');
    expect(screen(start({ session }))).toBe('dashboard');
    expect(screen(start({ attempt, email: 'jb@moliere.fr' }))).toBe('awaitingLink');
  });

  it('keeps a refused login on Connexion with its failure, without the password', async () => {
    const actor = start({}, { startLogin: async () => Promise.reject(failure(401)) });
    actor.send({ type: 'space.login', email: ' jb@moliere.fr ', password: 'secret secret' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(actor, (s) => s.matches({ login: 'idle' }));
    const { context } = actor.getSnapshot();
    expect(context.failure?.status).toBe(401);
    expect(context.email).toBe('jb@moliere.fr');
    expect(JSON.stringify(context)).not.toContain('secret secret');
  });

  it('waits for the link, polling until another window approves it', async () => {
    let polls = 0;
    const actor = start(
      {},
      {
        startLogin: async () => attempt,
        pollLogin: async () => (++polls < 3 ? { status: 'pending' } : session),
      },
    );
    actor.send({ type: 'space.login', email: 'jb@moliere.fr', password: 'secret secret' });
    await waitFor(actor, (s) => s.matches('awaitingLink'));
    await waitFor(actor, (s) => s.matches('dashboard'));
    expect(polls).toBe(3);
    expect(actor.getSnapshot().context).toMatchObject({ session, attempt: null });
  });

  it('stops polling on leaving the wait screen, and says so when the attempt is gone (404)', async () => {
    let polls = 0;
    const pending = start(
      { attempt },
      {
        pollLogin: async () => {
          polls++;
          return { status: 'pending' };
        },
      },
    );
    await waitFor(pending, () => polls >= 2);
    pending.send({ type: 'space.showLogin' });
    const seen = polls;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(polls).toBe(seen);
    expect(pending.getSnapshot().context.attempt).toBeNull();

    const gone = start({ attempt }, { pollLogin: () => Promise.reject(failure(404)) });
    await waitFor(gone, (s) => s.matches('login'));
    expect(gone.getSnapshot().context.notice).toBe('loginExpired');
  });

  it('tells the waiting tab its login was denied from the e-mail (403), and stops polling', async () => {
    let polls = 0;
    const actor = start(
      { attempt },
      {
        pollLogin: async () => {
          polls++;
          throw failure(403);
        },
      },
    );
    await waitFor(actor, (s) => s.matches('login'));
    expect(actor.getSnapshot().context).toMatchObject({ notice: 'loginDenied', attempt: null });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(polls).toBe(1);
  });

  it('opens the denial link on a confirmation: only the button cancels the login', async () => {
    const tokens: string[] = [];
    const link = { kind: 'deny' as const, token: 'd'.repeat(43) };
    const actor = start(
      { link, session },
      {
        denyLogin: async ({ token }) => {
          tokens.push(token);
        },
      },
    );
    // The link wins over the tab's session: the question is asked first.
    expect(screen(actor)).toBe('denyLogin');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokens).toEqual([]);
    actor.send({ type: 'space.confirmDeny' });
    await waitFor(actor, (s) => s.matches('loginDenied'));
    expect(tokens).toEqual([link.token]);
    actor.send({ type: 'space.showForgot' });
    expect(screen(actor)).toBe('forgotPassword');

    const refused = start({ link }, { denyLogin: () => Promise.reject(failure(400)) });
    refused.send({ type: 'space.confirmDeny' });
    await waitFor(refused, (s) => s.matches({ denyLogin: 'idle' }));
    expect(refused.getSnapshot().context.failure?.status).toBe(400);
  });

  it('opens the session from a link with this tab’s attempt, approves one from elsewhere', async () => {
    const sameTab = start(
      { link: { kind: 'login', token: 't'.repeat(43) }, attempt },
      {
        verifyLogin: async (input) =>
          input.loginAttemptId === attempt.loginAttemptId ? session : { status: 'approved' },
      },
    );
    await waitFor(sameTab, (s) => s.matches('dashboard'));
    expect(sameTab.getSnapshot().context.link).toBeNull();

    const elsewhere = start(
      { link: { kind: 'login', token: 't'.repeat(43) } },
      { verifyLogin: async () => ({ status: 'approved' }) },
    );
    await waitFor(elsewhere, (s) => s.matches('approved'));

    const used = start(
      { link: { kind: 'login', token: 't'.repeat(43) } },
      { verifyLogin: () => Promise.reject(failure(400)) },
    );
    await waitFor(used, (s) => s.matches('linkInvalid'));
  });

  it('confirms an address from its link, then offers Connexion', async () => {
    const ok = start(
      { link: { kind: 'verify', token: 't'.repeat(43) }, email: 'jb@moliere.fr' },
      { verifyEmail: async () => undefined },
    );
    await waitFor(ok, (s) => s.matches('login'));
    expect(ok.getSnapshot().context).toMatchObject({
      notice: 'emailVerified',
      email: 'jb@moliere.fr',
      link: null,
    });
    const bad = start({ link: { kind: 'verify', token: 't'.repeat(43) } });
    await waitFor(bad, (s) => s.matches('login'));
    expect(bad.getSnapshot().context.notice).toBe('verifyLinkInvalid');
  });

  it('returns to Connexion when the session expires or on logout', async () => {
    const expired = start({ session });
    expired.send({ type: 'space.showAll' });
    expect(screen(expired)).toBe('dashboardAll');
    expired.send({ type: 'space.sessionExpired' });
    expect(expired.getSnapshot().context).toMatchObject({
      session: null,
      notice: 'sessionExpired',
    });
    expect(screen(expired)).toBe('login');

    const out = start({ session });
    out.send({ type: 'space.logout' });
    await waitFor(out, (s) => s.matches('login'));
    expect(out.getSnapshot().context).toMatchObject({ session: null, notice: 'loggedOut' });
  });

  it('opens the revocation e-mail’s page first, even with a session; leaving it goes where boot would', () => {
    const link = { kind: 'revocation', token: '' } as const;
    const holder = start({ link });
    expect(screen(holder)).toBe('revocation');
    holder.send({ type: 'space.showLogin' });
    expect(screen(holder)).toBe('login');
    expect(holder.getSnapshot().context.link).toBeNull();

    const buyer = start({ link, session });
    expect(screen(buyer)).toBe('revocation');
    buyer.send({ type: 'space.showLogin' });
    expect(screen(buyer)).toBe('dashboard');
  });
});
