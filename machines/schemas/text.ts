import * as v from 'valibot';

/**
 * One rule for every string the API stores or queries with: no NUL (Postgres text cannot hold
 * it, `\u0000` in jsonb is refused) and no lone surrogate (not Unicode: not valid UTF-8 in a
 * text column, `\ud800` refused by jsonb, turned into U+FFFD by any encoder). Every string
 * schema of machines/schemas checks it, with the message `validation.text_characters`.
 * (With the `u` flag, `\p{Cs}` matches only surrogates that are not part of a pair.)
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the character this rule refuses.
const UNSAFE_CHARACTER = /[\u0000\p{Cs}]/u;

export function isSafeText(value: string): boolean {
  return !UNSAFE_CHARACTER.test(value);
}

/**
 * `value` without what the rule refuses nor control characters, for text that is kept but never
 * judged (the name of an uploaded file, as the browser sent it).
 */
export function withoutUnsafeCharacters(value: string): string {
  return value.replace(new RegExp(UNSAFE_CHARACTER.source, 'gu'), '').replace(/\p{Cc}/gu, '');
}

/** The check as a pipe item, for string schemas that are not built on `requiredText`. */
export function safeText<T extends string | null | undefined>() {
  return v.check<T, 'validation.text_characters'>(
    (value) => typeof value !== 'string' || isSafeText(value),
    'validation.text_characters',
  );
}

/**
 * Names that must match an identity document (mandataire, bénéficiaire: the certificate's
 * holder): on top of the safe-text rule, no control character (C0, DEL, C1: tab, newline, escape…)
 * and no bidirectional formatting character (embeddings, overrides, isolates, marks), which
 * could make a name display differently from what is stored (`\u202e` reverses what follows).
 */
const NAME_UNSAFE_CHARACTER = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function isDocumentName(value: string): boolean {
  return isSafeText(value) && !NAME_UNSAFE_CHARACTER.test(value);
}

/** A required, trimmed string of at most `max` characters, of safe text. */
export function requiredText(max: number) {
  return v.pipe(
    v.string('validation.required'),
    safeText(),
    v.trim(),
    v.nonEmpty('validation.required'),
    v.maxLength(max, 'validation.too_long'),
  );
}

/** An optional trimmed string of safe text: empty or absent gives `undefined`. */
export function optionalText(max: number) {
  return v.optional(
    v.pipe(
      v.nullable(v.string('validation.type')),
      safeText(),
      v.transform((value) => value?.trim() ?? ''),
      v.maxLength(max, 'validation.too_long'),
      v.transform((value) => (value === '' ? undefined : value)),
    ),
  );
}

/** A person's first or last name as on their identity document: `requiredText` without controls. */
export function documentName(max: number) {
  return v.pipe(requiredText(max), v.check(isDocumentName, 'validation.name_characters'));
}
