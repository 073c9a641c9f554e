import { lazyImport } from '../../machines/lazy-import.ts';
import { translator } from '../../machines/messages/translator.ts';
import { type ShellKey, shellFr } from './shell-fr.ts';

export { toLocale } from '../../machines/messages/locales.ts';
export { languageReady, loadLanguage } from '../../machines/messages/translator.ts';
export type { ShellKey };

/**
 * The texts of the element's entry (the catalogue, its states, the brand bar): only these are
 * in the first script; the purchase's (element.ts) come with its chunk. English fetched when
 * English is used.
 */
export const shellTexts = translator<ShellKey>({
  fr: shellFr,
  en: () =>
    lazyImport('widget/i18n/shell-en.ts', () => import('./shell-en.ts')).then(
      (module) => module.shellEn,
    ),
});

/** The entry's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const shellText = shellTexts.text;
