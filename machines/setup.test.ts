import { describe, expect, it } from 'vitest';
import { fromPromise, setup as xstateSetup } from 'xstate';
import { setup } from './setup.ts';

describe('setup', () => {
  const implementations = {
    types: { context: {} as { count: number }, events: {} as { type: 'add' } },
    schemas: { context: { count: 'a number' } },
    actors: { fetch: fromPromise(async () => 1) },
    actions: { add: () => undefined },
    guards: { small: ({ context }: { context: { count: number } }) => context.count < 2 },
    delays: { soon: 10 },
  };
  const config = {
    id: 'counter',
    context: { count: 0 },
    on: { add: { guard: 'small' as const, actions: 'add' as const } },
  };

  it('builds the machine xstate’s own setup builds', () => {
    const ours = setup(implementations).createMachine(config);
    const theirs = xstateSetup(implementations).createMachine(config);
    expect(ours.config).toEqual(theirs.config);
    expect(ours.schemas).toEqual(theirs.schemas);
    expect(ours.implementations).toEqual(theirs.implementations);
    expect(ours.implementations.actions.add).toBe(theirs.implementations.actions.add);
  });
});
