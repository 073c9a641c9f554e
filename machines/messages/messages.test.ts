import { describe, expect, it } from 'vitest';
import { accountFr } from './account-fr.ts';
import { dossierFr } from './dossier-fr.ts';
import { en } from './en.ts';
import { fieldsFr } from './fields-fr.ts';
import { fr } from './fr.ts';
import { negotiateLocale, translate } from './index.ts';
import { problemsEn } from './problems-en.ts';
import { problemsFr } from './problems-fr.ts';
import { purchaseFr } from './purchase-fr.ts';
import { serverFr } from './server-fr.ts';

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
    expect(Object.keys(problemsEn).sort()).toEqual(Object.keys(problemsFr).sort());
    for (const value of [fr, en, problemsFr, problemsEn].flatMap((table) => Object.values(table)))
      expect(value.trim()).not.toBe('');
  });

  it('holds each key in one family', () => {
    const families = [fieldsFr, accountFr, purchaseFr, dossierFr, serverFr];
    const keys = families.flatMap((table) => Object.keys(table));
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys)).toEqual(new Set(Object.keys(fr)));
  });

  it('keeps the API’s problem texts apart from the element’s table, one home each', () => {
    expect(Object.keys(problemsFr).filter((key) => Object.hasOwn(fr, key))).toEqual([]);
    // The element's tables (its bundle) hold the few problems it shows itself, no others.
    expect(Object.keys(fr).filter((key) => key.startsWith('problem.'))).toEqual([
      'problem.file_too_large.detail',
      'problem.file_type.detail',
    ]);
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
