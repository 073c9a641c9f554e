import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { RevocationRequested } from '../contract.ts';
import type { SpaceFailure } from './context.ts';
import {
  type RevocationCodeInput,
  type RevocationRequestInput,
  revocationMachine,
  revocationStepOf,
} from './revocation.ts';

const sent: RevocationRequested = { expiresAt: '2026-12-05T09:00:00.000Z', sentTo: 2 };
const wrongCode: SpaceFailure = {
  status: 422,
  message: null,
  fields: { code: 'Code incorrect : encore 4 essais.' },
  retryAfter: null,
};

function start(
  certificateId: string | null,
  answers: {
    request?: (input: RevocationRequestInput) => Promise<RevocationRequested>;
    confirm?: (input: RevocationCodeInput) => Promise<void>;
  } = {},
) {
  const refuse = async (): Promise<never> => {
    throw { status: 500, message: null, fields: {}, retryAfter: null } satisfies SpaceFailure;
  };
  const machine = revocationMachine.provide({
    actors: {
      requestRevocation: fromPromise(({ input }) => (answers.request ?? refuse)(input)),
      confirmRevocation: fromPromise(({ input }) => (answers.confirm ?? refuse)(input)),
    },
  });
  return createActor(machine, { input: { certificateId } }).start();
}

const step = (actor: ReturnType<typeof start>) => revocationStepOf(actor.getSnapshot().value);

describe('revocationMachine', () => {
  it('request → code e-mailed → code confirmed: done, with what the API was sent', async () => {
    const requests: RevocationRequestInput[] = [];
    const codes: RevocationCodeInput[] = [];
    const actor = start('dossier-1', {
      request: async (input) => {
        requests.push(input);
        return sent;
      },
      confirm: async (input) => {
        codes.push(input);
      },
    });
    expect(step(actor)).toBe('form');
    actor.send({ type: 'revocation.request', reason: 'affiliationChanged', comment: 'Départ' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(actor, (s) => revocationStepOf(s.value) === 'code');
    expect(actor.getSnapshot().context.sent).toEqual(sent);
    actor.send({ type: 'revocation.confirm', code: ' abcd-efgh ' });
    await waitFor(actor, (s) => s.status === 'done');
    expect(step(actor)).toBe('done');
    expect(requests).toEqual([
      { certificateId: 'dossier-1', reason: 'affiliationChanged', comment: 'Départ' },
    ]);
    expect(codes).toEqual([{ certificateId: 'dossier-1', code: 'abcd-efgh' }]);
  });

  it('a refused request stays on the form with the API’s failure', async () => {
    const actor = start('dossier-1', {
      request: async () => {
        throw { ...wrongCode, fields: { certificate: 'Seul un certificat émis…' } };
      },
    });
    actor.send({ type: 'revocation.request', reason: 'superseded', comment: '' });
    await waitFor(actor, (s) => s.matches({ form: 'idle' }) && s.context.failure !== null);
    expect(actor.getSnapshot().context.failure?.fields.certificate).toBe(
      'Seul un certificat émis…',
    );
    expect(step(actor)).toBe('form');
  });

  it('a wrong code stays on the code with its message; the next try clears it', async () => {
    let tries = 0;
    const actor = start('dossier-1', {
      request: async () => sent,
      confirm: async () => {
        tries += 1;
        if (tries === 1) throw wrongCode;
      },
    });
    actor.send({ type: 'revocation.request', reason: 'keyCompromise', comment: '' });
    await waitFor(actor, (s) => s.matches({ code: 'idle' }));
    actor.send({ type: 'revocation.confirm', code: 'WRONG' });
    await waitFor(actor, (s) => s.matches({ code: 'idle' }) && s.context.failure !== null);
    expect(actor.getSnapshot().context.failure?.fields.code).toBe(wrongCode.fields.code);
    actor.send({ type: 'revocation.confirm', code: 'RIGHT' });
    expect(actor.getSnapshot().context.failure).toBeNull();
    await waitFor(actor, (s) => s.status === 'done');
  });

  it('“J’ai déjà un code” goes to the code; a new request goes back to the form', async () => {
    const actor = start('dossier-1');
    actor.send({ type: 'revocation.haveCode' });
    expect(step(actor)).toBe('code');
    expect(actor.getSnapshot().context.sent).toBeNull();
    actor.send({ type: 'revocation.restart' });
    expect(step(actor)).toBe('form');
  });

  it('the public page starts on the code, sends no certificate, and cannot go to the form', async () => {
    const codes: RevocationCodeInput[] = [];
    const actor = start(null, {
      confirm: async (input) => {
        codes.push(input);
      },
    });
    expect(step(actor)).toBe('code');
    actor.send({ type: 'revocation.restart' });
    actor.send({ type: 'revocation.request', reason: 'keyCompromise', comment: '' });
    expect(step(actor)).toBe('code');
    actor.send({ type: 'revocation.confirm', code: 'AAAA-BBBB' });
    await waitFor(actor, (s) => s.status === 'done');
    expect(codes).toEqual([{ certificateId: null, code: 'AAAA-BBBB' }]);
  });

  it('an answer after the dialog closed changes nothing', async () => {
    let answer: () => void = () => {};
    const actor = start('dossier-1', {
      request: () =>
        new Promise((resolve) => {
          answer = () => resolve(sent);
        }),
    });
    actor.send({ type: 'revocation.request', reason: 'keyCompromise', comment: '' });
    actor.stop();
    answer();
    await Promise.resolve();
    expect(actor.getSnapshot().context.sent).toBeNull();
  });
});
