/**
 * SIREN / SIRET identifiers of French legal units and establishments.
 *
 * - SIREN: 9 digits, SIRET: 14 digits (SIREN + 5-digit NIC); both pass the Luhn check.
 * - La Poste exception: a SIRET starting with `356000000` other than the head office
 *   `35600000000048` is valid when the sum of its 14 digits is a multiple of 5.
 * - Intra-EU VAT number: `FR` + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
 *
 * Source: python-stdnum `stdnum/fr/siren.py`, `stdnum/fr/siret.py`, `stdnum/fr/tva.py`
 * (see shared/DOMAIN.md).
 */

const LA_POSTE_PREFIX = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Removes spaces, non-breaking spaces (U+00A0, U+202F), dots and dashes; nothing else. */
export function normalizeDigits(input: string): string {
  return input.replace(/[ \u00A0\u202F.-]/g, '');
}

/** Luhn check: from the right, double every second digit (minus 9 above 9), sum ≡ 0 mod 10. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 9 digits (after {@link normalizeDigits}) passing the Luhn check. */
export function isValidSiren(siren: string): boolean {
  const digits = normalizeDigits(siren);
  return /^\d{9}$/.test(digits) && luhnValid(digits);
}

/** 14 digits (after {@link normalizeDigits}) passing Luhn, or the La Poste digit-sum rule. */
export function isValidSiret(siret: string): boolean {
  const digits = normalizeDigits(siret);
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_PREFIX) && digits !== LA_POSTE_HEAD_OFFICE) {
    let sum = 0;
    for (const c of digits) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(digits);
}

/** The SIREN (first 9 digits) of a SIRET, after normalisation. */
export function sirenOf(siret: string): string {
  return normalizeDigits(siret).slice(0, 9);
}

/** Which error a SIRET field shows: empty, not 14 digits, bad checksum, or none. */
export function siretProblem(input: string): 'required' | 'format' | 'checksum' | null {
  const digits = normalizeDigits(input.trim());
  if (digits === '') return 'required';
  if (!/^\d{14}$/.test(digits)) return 'format';
  return isValidSiret(digits) ? null : 'checksum';
}

/**
 * French intra-EU VAT number of a SIREN: `FR` + 2-digit key + SIREN.
 * Throws a RangeError when the SIREN is not 9 digits (the checksum is not required).
 */
export function intraEuVatNumber(siren: string): string {
  const digits = normalizeDigits(siren);
  if (!/^\d{9}$/.test(digits)) throw new RangeError(`SIREN must be 9 digits: ${siren}`);
  const key = (12 + 3 * (Number(digits) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${digits}`;
}
