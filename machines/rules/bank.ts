/**
 * Bank details: French RIB, IBAN (any country of the SWIFT IBAN registry) and BIC.
 *
 * - RIB: bank 5 digits, branch 5 digits, account 11 alphanumeric, key 2 digits;
 *   key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), account letters mapped
 *   A,J→1 B,K,S→2 … I,R,Z→9.
 * - IBAN: country + 2 check digits + BBAN; valid when the rearranged number mod 97 = 1
 *   (ISO 7064 MOD 97-10) and the length is the country's. French and Monégasque IBANs embed
 *   a RIB, whose key is checked too.
 * - BIC: `^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$` (ISO 9362).
 * Source: shared/DOMAIN.md; SWIFT IBAN registry (lengths, as in python-stdnum `iban.dat`).
 */

export interface Rib {
  bank: string;
  branch: string;
  account: string;
  key: string;
}

/** IBAN length per country (SWIFT IBAN registry). */
// biome-ignore format: one registry table, kept dense
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Countries whose BBAN is a French RIB (bank, branch, account, key). */
const RIB_COUNTRIES = new Set(['FR', 'MC']);

function compact(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** RIB letter mapping: A,J→1 B,K,S→2 … I,R,Z→9 (S starts at 2). */
function ribDigits(value: string): string {
  return value.replace(/[A-Z]/g, (letter) => {
    const index = letter.charCodeAt(0) - 65; // A = 0
    const offset = index >= 18 ? index - 18 + 2 : (index % 9) + 1;
    return String(offset);
  });
}

/** The 2-digit RIB key; throws a RangeError when the parts are not shaped like a RIB. */
export function ribKey(bank: string, branch: string, account: string): string {
  const b = compact(bank);
  const g = compact(branch);
  const a = compact(account);
  if (!/^\d{5}$/.test(b) || !/^\d{5}$/.test(g) || !/^[0-9A-Z]{11}$/.test(a)) {
    throw new RangeError('RIB: bank and branch must be 5 digits, account 11 letters or digits');
  }
  const sum = 89 * Number(b) + 15 * Number(g) + 3 * Number(ribDigits(a));
  return String(97 - (sum % 97)).padStart(2, '0');
}

export function isValidRib(rib: Rib): boolean {
  const key = compact(rib.key);
  if (!/^\d{2}$/.test(key)) return false;
  try {
    return ribKey(rib.bank, rib.branch, rib.account) === key;
  } catch {
    return false;
  }
}

/** ISO 7064 MOD 97-10 of an alphanumeric string (letters A=10 … Z=35), computed piecewise. */
function mod97(value: string): number {
  let remainder = 0;
  for (const char of value) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

/** Any registry country; spaces ignored, case-insensitive. */
export function isValidIban(iban: string): boolean {
  const value = compact(iban);
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(value)) return false;
  const country = value.slice(0, 2);
  if (IBAN_LENGTHS[country] !== value.length) return false;
  if (mod97(value.slice(4) + value.slice(0, 4)) !== 1) return false;
  if (RIB_COUNTRIES.has(country)) return isValidRib(splitRib(value));
  return true;
}

function splitRib(iban: string): Rib {
  return {
    bank: iban.slice(4, 9),
    branch: iban.slice(9, 14),
    account: iban.slice(14, 25),
    key: iban.slice(25, 27),
  };
}

/** The RIB inside a valid French (`FR`) IBAN, or null. */
export function ribFromFrenchIban(iban: string): Rib | null {
  const value = compact(iban);
  if (!value.startsWith('FR') || !isValidIban(value)) return null;
  return splitRib(value);
}

/** ISO 9362 shape: 4 letters (bank), 2 letters (country), 2 location, optional 3 branch. */
export function isValidBic(bic: string): boolean {
  return /^[A-Z]{6}[0-9A-Z]{2}(?:[0-9A-Z]{3})?$/.test(bic.trim().toUpperCase());
}

/** Uppercase, groups of 4 separated by spaces: `FR76 3000 3036 …`. */
export function formatIban(iban: string): string {
  return compact(iban).replace(/(.{4})(?=.)/g, '$1 ');
}
