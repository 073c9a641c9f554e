import { expect } from '@open-wc/testing';
import './all-languages.ts';
import { backofficeText } from './backoffice.ts';
import { uiText } from './element.ts';
import { countKey } from './plural.ts';

/** Real plurals (issue 17): "1 champ", "2 champs", "1 an", never "champ(s)" or "an(s)". */
describe('counted texts', () => {
  it('picks the singular for 0 and 1 in French, for 1 only in English', () => {
    expect(countKey('fr', 0, 'form.errors')).to.equal('form.errors.one');
    expect(countKey('fr', 1, 'form.errors')).to.equal('form.errors.one');
    expect(countKey('fr', 2, 'form.errors')).to.equal('form.errors');
    expect(countKey('en', 0, 'form.errors')).to.equal('form.errors');
    expect(countKey('en', 1, 'form.errors')).to.equal('form.errors.one');
  });

  it('says 1 champ, 2 champs, 1 an, 3 ans', () => {
    const say = (n: number) => uiText('fr', countKey('fr', n, 'form.errors'), { n, first: '' });
    expect(say(1)).to.equal('1 champ à corriger. ');
    expect(say(2)).to.equal('2 champs à corriger. ');
    const years = (n: number) =>
      backofficeText('fr', countKey('fr', n, 'field.notBeforeHelp'), { years: n });
    expect(years(1)).to.equal('Le certificat expire 1 an plus tard.');
    expect(years(3)).to.equal('Le certificat expire 3 ans plus tard.');
  });

  it('leaves no "(s)" in any table', async () => {
    const tables = await Promise.all([
      import('./element-fr.ts').then((m) => m.elementFr as Record<string, string>),
      import('./element-en.ts').then((m) => m.elementEn as Record<string, string>),
      import('./space-fr.ts').then((m) => Object.values(m)[0] as Record<string, string>),
      import('./space-en.ts').then((m) => Object.values(m)[0] as Record<string, string>),
      import('./backoffice-fr.ts').then((m) => Object.values(m)[0] as Record<string, string>),
      import('./backoffice-en.ts').then((m) => Object.values(m)[0] as Record<string, string>),
      import('./dossier-fr.ts').then((m) => Object.values(m)[0] as Record<string, string>),
      import('./dossier-en.ts').then((m) => Object.values(m)[0] as Record<string, string>),
    ]);
    for (const table of tables) {
      expect(Object.values(table).filter((text) => text.includes('(s)'))).to.deep.equal([]);
    }
  });
});
