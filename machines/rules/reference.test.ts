import { describe, expect, it } from 'vitest';
import { findOrderReferences, formatOrderReference, isOrderReference } from './reference.ts';

describe('formatOrderReference', () => {
  it.each([
    [0, 'BD00000000000'],
    [1, 'BD00000000018'],
    [42, 'BD00000000422'],
    [1_734_971_738, 'BD17349717383'], // the seed's BD1734971738, with its check digit
    [1_764_971_234, 'BD17649712340'],
    [9_999_999_999, 'BD99999999990'],
  ])('%d → %s', (sequence, expected) => {
    const reference = formatOrderReference(sequence);
    expect(reference).toBe(expected);
    expect(reference).toMatch(/^BD\d{11}$/);
    expect(isOrderReference(reference)).toBe(true);
  });

  it.each([-1, 1.5, 10_000_000_000, Number.NaN])('%d throws', (sequence) => {
    expect(() => formatOrderReference(sequence)).toThrow(RangeError);
  });
});

describe('isOrderReference', () => {
  it.each([
    ['BD17649712340', true],
    ['bd17649712340', true],
    [' BD 1764 9712 340 ', true],
    ['Bd\u00A017649712340', true],
    ['BD17649712341', false], // wrong check digit
    ['BD17649712345', false],
    ['BD17649721340', false], // adjacent digits swapped
    ['BD1734971738', false], // the seed's format: no check digit
    ['BD176497123400', false], // 12 digits
    ['DB17649712340', false],
    ['17649712340', false],
    ['BD-17649712340', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isOrderReference(input)).toBe(expected);
  });
});

describe('findOrderReferences', () => {
  it.each([
    ['VIR SEPA BD 17649712340 MAIRIE', ['BD17649712340']],
    ['VIR SEPA BD17649712340 MAIRIE', ['BD17649712340']],
    ['vir sepa bd 17649712340 mairie de moliere', ['BD17649712340']],
    ['PRLV/REF:BD17649712340/COMMUNE', ['BD17649712340']],
    ['VIRBD17649712340', ['BD17649712340']],
    ['VIR SEPA BD 17649712345 MAIRIE', []], // check digit wrong: a typo
    ['VIR SEPA BD 17649721340 MAIRIE', []], // two digits swapped
    ['BD 176497123400', []], // part of a longer number
    ['BD1734971738 REGLEMENT', []], // seed format without check digit
    ['FACTURES BD00000000018 ET BD 00000000422', ['BD00000000018', 'BD00000000422']],
    ['BD00000000018 BD00000000018 RAPPEL', ['BD00000000018']], // duplicates collapsed
    ['BD00000000019 ET BD00000000422', ['BD00000000422']], // only the valid one
    ['MAIRIE DE MOLIERE-SUR-SEINE MANDAT 2024-118', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(findOrderReferences(text)).toEqual(expected);
  });
});
