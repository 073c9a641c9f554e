import { describe, expect, it } from 'vitest';
import {
  formatIban,
  isValidBic,
  isValidIban,
  isValidRib,
  ribFromFrenchIban,
  ribKey,
} from './bank.ts';

/** The seed's payee (DOCAPOSTE CERTINOMIS, Société Générale), see shared/DOMAIN.md. */
const PAYEE = {
  iban: 'FR76 3000 3036 4000 0205 0842 442',
  rib: { bank: '30003', branch: '03640', account: '00020508424', key: '42' },
  bic: 'SOGEFRPP',
};

describe('ribKey', () => {
  it.each([
    [PAYEE.rib.bank, PAYEE.rib.branch, PAYEE.rib.account, '42'],
    ['20041', '01005', '0500013M026', '06'], // letter M → 4 in the account
    ['20041', '01005', '0500013m026', '06'], // case-insensitive
    ['11222', '00001', '01234567890', '30'], // Monaco example (MC58…)
  ])('%s %s %s → %s', (bank, branch, account, key) => {
    expect(ribKey(bank, branch, account)).toBe(key);
  });

  it.each([
    ['3000', '03640', '00020508424'],
    ['30003', '0364A', '00020508424'],
    ['30003', '03640', '0002050842'],
    ['30003', '03640', '00020508424-'],
  ])('%s %s %s throws', (bank, branch, account) => {
    expect(() => ribKey(bank, branch, account)).toThrow(RangeError);
  });
});

describe('isValidRib', () => {
  it.each([
    [PAYEE.rib, true],
    [{ bank: '20041', branch: '01005', account: '0500013M026', key: '06' }, true],
    [{ ...PAYEE.rib, key: '43' }, false],
    [{ ...PAYEE.rib, key: '4' }, false],
    [{ ...PAYEE.rib, account: '00020508425' }, false],
    [{ ...PAYEE.rib, account: '00020580424' }, false], // two digits swapped
    [{ ...PAYEE.rib, branch: '03641' }, false],
    [{ ...PAYEE.rib, bank: '30004' }, false],
    [{ ...PAYEE.rib, bank: '3000' }, false],
  ])('%o → %s', (rib, expected) => {
    expect(isValidRib(rib)).toBe(expected);
  });
});

describe('isValidIban', () => {
  it.each([
    [PAYEE.iban, 'payee'],
    ['FR7630003036400002050842442', 'payee, compact'],
    ['fr76 3000 3036 4000 0205 0842 442', 'payee, lowercase'],
    [' FR76\u00A03000 3036 4000 0205 0842 442 ', 'payee, other spaces'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR with a letter in the account'],
    ['DE89 3704 0044 0532 0130 00', 'DE'],
    ['BE68 5390 0754 7034', 'BE'],
    ['ES91 2100 0418 4502 0005 1332', 'ES'],
    ['IT60 X054 2811 1010 0000 0123 456', 'IT'],
    ['LU28 0019 4006 4475 0000', 'LU'],
    ['MC58 1122 2000 0101 2345 6789 030', 'MC'],
    ['NL91 ABNA 0417 1643 00', 'NL'],
    ['CH93 0076 2011 6238 5295 7', 'CH'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB'],
    ['NO93 8601 1117 947', 'NO (shortest)'],
    ['MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MT'],
  ])('%s is valid (%s)', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ['FR76 3000 3036 4000 0205 0842 443', 'payee, last digit changed'],
    ['FR76 3000 3036 4000 0205 0842 424', 'payee, last two digits swapped'],
    ['FR76 3000 3036 4000 0205 8042 442', 'payee, account digits swapped'],
    ['FR77 3000 3036 4000 0205 0842 442', 'payee, check digits changed'],
    ['FR76 3000 3036 4000 0205 0842 44', 'payee, one character short'],
    ['FR76 3000 3036 4000 0205 0842 4420', 'payee, one character too many'],
    ['DE76 3000 3036 4000 0205 0842 442', 'payee digits under another country'],
    ['FR49 3000 3036 4000 0205 0842 443', 'mod 97 right but RIB key wrong'],
    ['DE89 3704 0044 0532 0130 01', 'DE altered'],
    ['GB29 NWBK 6016 1331 9268 18', 'GB altered'],
    ['XX76 3000 3036 4000 0205 0842 442', 'unknown country'],
    ['FR7630003036400002050842442!', 'punctuation'],
    ['7630003036400002050842442', 'no country'],
    ['', 'empty'],
  ])('%s is invalid (%s)', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});

describe('ribFromFrenchIban', () => {
  it.each([
    [PAYEE.iban, PAYEE.rib],
    [
      'fr1420041010050500013m02606',
      { bank: '20041', branch: '01005', account: '0500013M026', key: '06' },
    ],
  ])('%s → %o', (iban, rib) => {
    expect(ribFromFrenchIban(iban)).toEqual(rib);
    expect(isValidRib(rib)).toBe(true);
  });

  it.each([
    'FR76 3000 3036 4000 0205 0842 443',
    'MC58 1122 2000 0101 2345 6789 030',
    'DE89 3704 0044 0532 0130 00',
    '',
  ])('%s → null', (iban) => {
    expect(ribFromFrenchIban(iban)).toBeNull();
  });
});

describe('isValidBic', () => {
  it.each([
    [PAYEE.bic, true],
    ['SOGEFRPPXXX', true],
    ['sogefrpp', true],
    [' SOGEFRPP ', true],
    ['BNPAFRPPIFN', true],
    ['DEUTDEFF500', true],
    ['SOGEFRP', false], // 7 characters
    ['SOGEFRPPX', false], // 9
    ['SOGEFRPPXX', false], // 10
    ['SOGEFRPPXXXX', false], // 12
    ['SOG3FRPP', false], // bank code is letters
    ['SOGE1RPP', false], // country code is letters
    ['SOGE FRPP', false],
    ['', false],
  ])('%j → %s', (bic, expected) => {
    expect(isValidBic(bic)).toBe(expected);
  });
});

describe('formatIban', () => {
  it.each([
    ['FR7630003036400002050842442', 'FR76 3000 3036 4000 0205 0842 442'],
    [PAYEE.iban, 'FR76 3000 3036 4000 0205 0842 442'],
    ['de89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    ['BE68 539007547034', 'BE68 5390 0754 7034'],
    ['', ''],
  ])('%j → %j', (iban, expected) => {
    expect(formatIban(iban)).toBe(expected);
  });
});
