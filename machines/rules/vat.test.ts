import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTotals, type PricedLine, roundHalfUpDiv, vatAmount } from './vat.ts';

const line = (code: string, quantity: number, unitHt: number, vatRateBp = 2000): PricedLine => ({
  code,
  quantity,
  unitHt,
  vatRateBp,
});

describe('roundHalfUpDiv', () => {
  it.each([
    [10, 4, 3], // 2.5 → 3 (half-up, not half-even)
    [14, 4, 4], // 3.5 → 4
    [9, 4, 2], // 2.25 → 2
    [11, 4, 3], // 2.75 → 3
    [12, 4, 3],
    [0, 7, 0],
    [1, 2, 1], // 0.5 → 1
    [1, 3, 0],
    [2, 3, 1],
    [-10, 4, -3], // symmetric: -2.5 → -3
    [-9, 4, -2],
    [-1, 2, -1],
    [55_000, 10_000, 6], // 5.5 → 6
    [45_000, 10_000, 5], // 4.5 → 5
    [Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, 2, 4_503_599_627_370_496], // 2^53 − 1 over 2 = …495.5 → …496
    [Number.MAX_SAFE_INTEGER - 1, 3, 3_002_399_751_580_330], // exact
  ])('%d / %d → %d', (numerator, denominator, expected) => {
    expect(roundHalfUpDiv(numerator, denominator)).toBe(expected);
  });

  it.each([
    [1, 0],
    [1, -2],
    [1.5, 2],
    [1, 2.5],
    [Number.MAX_SAFE_INTEGER + 1, 3],
    [Number.NaN, 3],
  ])('%d / %d throws', (numerator, denominator) => {
    expect(() => roundHalfUpDiv(numerator, denominator)).toThrow(RangeError);
  });
});

describe('vatAmount', () => {
  it.each([
    [11_000, 2000, 2200],
    [26_000, 2000, 5200],
    [100, 550, 6], // 5.5 cents → 6 (exactly half)
    [25, 1000, 3], // 2.5 cents → 3 (half-even would give 2)
    [24, 1000, 2], // 2.4 → 2
    [26, 1000, 3], // 2.6 → 3
    [10, 550, 1], // 0.55 → 1
    [30, 550, 2], // 1.65 → 2
    [9999, 2000, 2000], // 1999.8 → 2000
    [1, 2000, 0], // 0.2 → 0
    [12_345, 0, 0],
    [12_345, 210, 259], // 2.1 %: 259.245 → 259
    [-11_000, 2000, -2200],
  ])('%d cents at %d bp → %d', (base, rate, expected) => {
    expect(vatAmount(base, rate)).toBe(expected);
  });
});

describe('computeTotals', () => {
  it.each([
    {
      name: '1 × 110.00 € at 20 %',
      lines: [line('DECIDEUR-3', 1, 11_000)],
      ht: 11_000,
      vat: 2200,
      ttc: 13_200,
      breakdown: [{ rateBp: 2000, base: 11_000, amount: 2200 }],
    },
    {
      name: '2 × 110.00 € + 2 × 20.00 € at 20 %',
      lines: [line('DECIDEUR-3', 2, 11_000), line('TOKEN', 2, 2000)],
      ht: 26_000,
      vat: 5200,
      ttc: 31_200,
      breakdown: [{ rateBp: 2000, base: 26_000, amount: 5200 }],
    },
    {
      // Per line: 3 × round(0.55) = 3 cents. Per rate (EN 16931): round(30 × 5.5 %) = round(1.65) = 2.
      name: 'per-rate rounding, not per-line (5.5 %, three 10-cent lines)',
      lines: [line('A', 1, 10, 550), line('B', 1, 10, 550), line('C', 1, 10, 550)],
      ht: 30,
      vat: 2,
      ttc: 32,
      breakdown: [{ rateBp: 550, base: 30, amount: 2 }],
    },
    {
      // Per line: round(0.6) + round(0.6) = 2 cents. Per rate: round(6 × 20 %) = round(1.2) = 1.
      name: 'per-rate rounding, not per-line (20 %, two 3-cent lines)',
      lines: [line('A', 1, 3), line('B', 1, 3)],
      ht: 6,
      vat: 1,
      ttc: 7,
      breakdown: [{ rateBp: 2000, base: 6, amount: 1 }],
    },
    {
      name: 'exactly half a cent rounds up (5.5 % of 1.00 € = 5.5 cents)',
      lines: [line('A', 4, 25, 550)],
      ht: 100,
      vat: 6,
      ttc: 106,
      breakdown: [{ rateBp: 550, base: 100, amount: 6 }],
    },
    {
      name: 'several rates, breakdown sorted by rate descending',
      lines: [
        line('BOOK', 1, 1000, 550),
        line('CERT', 1, 11_000, 2000),
        line('PRESS', 2, 150, 210),
        line('FEE', 1, 500, 0),
        line('TOKEN', 1, 2000, 2000),
      ],
      ht: 14_800,
      vat: 2661,
      ttc: 17_461,
      breakdown: [
        { rateBp: 2000, base: 13_000, amount: 2600 },
        { rateBp: 550, base: 1000, amount: 55 },
        { rateBp: 210, base: 300, amount: 6 }, // 6.3 → 6
        { rateBp: 0, base: 500, amount: 0 },
      ],
    },
    {
      name: 'no lines',
      lines: [],
      ht: 0,
      vat: 0,
      ttc: 0,
      breakdown: [],
    },
  ])('$name', ({ lines, ht, vat, ttc, breakdown }) => {
    const totals = computeTotals(lines);
    expect(totals).toMatchObject({ ht, vat, ttc, vatBreakdown: breakdown });
    expect(totals.lines).toEqual(lines.map((l) => ({ ...l, totalHt: l.quantity * l.unitHt })));
  });

  it.each([[line('A', 1.5, 100)], [line('A', 1, 99.9)], [line('A', 1, 100, 5.5)]])(
    'rejects non-integer input %o',
    (bad) => {
      expect(() => computeTotals([bad])).toThrow(RangeError);
    },
  );

  it('ttc = ht + vat and each rate’s VAT is within half a cent of base × rate', () => {
    const arbitraryLine = fc.record({
      code: fc.string({ maxLength: 8 }),
      quantity: fc.integer({ min: 0, max: 1000 }),
      unitHt: fc.integer({ min: 0, max: 10_000_000 }),
      vatRateBp: fc.constantFrom(0, 210, 550, 850, 1000, 2000),
    });
    fc.assert(
      fc.property(fc.array(arbitraryLine, { maxLength: 20 }), (lines) => {
        const totals = computeTotals(lines);
        expect(totals.ttc).toBe(totals.ht + totals.vat);
        expect(totals.ht).toBe(lines.reduce((sum, l) => sum + l.quantity * l.unitHt, 0));
        expect(totals.vatBreakdown.reduce((sum, e) => sum + e.base, 0)).toBe(totals.ht);
        expect(totals.vatBreakdown.reduce((sum, e) => sum + e.amount, 0)).toBe(totals.vat);
        for (const { base, rateBp, amount } of totals.vatBreakdown) {
          // |amount − base × rate / 10 000| ≤ 0.5, in integers.
          expect(Math.abs(amount * 10_000 - base * rateBp)).toBeLessThanOrEqual(5000);
        }
        const rates = totals.vatBreakdown.map((e) => e.rateBp);
        expect(rates).toEqual([...new Set(rates)].sort((a, b) => b - a));
      }),
    );
  });
});
