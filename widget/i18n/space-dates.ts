import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/locales.ts';

/**
 * The client space's dates and times, for the screens shown once logged in (the lists, a
 * revocation, the link awaited). Not in widget/i18n/space.ts: the login screen, painted before
 * the space's machine part (issue 16), shows no date and does not load the formatter.
 */

/** An ISO date-time as DD/MM/YYYY in `zone` (the organisation's; en: en-GB, like the amounts). */
export function formatDate(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'day');
}

/** A time of day, saying its zone: `14:05 (heure de Paris)`. */
export function formatTime(iso: string, locale: Locale, zone: string): string {
  return formatInZone(iso, locale, zone, 'time');
}
