import type { Context } from 'hono';
import type * as v from 'valibot';
import { parseOrThrow, readJson } from './body.ts';

/**
 * A JSON body whose fields are all optional: an empty body without a
 * Content-Type reads as `{}`; anything else goes through `readJson` (415, 400
 * or 422 as usual). Hono keeps the text read here for `readJson`.
 */
export async function readOptionalJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  if (!c.req.header('Content-Type')) {
    const text = await c.req.text().catch(() => '');
    if (text === '') return parseOrThrow(c, schema, {});
  }
  return readJson(c, schema);
}
