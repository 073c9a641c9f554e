import type { Context } from 'hono';
import * as v from 'valibot';
import { toFieldErrors } from '../../machines/schemas/field-errors.ts';
import { unreadableBody } from './body-limit.ts';
import { localeOf } from './locale.ts';
import { ProblemError, validationProblem } from './problem.ts';

/**
 * Reads the JSON body and validates it with `schema`. Every failure is a
 * problem the client can act on — 415 wrong media type, 400 unreadable JSON,
 * 422 with one localised message per field — never a 5xx. Its size was
 * limited before: the app's body limit (api/http/body-limit.ts, 64 KB) refuses
 * a larger body with 413 while it arrives, so reading it here is bounded.
 */
export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ProblemError(
      415,
      'unsupported-media-type',
      'problem.unsupported_media_type.title',
      'problem.unsupported_media_type.detail',
    );
  }
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    throw unreadableBody(); // the body broke off (client gone): not a server error
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProblemError(400, 'bad-json', 'problem.bad_json.title', 'problem.bad_json.detail');
  }
  return parseOrThrow(c, schema, json);
}

/** Validates any input (body, query, params) against `schema`, or throws a 422 problem. */
export function parseOrThrow<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  input: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw validationProblem(toFieldErrors(result.issues, localeOf(c)));
}
