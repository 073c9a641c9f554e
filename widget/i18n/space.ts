import type { Locale } from '../../machines/messages/locales.ts';
import { translator } from '../../machines/messages/translator.ts';
import { type SpaceKey, spaceFr } from './space-fr.ts';

export type { SpaceKey };

/** The client space's texts (`mode="space"`): English fetched when English is used. */
export const spaceTexts = translator<SpaceKey>({
  fr: spaceFr,
  en: () => import('./space-en.ts').then((module) => module.spaceEn),
});

/** The client space's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const spaceText = spaceTexts.text;

/** The text cut at its placeholders, each replaced by a value (e.g. the e-mail in bold). */
export const spaceTextParts = spaceTexts.parts;

const dates = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO date-time as DD/MM/YYYY in Europe/Paris (en: en-GB, like the amounts). */
export function formatDate(iso: string, locale: Locale): string {
  let format = dates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'Europe/Paris',
    });
    dates.set(locale, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A time of day (the wait screen's link expiry), in the buyer's own time zone. */
export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
