/**
 * Postal codes. France (`FR`): always 5 digits kept as a string (leading 0), never `00xxx`;
 * Corsica is 20xxx (2A/2B are département codes, never postal codes).
 * Other countries: 2–10 letters, digits, spaces or dashes (at least one letter or digit).
 * Source: shared/DOMAIN.md (form conventions), La Poste postal code base.
 */

/** `country` is an ISO 3166-1 alpha-2 code (case-insensitive); anything else is rejected. */
export function isValidPostalCode(code: string, country: string): boolean {
  const iso = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(iso)) return false;
  const value = code.trim();
  if (iso === 'FR') return /^\d{5}$/.test(value) && !value.startsWith('00');
  return /^[A-Za-z0-9 -]{2,10}$/.test(value) && /[A-Za-z0-9]/.test(value);
}
