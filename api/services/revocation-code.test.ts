import { describe, expect, it } from 'vitest';
import {
  hashRevocationCode,
  normaliseRevocationCode,
  randomRevocationCode,
} from './revocation-code.ts';

describe('revocation codes', () => {
  it('are 20 base-32 characters in groups of four, never the same twice', () => {
    const codes = new Set(Array.from({ length: 200 }, randomRevocationCode));
    expect(codes.size).toBe(200);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('forgive case, spaces, dashes and look-alike letters, and refuse anything else', async () => {
    const code = randomRevocationCode();
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')} `;
    expect(normaliseRevocationCode(typed)).toBe(code.replaceAll('-', ''));
    expect(await hashRevocationCode(typed)).toBe(await hashRevocationCode(code));
    expect(normaliseRevocationCode('ABCD')).toBeNull();
    expect(normaliseRevocationCode('UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});
