import { describe, expect, it } from 'vitest';
import { formatFrenchPhone, isFrenchMobile, isFrenchPhone, normalizeFrenchPhone } from './phone.ts';

describe('normalizeFrenchPhone', () => {
  it.each([
    ['0612345678', '+33612345678'],
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['06\u00A012\u00A034\u00A056\u00A078', '+33612345678'],
    ['  01 23 45 67 89 ', '+33123456789'],
    ['+33612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33(0)612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['0033 (0)1 23 45 67 89', '+33123456789'],
    ['09 70 12 34 56', '+33970123456'],
    ['07 81 23 45 67', '+33781234567'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeFrenchPhone(input)).toBe(expected);
  });

  it.each([
    [''],
    ['00 12 34 56 78'], // first digit after 0 must be 1–9
    ['+33 0 6 12 34 56 78'], // +33 followed by 0 without parentheses
    ['+33 (0) 0 12 34 56 78'],
    ['06 12 34 56 7'], // 9 digits
    ['06 12 34 56 789'], // 11 digits
    ['6 12 34 56 78'], // no trunk prefix
    ['+44 20 7946 0958'], // not French
    ['+32 2 123 45 67'],
    ['06 12 34 56 7a'],
    ['(06) 12 34 56 78'],
    ['06/12/34/56/78'],
    ['+ 33 6 12 34 56 78 9'],
  ])('%j → null', (input) => {
    expect(normalizeFrenchPhone(input)).toBeNull();
  });
});

describe('isFrenchPhone / isFrenchMobile', () => {
  it.each([
    ['06 12 34 56 78', true, true],
    ['07 81 23 45 67', true, true],
    ['+33 7 81 23 45 67', true, true],
    ['0033 6 12 34 56 78', true, true],
    ['01 23 45 67 89', true, false],
    ['05 56 12 34 56', true, false],
    ['08 00 12 34 56', true, false],
    ['09 70 12 34 56', true, false],
    ['+33 (0)1 23 45 67 89', true, false],
    ['06 12 34 56', false, false],
    ['', false, false],
  ])('%j → phone %s, mobile %s', (input, phone, mobile) => {
    expect(isFrenchPhone(input)).toBe(phone);
    expect(isFrenchMobile(input)).toBe(mobile);
  });
});

describe('formatFrenchPhone', () => {
  it.each([
    ['+33612345678', '06 12 34 56 78'],
    ['+33123456789', '01 23 45 67 89'],
    ['+33970123456', '09 70 12 34 56'],
    ['0612345678', '06 12 34 56 78'],
    [' not a phone ', 'not a phone'],
  ])('%j → %j', (input, expected) => {
    expect(formatFrenchPhone(input)).toBe(expected);
  });

  it.each(['06 12 34 56 78', '+33 (0)1 23 45 67 89', '0033 7 81 23 45 67'])(
    '%j round-trips through E.164',
    (input) => {
      const e164 = normalizeFrenchPhone(input);
      expect(e164).not.toBeNull();
      expect(normalizeFrenchPhone(formatFrenchPhone(e164 ?? ''))).toBe(e164);
    },
  );
});
