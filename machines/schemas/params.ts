/**
 * Schemas of the values that arrive in a request's path and query string: ids, order
 * references, bounded integers, calendar dates, free-text filters and the timestamps carried
 * by pagination cursors. Each is checked here, before any query, in the form Postgres would
 * accept it: a string that passes one of these schemas never makes a cast fail (uuid, integer,
 * date, timestamptz) nor carries a character a text column refuses.
 */
import * as v from 'valibot';
import { isOrderReference } from '../rules/reference.ts';
import { safeText } from './text.ts';

/** A UUID as Postgres' `uuid` type reads it (8-4-4-4-12 hexadecimal digits). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The id of a dossier, a document, an outbox message…: a UUID, lowercased. */
export const uuidSchema = v.pipe(
  v.string('validation.id_format'),
  v.check(isUuid, 'validation.id_format'),
  v.toLowerCase(),
);

/** An order reference as written (`BD` + 11 digits with its Luhn digit), uppercased. */
export const orderReferenceSchema = v.pipe(
  v.string('validation.id_format'),
  v.check(isOrderReference, 'validation.id_format'),
  v.transform((value) => value.replace(/\s/g, '').toUpperCase()),
);

/** Whether `year-month-day` is a day of the calendar, in the years 1–9999 (Postgres has no year 0). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD` naming a real day (`2026-02-30` does not exist, though `Date.parse` rolls it over). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A UTC timestamp with microseconds as the API writes it in cursors
 * (`2026-11-26T09:30:00.123456Z`, Postgres `to_char(… 'US')`), naming a real instant.
 */
export function isMicrosecondTimestamp(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/.exec(value);
  if (!match) return false;
  const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6])];
  return (
    isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) &&
    hours <= 23 &&
    minutes <= 59 &&
    seconds <= 59
  );
}

/** A query parameter holding a date (`from`, `to`): a real calendar day. */
export const calendarDateSchema = v.pipe(
  v.string('validation.date'),
  v.check(isCalendarDate, 'validation.date'),
);

/** The timestamp of a pagination cursor. */
export const cursorTimestampSchema = v.pipe(
  v.string('validation.cursor'),
  v.check(isMicrosecondTimestamp, 'validation.cursor'),
);

/**
 * An integer query parameter (`limit`, `offset`) between `min` and `max`: decimal digits only
 * (no `1e20`, `0x10`, ` 5`), so every accepted value fits the column or the LIMIT it feeds.
 */
export function queryInteger(min: number, max: number) {
  return v.pipe(
    v.string('validation.integer'),
    v.regex(/^-?\d{1,16}$/, 'validation.integer'),
    v.transform(Number),
    v.minValue(min, 'validation.too_small'),
    v.maxValue(max, 'validation.too_large'),
  );
}

/** A free-text filter of a query string: safe text, trimmed, at most `max` characters. */
export function queryText(max: number) {
  return v.pipe(
    v.string('validation.type'),
    safeText(),
    v.trim(),
    v.maxLength(max, 'validation.too_long'),
  );
}
