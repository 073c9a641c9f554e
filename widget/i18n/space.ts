import { lazyImport } from '../../machines/lazy-import.ts';
import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/locales.ts';
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

/** An ISO date-time as DD/MM/YYYY in `zone` (the organisation's; en: en-GB, like the amounts). */
export function formatDate(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'day');
}

/** A time of day, saying its zone: `14:05 (heure de Paris)`. */
export function formatTime(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'time');
}
