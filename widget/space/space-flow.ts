import { safeParse } from 'valibot';
import { fromPromise } from 'xstate';
import { loginSchema } from '../../machines/schemas/auth.ts';
import { toFieldErrors } from '../../machines/schemas/field-errors.ts';
import { spaceMachine } from '../../machines/space.machine.ts';
import { installSpaceChecks } from './screen-element.ts';
import { failureFrom, type SpaceApi } from './space-api.ts';

// The screens' checks come with the machine (the login screen is painted before it).
installSpaceChecks({
  check(schema, input, locale) {
    const result = safeParse(schema, input);
    return { success: result.success, errors: toFieldErrors(result.issues ?? [], locale) };
  },
  login: loginSchema,
});

/**
 * The space machine with its requests: each actor calls the API of `api()`
 * (read at call time, so a locale or base-URL change applies to the next
 * request), and a failure reaches the machine as a plain `SpaceFailure`.
 * Shared by the client space and the back office's operator login.
 */
export function provideSpaceMachine(api: () => SpaceApi) {
  const request = async <T>(run: (api: SpaceApi) => Promise<T>): Promise<T> => {
    try {
      return await run(api());
    } catch (error) {
      throw failureFrom(error);
    }
  };
  return spaceMachine.provide({
    actors: {
      startLogin: fromPromise(({ input, signal }) => request((a) => a.startLogin(input, signal))),
      pollLogin: fromPromise(({ input, signal }) =>
        request((a) => a.pollLogin(input.loginAttemptId, signal)),
      ),
      verifyLogin: fromPromise(({ input, signal }) =>
        request((a) => a.verifyLogin(input.token, input.loginAttemptId, signal)),
      ),
      register: fromPromise(({ input, signal }) => request((a) => a.register(input, signal))),
      verifyEmail: fromPromise(({ input, signal }) =>
        request((a) => a.verifyEmail(input.token, signal)),
      ),
      requestReset: fromPromise(({ input, signal }) =>
        request((a) => a.requestReset(input.email, signal)),
      ),
      confirmReset: fromPromise(({ input, signal }) =>
        request((a) => a.confirmReset(input.token, input.password, signal)),
      ),
      denyLogin: fromPromise(({ input, signal }) =>
        request((a) => a.denyLogin(input.token, signal)),
      ),
      loadAccount: fromPromise(({ input, signal }) =>
        request((a) => a.me(input.accessToken, signal)),
      ),
      logout: fromPromise(({ input, signal }) =>
        request((a) => a.logout(input.accessToken, signal)),
      ),
    },
  });
}
