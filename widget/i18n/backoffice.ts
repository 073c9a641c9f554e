import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { translator } from '../../machines/messages/translator.ts';
import { backofficeEn } from './backoffice-en.ts';
import { type BackofficeKey, backofficeFr } from './backoffice-fr.ts';

export { toLocale } from '../../machines/messages/locales.ts';
export type { BackofficeKey };

/** The back office's texts: its own entry, with both languages in it. */
export const backofficeTexts = translator<BackofficeKey>({ fr: backofficeFr, en: backofficeEn });

/** The back office's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const backofficeText = backofficeTexts.text;

export const isBackofficeKey = backofficeTexts.has;

const tag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** `23/12/2024` (both locales: DD/MM/YYYY) in `zone`; the text itself when not a date. */
export function formatDay(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'day');
}

/** `14:05 (heure de Paris)`: in `zone`, saying which. */
export function formatClock(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'time');
}

/** `23/12/2024 à 14:05 (heure de la Guadeloupe)`. */
export function formatDateTime(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'dateTime');
}

/** A file size: `850 o`, `12,4 Ko`, `2,1 Mo` (en: B, KB, MB). */
export function formatSize(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: unit ? 1 : 0 });
  return `${number.format(value)} ${units[unit]}`;
}
