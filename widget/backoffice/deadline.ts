import type { DossierStatus } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { backofficeText } from '../i18n/backoffice.ts';

/** Below this many hours left, the Express promise is shown as urgent (red). */
export const URGENT_HOURS = 12;

/** Statuses where the certificate has left (or the dossier ended): the 48 h no longer run. */
const HANDLED: readonly DossierStatus[] = ['shipped', 'at_post_office', 'cancelled', 'refused'];

export interface Deadline {
  text: string;
  /** Less than 12 h left, or overdue. */
  urgent: boolean;
  /** `shipBy` as a sentence (tooltip / description), when known. */
  detail: string | null;
}

/**
 * The time left on an Express dossier's 48 h promise: "reste 41 h", "reste moins d’1 h",
 * "en retard de 3 h"; "48 h après le dossier complet" before the clock starts, "traité" once
 * shipped or closed. Null for a dossier without Express.
 */
export function expressDeadline(
  row: {
    express: boolean;
    status: DossierStatus;
    shipBy: string | null;
    hoursLeft: number | null;
  },
  locale: Locale,
  format: { day(iso: string): string; clock(iso: string): string },
): Deadline | null {
  if (!row.express) return null;
  if (HANDLED.includes(row.status)) {
    return { text: backofficeText(locale, 'deadline.done'), urgent: false, detail: null };
  }
  if (row.shipBy === null || row.hoursLeft === null) {
    return { text: backofficeText(locale, 'deadline.notStarted'), urgent: false, detail: null };
  }
  const hours = row.hoursLeft;
  const text =
    hours < 0
      ? backofficeText(locale, 'deadline.overdue', { h: Math.max(1, Math.ceil(-hours)) })
      : hours < 1
        ? backofficeText(locale, 'deadline.lessThanHour')
        : backofficeText(locale, 'deadline.left', { h: Math.floor(hours) });
  return {
    text,
    urgent: hours < URGENT_HOURS,
    detail: backofficeText(locale, 'deadline.shipBy', {
      date: format.day(row.shipBy),
      time: format.clock(row.shipBy),
    }),
  };
}

/** Hours from `now` to `iso`, to the tenth (as the API's `hoursLeft`). */
export function hoursUntil(iso: string, now = Date.now()): number {
  return Math.round((Date.parse(iso) - now) / 360_000) / 10;
}

/**
 * An amount typed in euros ("132", "132,00", "1 320.5", "132 €") as integer cents, or null
 * when it is not one.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) && cents > 0 ? cents : null;
}

/** Integer cents as the operator types euros: 13200 → "132,00" (fr) / "132.00" (en). */
export function eurosInput(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(2);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** Today in Paris as `YYYY-MM-DD` (the default start of validity of a certificate). */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
