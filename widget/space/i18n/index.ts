import type { Locale } from '../../../machines/messages/index.ts';
import { en } from './en.ts';
import { fr, type SpaceKey } from './fr.ts';

export type { SpaceKey };

const tables: Record<Locale, Record<SpaceKey, string>> = { fr, en };

/** The client space's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export function st(
  locale: Locale,
  key: SpaceKey,
  params: Record<string, string | number> = {},
): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

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

/**
 * The text for `key` cut at its `{name}` placeholders, each replaced by `values[name]` (which
 * may be a template): for texts whose parts are styled, e.g. the e-mail in bold.
 */
export function stParts<T>(
  locale: Locale,
  key: SpaceKey,
  values: Record<string, T | string>,
): (T | string)[] {
  return tables[locale][key]
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? (values[name] as T | string) : part;
    });
}
