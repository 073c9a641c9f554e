import { describe, expect, it } from 'vitest';
import { isValidPostalCode } from './postal-code.ts';

describe('isValidPostalCode', () => {
  describe.each(['FR', 'fr'])('France (%s)', (country) => {
    it.each([
      ['75001', true],
      ['01000', true], // Bourg-en-Bresse: leading 0 kept
      ['20000', true], // Ajaccio (Corse-du-Sud)
      ['20200', true], // Bastia (Haute-Corse)
      ['97400', true], // Saint-Denis (La Réunion)
      ['98000', true],
      [' 94200 ', true], // trimmed
      ['00100', false], // no French code starts with 00
      ['00000', false],
      ['2A004', false], // 2A/2B are département codes, never postal codes
      ['2B200', false],
      ['7500', false],
      ['750010', false],
      ['75 001', false],
      ['7500A', false],
      ['', false],
    ])('%j → %s', (code, expected) => {
      expect(isValidPostalCode(code, country)).toBe(expected);
    });
  });

  it.each([
    ['1000', 'BE', true],
    ['10115', 'DE', true],
    ['SW1A 1AA', 'GB', true],
    ['1012 AB', 'NL', true],
    ['L-1234', 'LU', true],
    ['98000', 'MC', true],
    ['H3Z 2Y7', 'ca', true],
    ['D02 X285', 'IE', true],
    ['1', 'BE', false], // 2 characters at least
    ['12345678901', 'US', false], // 10 at most
    ['--', 'DE', false], // a letter or a digit is needed
    ['1000#', 'BE', false],
    ['', 'DE', false],
    ['75001', 'France', false], // country must be ISO 3166 alpha-2
    ['75001', '', false],
  ])('%j in %s → %s', (code, country, expected) => {
    expect(isValidPostalCode(code, country)).toBe(expected);
  });
});
