import * as v from 'valibot';

/** A required, trimmed string of at most `max` characters. */
export function requiredText(max: number) {
  return v.pipe(
    v.string('validation.required'),
    v.trim(),
    v.nonEmpty('validation.required'),
    v.maxLength(max, 'validation.too_long'),
  );
}

/** An optional trimmed string: empty or absent gives `undefined`. */
export function optionalText(max: number) {
  return v.optional(
    v.pipe(
      v.nullable(v.string('validation.type')),
      v.transform((value) => value?.trim() ?? ''),
      v.maxLength(max, 'validation.too_long'),
      v.transform((value) => (value === '' ? undefined : value)),
    ),
  );
}
