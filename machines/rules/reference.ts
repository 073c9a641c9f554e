/**
 * Order references: `BD` + the order sequence number on 10 digits (zero-padded) + 1 Luhn
 * check digit, e.g. `BD00000000422`. The seed's references (`BD1734971738`) carry no check
 * digit; ours do, so that a typo in a bank transfer's label (one wrong digit, most swaps of
 * two adjacent digits) is detected instead of matching another order.
 * Source: project convention; Luhn as in ISO/IEC 7812-1.
 */
import { luhnValid } from './siret.ts';

const MAX_SEQUENCE = 9_999_999_999;

/** `BD` + 10-digit sequence + Luhn check digit. Throws a RangeError outside 0…9 999 999 999. */
export function formatOrderReference(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`order sequence out of range: ${sequence}`);
  }
  const payload = String(sequence).padStart(10, '0');
  for (let check = 0; check <= 9; check++) {
    if (luhnValid(`${payload}${check}`)) return `BD${payload}${check}`;
  }
  throw new Error('unreachable: a Luhn check digit always exists');
}

/** Case-insensitive, whitespace ignored; `BD` + 11 digits whose last one is the Luhn check. */
export function isOrderReference(input: string): boolean {
  const value = input.replace(/\s/g, '').toUpperCase();
  return /^BD\d{11}$/.test(value) && luhnValid(value.slice(2));
}

/**
 * Every valid reference in free text (e.g. a transfer label `VIR SEPA BD 17649712345 MAIRIE`),
 * normalised (`BD17649712345`), in order of appearance, without duplicates. Spaces between `BD`
 * and the digits and lowercase are tolerated; the 11 digits must not be part of a longer number.
 */
export function findOrderReferences(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/BD\s*(\d{11})(?!\d)/gi)) {
    const reference = `BD${match[1]}`;
    if (luhnValid(match[1] ?? '') && !found.includes(reference)) found.push(reference);
  }
  return found;
}
