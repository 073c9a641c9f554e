import { expect } from 'vitest';

/** Every value of `<ram:tag>` in document order (the CII elements we check have no children). */
export const ciiValues = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<ram:${tag}(?: [^>]*)?>([^<]*)</ram:${tag}>`, 'g'))].map(
    (m) => m[1] ?? '',
  );
const cents = (value: string | undefined) => Math.round(Number(value) * 100);

/**
 * Checks a CII document against the EN 16931 sum rules BR-CO-10 to BR-CO-17 and returns its
 * amounts in cents (line nets, tax basis, VAT, grand total).
 */
export function expectCiiSums(xml: string) {
  const one = (tag: string) => {
    const values = ciiValues(xml, tag);
    expect(values, tag).toHaveLength(1);
    return cents(values[0]);
  };
  expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
  const lineNets = ciiValues(xml, 'LineTotalAmount').map(cents);
  const headerLineTotal = lineNets.pop() as number; // the header's comes last
  const allowances = one('AllowanceTotalAmount');
  const charges = one('ChargeTotalAmount');
  const taxBasis = one('TaxBasisTotalAmount');
  const taxTotal = one('TaxTotalAmount');
  const grand = one('GrandTotalAmount');
  const prepaid = one('TotalPrepaidAmount');
  const due = one('DuePayableAmount');
  const categoryTaxes = ciiValues(xml, 'CalculatedAmount').map(cents);
  const categoryBases = ciiValues(xml, 'BasisAmount').map(cents);
  const rates = ciiValues(xml, 'RateApplicablePercent').map(Number);
  const categoryRates = rates.slice(rates.length - categoryBases.length);
  // BR-CO-10: sum of line net amounts (BT-131) = invoice line net total (BT-106).
  expect(lineNets.reduce((a, b) => a + b, 0)).toBe(headerLineTotal);
  // BR-CO-11 / BR-CO-12: no document-level allowances or charges.
  expect([allowances, charges]).toEqual([0, 0]);
  // BR-CO-13: tax basis = line total - allowances + charges.
  expect(taxBasis).toBe(headerLineTotal - allowances + charges);
  // BR-CO-14: total VAT = sum of the VAT category tax amounts.
  expect(taxTotal).toBe(categoryTaxes.reduce((a, b) => a + b, 0));
  // BR-CO-15: grand total = tax basis + total VAT.
  expect(grand).toBe(taxBasis + taxTotal);
  // BR-CO-16: amount due = grand total - prepaid.
  expect(due).toBe(grand - prepaid);
  // BR-CO-17: category tax = taxable amount × rate / 100, rounded to two decimals.
  categoryBases.forEach((base, i) => {
    expect(categoryTaxes[i]).toBe(Math.round((base * (categoryRates[i] ?? 0)) / 100));
  });
  return { lineNets, taxBasis, taxTotal, grand };
}
