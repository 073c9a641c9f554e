import { describe, expect, it } from 'vitest';
import { isEmail, normalizeEmail } from './email.ts';

describe('normalizeEmail', () => {
  it.each([
    ['  Jean.Dupont@Mairie-Moliere.FR ', 'jean.dupont@mairie-moliere.fr'],
    ['a@b.fr', 'a@b.fr'],
    ['\tContact@Example.com\n', 'contact@example.com'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('isEmail', () => {
  const local64 = 'a'.repeat(64);
  const label63 = 'b'.repeat(63);
  // 64 + 1 + 63 + 1 + 63 + 1 + 58 + 3 = 254
  const longest = `${local64}@${label63}.${label63}.${'c'.repeat(58)}.fr`;

  it.each([
    ['jean.dupont@mairie-moliere.fr', true],
    ['Jean.Dupont@Mairie-Moliere.FR', true],
    [' jean@example.com ', true], // trimmed
    ['jean+certinomis@example.com', true],
    ["o'brien@example.ie", true],
    ['x@sub.domain.example.co.uk', true],
    ['a1@b2.fr', true],
    ['user@xn--mairie-molire-gfb.fr', true], // punycode label
    ['user@example.xn--p1ai', true], // punycode TLD
    [`${local64}@example.com`, true],
    [`user@${label63}.com`, true],
    [longest, true],
    ['', false],
    ['jean.dupont', false],
    ['@example.com', false],
    ['jean@', false],
    ['jean@example', false], // domain needs a dot
    ['jean@example.', false],
    ['jean@.example.com', false],
    ['jean@example..com', false],
    ['jean@-example.com', false], // label starts with a dash
    ['jean@example-.com', false], // label ends with a dash
    ['jean@example.c', false], // TLD too short
    ['jean@example.123', false], // numeric TLD
    ['jean dupont@example.com', false],
    ['jean@exa mple.com', false],
    ['jean@@example.com', false],
    ['jean@dupont@example.com', false],
    ['.jean@example.com', false],
    ['jean.@example.com', false],
    ['jean..dupont@example.com', false],
    ['jean(dupont)@example.com', false],
    ['jean@exam_ple.com', false],
    [`${local64}a@example.com`, false], // local part over 64
    [`user@${label63}b.com`, false], // label over 63
    [`${longest}r`, false], // over 254 (TLD 3 letters)
    ['élodie@example.fr', false], // non-ASCII local part is not accepted
  ])('%j → %s', (input, expected) => {
    expect(isEmail(input)).toBe(expected);
  });

  it('the longest accepted address is 254 characters', () => {
    expect(longest).toHaveLength(254);
  });
});
