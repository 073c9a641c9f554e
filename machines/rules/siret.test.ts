import { describe, expect, it } from 'vitest';
import {
  intraEuVatNumber,
  isValidSiren,
  isValidSiret,
  luhnValid,
  normalizeDigits,
  sirenOf,
  siretProblem,
} from './siret.ts';

/** Rows copied from shared/fixtures/companies.json (organisations and checksum_cases). */
const fixtureOrganisations = [
  ['21750999100014', '217509991', 'COMMUNE DE MOLIERE-SUR-SEINE'],
  ['23750999700019', '237509997', 'REGION ILE-DES-COMEDIENS'],
  ['21130999200017', '211309992', 'COMMUNE DE SCAPIN'],
  ['81234567600017', '812345676', 'MOLIERE COMPAGNIE'],
  ['81234567600025', '812345676', 'MOLIERE COMPAGNIE - ETABLISSEMENT DE LYON'],
  ['52345678800018', '523456788', 'THEATRE DU PALAIS ROYAL'],
  ['48765432900019', '487654329', 'ANCIENNE TROUPE DU MARAIS'],
  ['35600000010000', '356000000', 'LA POSTE - AGENCE DE DEMONSTRATION'],
] as const;
const validButUnregistered = ['81234567600033'];
const invalidChecksum = ['12345678900001', '81234567600018'];
const malformed = ['1234', '8123456760001A', '812345676000170'];
const acceptedAfterRemovingSpaces = [['812 345 676 00017', '81234567600017']] as const;

describe('normalizeDigits', () => {
  it.each([
    ['812 345 676 00017', '81234567600017'],
    ['812\u00A0345\u00A0676\u00A000017', '81234567600017'],
    ['812\u202F345\u202F676\u202F00017', '81234567600017'],
    ['812.345.676-00017', '81234567600017'],
    ['8123456760001A', '8123456760001A'],
    ['812_345/676', '812_345/676'],
    ['812\t345', '812\t345'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDigits(input)).toBe(expected);
  });
});

describe('luhnValid', () => {
  it.each([
    ['0', true],
    ['18', true],
    ['79927398713', true],
    ['79927398710', false],
    ['732829320', true],
    ['732829321', false],
    ['', false],
    ['12a4', false],
  ])('%j → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('isValidSiren', () => {
  it.each<[string, boolean]>([
    ...fixtureOrganisations.map(([, siren]): [string, boolean] => [siren, true]),
    ['732 829 320', true],
    ['552120222', true],
    ['552120223', false],
    ['12345678', false],
    ['1234567890', false],
    ['', false],
  ])('%j → %s', (siren, expected) => {
    expect(isValidSiren(siren)).toBe(expected);
  });
});

describe('isValidSiret', () => {
  describe.each(fixtureOrganisations)('fixture organisation %s (%s, %s)', (siret, siren) => {
    it('is valid', () => {
      expect(isValidSiret(siret)).toBe(true);
    });
    it('has its SIREN as first 9 digits', () => {
      expect(sirenOf(siret)).toBe(siren);
    });
  });

  it.each(validButUnregistered)('checksum case valid_but_unregistered %s is valid', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });
  it.each(invalidChecksum)('checksum case invalid_checksum %s is invalid', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });
  it.each(malformed)('checksum case malformed %s is invalid', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });
  it.each(acceptedAfterRemovingSpaces)('%j is accepted as %s', (input, siret) => {
    expect(isValidSiret(input)).toBe(true);
    expect(normalizeDigits(input)).toBe(siret);
  });

  it.each([
    // La Poste: digit sum multiple of 5 instead of Luhn.
    ['35600000010000', true, 'digit sum 15, fails Luhn'],
    ['35600000000024', true, 'digit sum 20, fails Luhn'],
    ['35600000010001', false, 'digit sum 16'],
    ['35600000000014', false, 'passes Luhn but digit sum 19'],
    // Head office: Luhn only (its digit sum, 26, is not a multiple of 5).
    ['35600000000048', true, 'head office, Luhn'],
    ['356 000 000 00048', true, 'head office with spaces'],
    // Prefix 356000010 is not La Poste's: ordinary Luhn.
    ['35600001000013', true, 'Luhn'],
    ['35600001000014', false, 'digit sum 20 is not enough outside La Poste'],
  ])('La Poste rule: %s → %s (%s)', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });
});

describe('siretProblem', () => {
  it.each<[string, ReturnType<typeof siretProblem>]>([
    ['', 'required'],
    ['   ', 'required'],
    ['\u00A0', 'required'],
    ...malformed.map((siret): [string, 'format'] => [siret, 'format']),
    ['812 345 676 0001', 'format'],
    ['81234567600017/', 'format'],
    ...invalidChecksum.map((siret): [string, 'checksum'] => [siret, 'checksum']),
    ...fixtureOrganisations.map(([siret]): [string, null] => [siret, null]),
    ...validButUnregistered.map((siret): [string, null] => [siret, null]),
    [' 812 345 676 00017 ', null],
    ['812.345.676-00017', null],
  ])('%j → %s', (input, expected) => {
    expect(siretProblem(input)).toBe(expected);
  });
});

describe('sirenOf', () => {
  it.each([
    ['81234567600025', '812345676'],
    ['812 345 676 00017', '812345676'],
  ])('%j → %s', (siret, siren) => {
    expect(sirenOf(siret)).toBe(siren);
  });
});

describe('intraEuVatNumber', () => {
  it.each([
    // Published numbers: La Poste, Société Générale.
    ['356000000', 'FR39356000000'],
    ['552120222', 'FR27552120222'],
    ['552 120 222', 'FR27552120222'],
    // Key below 10 is zero-padded: 12 + 3 × (n mod 97) ≡ 0 mod 97 for n mod 97 = 93.
    ['000000093', 'FR00000000093'],
    ['000000001', 'FR15000000001'],
    // Fixture organisations.
    ['217509991', 'FR24217509991'],
    ['812345676', 'FR19812345676'],
  ])('%s → %s', (siren, expected) => {
    expect(intraEuVatNumber(siren)).toBe(expected);
  });

  it.each(['', '12345678', '1234567890', '81234567A'])('%j throws', (siren) => {
    expect(() => intraEuVatNumber(siren)).toThrow(RangeError);
  });
});
