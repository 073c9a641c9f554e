import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { negotiateLocale, translate } from './index.ts';

describe('translate', () => {
  it('fills placeholders in the chosen locale', () => {
    expect(translate('fr', 'problem.not_found.detail', { path: '/v1/x' })).toBe(
      'Aucune ressource ne correspond à /v1/x.',
    );
    expect(translate('en', 'problem.not_found.detail', { path: '/v1/x' })).toBe(
      'Nothing matches /v1/x.',
    );
  });

  it('returns an unknown key unchanged', () => {
    expect(translate('en', 'a literal message')).toBe('a literal message');
  });

  it('has the same keys in both locales, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const value of [...Object.values(fr), ...Object.values(en)])
      expect(value.trim()).not.toBe('');
  });
});

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'fr'],
    ['de,en;q=0.5,fr;q=0.8', 'fr'],
    ['de,en;q=0.9,fr;q=0.1', 'en'],
    ['fr-CA', 'fr'],
    ['en;q=0,fr;q=0.1', 'fr'],
    ['*', 'fr'],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
