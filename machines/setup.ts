import { type AnyStateMachine, createMachine, type setup as xstateSetup } from 'xstate';

type Implementations = Parameters<typeof xstateSetup>[0];

/**
 * xstate's `setup`, with its types, for `setup({...}).createMachine({...})`, which builds the
 * same machine (same config, schemas and implementations: see setup.test.ts). Only
 * `createMachine` is returned: xstate's own `setup` also returns its action creators (`sendTo`,
 * `log`, `enqueueActions`, `emit`, …), which every bundle of a machine then carries though no
 * machine here uses them (2.4 KB of the element's lazy parts). Import `assign` and the like from
 * `xstate` itself.
 */
export const setup = (({ schemas, actors, actions, guards, delays }: Implementations) => ({
  createMachine: (config: object): AnyStateMachine =>
    createMachine({ ...config, schemas }, { actors, actions, guards, delays } as never),
})) as unknown as typeof xstateSetup;
