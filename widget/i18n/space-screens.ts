import { lazyImport } from '../../machines/lazy-import.ts';
import { translator } from '../../machines/messages/translator.ts';
import { type SpaceScreensKey, spaceScreensFr } from './space-screens-fr.ts';

export type { SpaceScreensKey };

/**
 * The texts of the client space's screens that come with its machine part
 * (space-screens-fr.ts): English fetched when English is used.
 */
export const spaceScreensTexts = translator<SpaceScreensKey>({
  fr: spaceScreensFr,
  en: () =>
    lazyImport('widget/i18n/space-screens-en.ts', () => import('./space-screens-en.ts')).then(
      (module) => module.spaceScreensEn,
    ),
});

/** The text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const spaceScreensText = spaceScreensTexts.text;

/** The text cut at its placeholders, each replaced by a value (e.g. the e-mail in bold). */
export const spaceScreensTextParts = spaceScreensTexts.parts;
