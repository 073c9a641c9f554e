/**
 * E-mail addresses, pragmatic syntax check (not full RFC 5322): `local@domain.tld`, trimmed,
 * no whitespace, at most 254 characters (RFC 5321 path limit), local part ≤ 64 characters
 * of RFC 5322 atom characters with single inner dots, domain of at least two labels of
 * letters, digits and dashes (not at a label's start or end, ≤ 63 characters), alphabetic or
 * punycode TLD. Addresses are stored lowercased.
 * Source: RFC 5321 §4.5.3.1, RFC 5322 §3.4.1, RFC 1035 §2.3.1.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/i;

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** Checks the trimmed input. */
export function isEmail(input: string): boolean {
  const value = input.trim();
  if (value.length > 254 || /\s/.test(value)) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && TLD.test(tld);
}
