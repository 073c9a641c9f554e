import type { Context } from 'hono';
import * as v from 'valibot';
import { toFieldErrors } from '../../machines/schemas/field-errors.ts';
import { localeOf } from './locale.ts';
import { ProblemError } from './problem.ts';

/**
 * A path parameter (`:id`, `:reference`) checked against its schema before any query
 * (decoded once, by Hono's `c.req.param`). A value that is not an id of the route's kind
 * names no resource: 404 not-found, the same answer as an id that does not exist, with
 * `errors: [{field, message}]` naming the parameter. One status for every route: a malformed
 * id is never a 5xx, and never a hint that some other id exists.
 */
export function pathParam<S extends v.GenericSchema<string, unknown>>(
  c: Context,
  name: string,
  schema: S,
): v.InferOutput<S> {
  const result = v.safeParse(schema, c.req.param(name) ?? '');
  if (result.success) return result.output;
  const errors = toFieldErrors(result.issues, localeOf(c)).map((error) => ({
    ...error,
    field: name,
  }));
  throw new ProblemError(
    404,
    'not-found',
    'problem.not_found.title',
    'problem.not_found.detail',
    { path: new URL(c.req.url).pathname },
    errors,
  );
}
