import * as v from 'valibot';

/**
 * Keyset pagination cursors: the sort key of a page's last row as a base64url JSON array.
 * A cursor comes back from the client, so it is input like any other: after decoding, its
 * values are checked against `schema` (ids as UUIDs, timestamps as real instants, positions
 * bounded) before they reach a query; anything else is not a cursor (null).
 */
export function encodeCursor(values: readonly unknown[]): string {
  return btoa(JSON.stringify(values)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor<TOutput>(
  text: string,
  schema: v.GenericSchema<unknown, TOutput>,
): TOutput | null {
  let value: unknown;
  try {
    value = JSON.parse(atob(text.replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    return null;
  }
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

/** A query's `cursor` parameter decoded with `schema`, refused with `validation.cursor` otherwise. */
export function cursorParam<TOutput>(schema: v.GenericSchema<unknown, TOutput>) {
  return v.pipe(
    v.string('validation.cursor'),
    v.maxLength(2000, 'validation.cursor'),
    v.rawTransform<string, TOutput>(({ dataset, addIssue, NEVER }) => {
      const cursor = decodeCursor(dataset.value, schema);
      if (cursor === null) {
        addIssue({ message: 'validation.cursor' });
        return NEVER;
      }
      return cursor;
    }),
  );
}
