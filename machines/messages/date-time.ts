/**
 * The one way both sides show a date or a time: in the organisation's time zone
 * (`machines/rules/time-zone.ts`), a time always followed by the zone's name
 * ("14:05 (heure de Paris)", "14:05 (Réunion time)"). Dates are DD/MM/YYYY in both languages
 * (the seed's), or spelled out (`long`: "1 décembre 2026").
 */
import { DEFAULT_TIME_ZONE, isTimeZone, type TimeZone } from '../rules/time-zone.ts';
import type { Locale } from './locales.ts';
import { timeEn } from './time-en.ts';
import { type TimeKey, timeFr } from './time-fr.ts';
import { translator } from './translator.ts';

/** Its few texts, both languages at once (an e-mail or a screen may need either, at once). */
const texts = translator<TimeKey>({ fr: timeFr, en: timeEn });
const translate = texts.text;

export type DateTimeStyle =
  /** `23/12/2024` */
  | 'day'
  /** `23 décembre 2024` */
  | 'longDay'
  /** `14:05 (heure de Paris)` */
  | 'time'
  /** `23/12/2024 à 14:05 (heure de Paris)` */
  | 'dateTime'
  /** `23 décembre 2024 à 14:05 (heure de Paris)` */
  | 'longDateTime'
  /** `lundi 23 décembre 2024 à 14:05 (heure de Paris)` */
  | 'fullDateTime';

const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'fr-FR');
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: Locale,
  zone: TimeZone,
  kind: 'day' | 'longDay' | 'fullDay' | 'time',
): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { day: '2-digit', month: '2-digit', year: 'numeric' }
        : kind === 'time'
          ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
          : { dateStyle: kind === 'longDay' ? 'long' : 'full' };
    format = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: zone });
    formats.set(key, format);
  }
  return format;
}

/** The zone's name as a time says it: `heure de Paris`, `Paris time`. */
export function timeZoneName(zone: TimeZone, locale: Locale): string {
  return translate(locale, `time.zone.${zone}`);
}

/**
 * `at` (a Date or an ISO date-time) in `zone` (an unknown zone: Paris), as `style` says; the
 * text itself when it is not a date.
 */
export function formatInZone(
  at: Date | string,
  locale: Locale,
  zone: string | null | undefined,
  style: DateTimeStyle,
): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const z: TimeZone = isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  if (style === 'day' || style === 'longDay') return formatter(locale, z, style).format(date);
  const time = translate(locale, 'time.inZone', {
    time: formatter(locale, z, 'time').format(date),
    zone: timeZoneName(z, locale),
  });
  if (style === 'time') return time;
  const day = formatter(
    locale,
    z,
    style === 'dateTime' ? 'day' : style === 'longDateTime' ? 'longDay' : 'fullDay',
  ).format(date);
  return translate(locale, 'time.dayAndTime', { date: day, time });
}
