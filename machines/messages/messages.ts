import { lazyImport } from '../lazy-import.ts';
import { fieldsFr } from './fields-fr.ts';
import type { MessageKey } from './fr.ts';
import type { Locale } from './locales.ts';
import { fill, type Table, type TableSource, type Translator, translator } from './translator.ts';

export type { MessageKey };

/** Every family of messages known so far (each registered once, by its module). */
const families: Translator<MessageKey>[] = [];
/** Tables given whole (`provideMessages`): every family, even one registered later, reads them. */
const provided = new Map<Locale, Table<MessageKey>>();

/**
 * Registers one family of the machines' messages (fields, account, purchase, dossier, server:
 * machines/messages/<family>.ts): French in the bundle, English fetched when English is used.
 * A family's keys are known to `translate` and `isMessageKey` once its module is imported, and
 * every module that writes one of its keys imports it, so each part of the element carries the
 * texts of the keys it may show and no other (the client space's login, not the dossier's).
 */
export function messageFamily<K extends MessageKey>(
  tables: { fr: Table<K> } & { [L in Exclude<Locale, 'fr'>]: TableSource<K> },
): Translator<K> {
  const family = translator<K>(tables);
  for (const [locale, table] of provided) family.provide(locale, table);
  families.push(family as Translator<MessageKey>);
  return family;
}

/** Gives `locale`'s messages at once, every family's (a bundle that ships them anyway). */
export function provideMessages(locale: Locale, table: Table<MessageKey>): void {
  provided.set(locale, table);
  for (const family of families) family.provide(locale, table);
}

/** The field errors every schema may raise (fields-fr.ts): always there. */
export const fieldMessages = messageFamily({
  fr: fieldsFr,
  en: () =>
    lazyImport('machines/messages/fields-en.ts', () => import('./fields-en.ts')).then(
      (module) => module.fieldsEn,
    ),
});

const familyOf = (key: string) => families.find((family) => family.has(key));

/** Whether `key` is a message key of a family known so far. */
export const isMessageKey = (key: string): key is MessageKey => familyOf(key) !== undefined;

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from
 * `params`. A string that is not a known key is returned as is, so a schema
 * may also carry a literal message.
 */
export function translate(
  locale: Locale,
  key: MessageKey | string,
  params: Record<string, string | number> = {},
): string {
  const family = familyOf(key);
  return family ? family.text(locale, key as MessageKey, params) : fill(key, params);
}
