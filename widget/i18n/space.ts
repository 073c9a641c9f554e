import { lazyImport } from '../../machines/lazy-import.ts';
import { translator } from '../../machines/messages/translator.ts';
import { type SpaceKey, spaceFr } from './space-fr.ts';

export type { SpaceKey };

/** The client space's texts (`mode="space"`): English fetched when English is used. */
export const spaceTexts = translator<SpaceKey>({
  fr: spaceFr,
  en: () =>
    lazyImport('widget/i18n/space-en.ts', () => import('./space-en.ts')).then(
      (module) => module.spaceEn,
    ),
});

/** The client space's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const spaceText = spaceTexts.text;

/** The text cut at its placeholders, each replaced by a value (e.g. the e-mail in bold). */
export const spaceTextParts = spaceTexts.parts;
