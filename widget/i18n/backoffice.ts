import type { Locale } from '../../machines/messages/index.ts';
import { backofficeEn } from './backoffice-en.ts';
import { type BackofficeKey, backofficeFr } from './backoffice-fr.ts';

export type { BackofficeKey };

const tables: Record<Locale, Record<BackofficeKey, string>> = {
  fr: backofficeFr,
  en: backofficeEn,
};

/** The back office's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export function bt(
  locale: Locale,
  key: BackofficeKey,
  params: Record<string, string | number> = {},
): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isBackofficeKey(key: string): key is BackofficeKey {
  return Object.hasOwn(backofficeFr, key);
}

/** An attribute value as a supported locale (fr by default). */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

const PARIS = 'Europe/Paris';
const tag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** `23/12/2024` (both locales: DD/MM/YYYY), in Paris time; the text itself when not a date. */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(tag(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: PARIS,
  });
}

/** `14:05`, in Paris time (where CERTINOMIS works). */
export function formatClock(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString(tag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: PARIS,
  });
}

/** `23/12/2024 à 14:05`. */
export function formatDateTime(iso: string, locale: Locale): string {
  return bt(locale, 'value.dateTime', {
    date: formatDay(iso, locale),
    time: formatClock(iso, locale),
  });
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
