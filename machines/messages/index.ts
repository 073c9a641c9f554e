import './account.ts';
import './dossier.ts';
import './purchase.ts';
import './server.ts';
import { en } from './en.ts';
import type { Locale } from './locales.ts';
import {
  type MessageKey as ElementMessageKey,
  isMessageKey as isElementMessageKey,
  provideMessages,
  translate as translateElementMessage,
} from './messages.ts';
import { problemsEn } from './problems-en.ts';
import { type ProblemKey, problemsFr } from './problems-fr.ts';
import { fill, translator } from './translator.ts';

export { defaultLocale, type Locale, locales, negotiateLocale, toLocale } from './locales.ts';
export type { ProblemKey };

// The server and its tests: every family of messages (above), every language at once (the
// element imports messages.ts and the families its parts write, whose English is fetched when
// used, and never the API's own texts: server.ts, the problems below).
provideMessages('en', en);

/** The problem titles and details only the API writes (problems-fr.ts), both languages. */
export const problems = translator<ProblemKey>({ fr: problemsFr, en: problemsEn });

/** Every message key: the machines' (fr.ts's families) and the API's problems (problems-fr.ts). */
export type MessageKey = ElementMessageKey | ProblemKey;

export const isMessageKey = (key: string): key is MessageKey =>
  isElementMessageKey(key) || problems.has(key);

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params`. A string
 * that is not a known key is returned as is, so a schema may also carry a literal message.
 */
export function translate(
  locale: Locale,
  key: MessageKey | string,
  params: Record<string, string | number> = {},
): string {
  if (problems.has(key)) return problems.text(locale, key, params);
  return isElementMessageKey(key)
    ? translateElementMessage(locale, key, params)
    : fill(key, params);
}
