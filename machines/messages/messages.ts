import { fr, type MessageKey } from './fr.ts';
import type { Locale } from './locales.ts';
import { fill, translator } from './translator.ts';

export type { MessageKey };

/**
 * The machines' messages (validation, statuses, problems): French in the bundle, English
 * fetched when English is used (the server, through index.ts, has both at once).
 */
export const messages = translator<MessageKey>({
  fr,
  en: () => import('./en.ts').then((module) => module.en),
});

export const isMessageKey = messages.has;

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
  return isMessageKey(key) ? messages.text(locale, key, params) : fill(key, params);
}
