import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newPasswordSchema } from './auth.ts';
import { paymentReceivedSchema, personSchema } from './dossier.ts';
import { customerSchema, orderRequestSchema } from './purchase.ts';
import {
  documentName,
  isDocumentName,
  isSafeText,
  optionalText,
  requiredText,
  withoutUnsafeCharacters,
} from './text.ts';

const messages = (schema: v.GenericSchema, input: unknown) =>
  (v.safeParse(schema, input).issues ?? []).map((issue) => issue.message);

describe('safe text: what Postgres text and jsonb can hold', () => {
  it.each([
    ['NUL', 'Mairie\u0000de Paris'],
    ['NUL alone', '\u0000'],
    ['lone high surrogate', 'abc\ud800'],
    ['lone low surrogate', '\udc00abc'],
    ['reversed pair', '\ude00\ud83d'],
  ])('refuses %s', (_name, text) => {
    expect(isSafeText(text)).toBe(false);
    expect(messages(requiredText(100), text)).toEqual(['validation.text_characters']);
    expect(messages(optionalText(100), text)).toEqual(['validation.text_characters']);
  });

  it.each([
    ['accents', 'Élodie Müller-SSørensen'],
    ['emoji (a surrogate pair)', 'Mairie 😀'],
    ['CJK', '東京都'],
    ['tab and newline', 'a\tb\nc'],
  ])('accepts %s', (_name, text) => {
    expect(isSafeText(text)).toBe(true);
    expect(v.safeParse(requiredText(100), text).success).toBe(true);
  });

  it('can be stripped from text that is kept but not judged (a file name)', () => {
    expect(withoutUnsafeCharacters('cni\u0000\ud800\n recto 😀.pdf')).toBe('cni recto 😀.pdf');
  });

  it('is the first issue of a field, before length and emptiness', () => {
    expect(messages(requiredText(3), '\u0000\u0000\u0000\u0000')).toEqual([
      'validation.text_characters',
    ]);
  });
});

describe('names as on an identity document', () => {
  it.each([
    ['right-to-left override', 'Jean\u202eluaP'],
    ['left-to-right embedding', '\u202aJean'],
    ['isolate', 'Jean\u2066x\u2069'],
    ['right-to-left mark', 'Jean\u200f'],
    ['Arabic letter mark', 'Jean\u061c'],
    ['escape', 'Jean\u001b[31m'],
    ['inner newline', 'Jean\nPaul'],
    ['DEL', 'Jean\u007f'],
    ['C1 control', 'Jean\u0085'],
  ])('refuses a %s', (_name, name) => {
    expect(isDocumentName(name)).toBe(false);
    expect(messages(documentName(100), name)).toEqual(['validation.name_characters']);
  });

  it('accepts names with accents, apostrophes, hyphens and spaces, trimmed', () => {
    expect(v.parse(documentName(100), '  Jean-Baptiste d’Artagnan Ñúñez ')).toBe(
      'Jean-Baptiste d’Artagnan Ñúñez',
    );
  });

  it('reports NUL as unsafe text rather than as a name issue', () => {
    expect(messages(documentName(100), 'Jean\u0000')).toEqual(['validation.text_characters']);
  });
});

describe('every string schema applies the rule', () => {
  const person = {
    civility: 'MR',
    firstName: 'Jean',
    lastName: 'Dupont',
    email: 'jean.dupont@example.fr',
    mobile: '06 12 34 56 78',
    function: 'Maire',
  };

  it('in the dossier: names of the mandataire and bénéficiaire, free text', () => {
    expect(v.safeParse(personSchema, person).success).toBe(true);
    const issue = (input: object) =>
      v.safeParse(personSchema, input).issues?.map((i) => [v.getDotPath(i), i.message]);
    expect(issue({ ...person, lastName: 'Du\u202epont' })).toEqual([
      ['lastName', 'validation.name_characters'],
    ]);
    expect(issue({ ...person, function: 'Maire\u0000' })).toEqual([
      ['function', 'validation.text_characters'],
    ]);
    expect(messages(paymentReceivedSchema, { amount: 100, chequeNumber: '123\u00004567' })).toEqual(
      ['validation.text_characters'],
    );
  });

  it('in the purchase: customer fields and the e-mail confirmation', () => {
    const paths = (input: unknown) =>
      (v.safeParse(customerSchema, input).issues ?? [])
        .filter((i) => i.message === 'validation.text_characters')
        .map((i) => v.getDotPath(i));
    expect(
      paths({
        civility: 'MR',
        firstName: 'Jean\ud800',
        lastName: 'Dupont',
        email: 'a@b.fr',
        emailConfirmation: 'a@b.fr\u0000',
        phone: '0612345678',
        companyName: 'X',
        siret: '81234567600017',
        address: '1 rue\u0000',
        postalCode: '75001',
        city: 'Paris',
      }),
    ).toEqual(['firstName', 'emailConfirmation', 'address']);
    expect(messages(orderRequestSchema.entries.cgvVersion, '2026\u0000')).toEqual([
      'validation.text_characters',
    ]);
  });

  it('in a new password', () => {
    expect(messages(newPasswordSchema, 'correct horse\ud800')).toEqual([
      'validation.text_characters',
    ]);
  });
});
