/**
 * Order totals the EN 16931 way (the norm behind Chorus Pro e-invoices): line totals
 * HT = quantity × unit price HT; VAT is computed once per rate on the summed base of that
 * rate and rounded half-up to the cent; TTC = HT + VAT. Per-line rounding can differ by a
 * cent, so VAT is never summed from rounded line amounts.
 * Money is integer cents; rates are basis points (2000 = 20 %).
 * Source: shared/DOMAIN.md (VAT and money), EN 16931-1 rules BR-CO-17 / BR-S-09.
 */

export interface PricedLine {
  code: string;
  quantity: number;
  unitHt: number;
  vatRateBp: number;
}

export interface VatBreakdownEntry {
  rateBp: number;
  base: number;
  amount: number;
}

export interface Totals {
  lines: Array<PricedLine & { totalHt: number }>;
  ht: number;
  vat: number;
  ttc: number;
  vatBreakdown: VatBreakdownEntry[];
}

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${name} must be a safe integer: ${value}`);
}

/**
 * numerator / denominator rounded half-up, exactly (integer remainder, no float division).
 * Negative quotients are rounded symmetrically (half away from zero), so a credit note
 * mirrors its invoice. Throws a RangeError unless both are safe integers, denominator > 0.
 */
export function roundHalfUpDiv(numerator: number, denominator: number): number {
  assertSafeInteger(numerator, 'numerator');
  assertSafeInteger(denominator, 'denominator');
  if (denominator <= 0) throw new RangeError(`denominator must be positive: ${denominator}`);
  const magnitude = Math.abs(numerator);
  const remainder = magnitude % denominator;
  const quotient = (magnitude - remainder) / denominator;
  const rounded = 2 * remainder >= denominator ? quotient + 1 : quotient;
  return numerator < 0 ? -rounded : rounded;
}

/** VAT in cents of a base in cents at a rate in basis points, rounded half-up. */
export function vatAmount(baseCents: number, rateBp: number): number {
  assertSafeInteger(baseCents, 'baseCents');
  assertSafeInteger(rateBp, 'rateBp');
  return roundHalfUpDiv(baseCents * rateBp, 10_000);
}

export function computeTotals(lines: PricedLine[]): Totals {
  const priced = lines.map((line) => {
    assertSafeInteger(line.quantity, 'quantity');
    assertSafeInteger(line.unitHt, 'unitHt');
    assertSafeInteger(line.vatRateBp, 'vatRateBp');
    const totalHt = line.quantity * line.unitHt;
    assertSafeInteger(totalHt, 'totalHt');
    return { ...line, totalHt };
  });

  const bases = new Map<number, number>();
  for (const line of priced) {
    bases.set(line.vatRateBp, (bases.get(line.vatRateBp) ?? 0) + line.totalHt);
  }
  const vatBreakdown = [...bases.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBp, base]) => ({ rateBp, base, amount: vatAmount(base, rateBp) }));

  const ht = priced.reduce((sum, line) => sum + line.totalHt, 0);
  const vat = vatBreakdown.reduce((sum, entry) => sum + entry.amount, 0);
  return { lines: priced, ht, vat, ttc: ht + vat, vatBreakdown };
}
