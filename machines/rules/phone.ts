/**
 * French phone numbers: `0X XX XX XX XX` or `+33 X XX XX XX XX` (9 digits after the 0/+33,
 * the first one 1–9). 06 and 07 are mobiles (needed for the SMS signature code).
 * Stored as E.164 (`+33612345678`), shown grouped by two (`06 12 34 56 78`).
 * Source: shared/DOMAIN.md (form conventions), ARCEP numbering plan.
 */

/** Accepted spellings once separators are removed: national, +33, +33 (0), 0033, 0033 (0). */
const PATTERN = /^(?:0|(?:\+|00)33(?:\(0\))?)([1-9]\d{8})$/;

/**
 * E.164 form (`+33XXXXXXXXX`) of a French number, or null.
 * Spaces, non-breaking spaces, dots and dashes are ignored.
 */
export function normalizeFrenchPhone(input: string): string | null {
  const compact = input.replace(/[\s.-]/g, '');
  const match = PATTERN.exec(compact);
  return match ? `+33${match[1]}` : null;
}

export function isFrenchPhone(input: string): boolean {
  return normalizeFrenchPhone(input) !== null;
}

/** 06 / 07 numbers. */
export function isFrenchMobile(input: string): boolean {
  const e164 = normalizeFrenchPhone(input);
  return e164 !== null && (e164.startsWith('+336') || e164.startsWith('+337'));
}

/** National display form `06 12 34 56 78`; input that is not a French number is returned trimmed. */
export function formatFrenchPhone(e164: string): string {
  const normalized = normalizeFrenchPhone(e164);
  if (normalized === null) return e164.trim();
  const national = `0${normalized.slice(3)}`;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}
