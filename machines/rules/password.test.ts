import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './password.ts';

describe('isCommonPassword', () => {
  it.each([
    ['password', true],
    ['Password123', true],
    ['azertyuiop', true],
    ['motdepasse', true],
    ['aaaaaaaaaaaa', true],
    ['12345678', true],
    ['3456789012', true],
    ['correct horse battery staple', false],
    ['Théâtre-du-Palais-Royal-1680', false],
    ['jb7!kq2#Lm', false],
  ])('%s → %s', (password, expected) => {
    expect(isCommonPassword(password)).toBe(expected);
  });

  it('refuses the e-mail address or its local part', () => {
    expect(isCommonPassword('jb.poquelin@moliere.fr', 'jb.poquelin@moliere.fr')).toBe(true);
    expect(isCommonPassword('JB.Poquelin', 'jb.poquelin@moliere.fr')).toBe(true);
    expect(isCommonPassword('poquelin-1622-molière', 'jb.poquelin@moliere.fr')).toBe(false);
  });
});
