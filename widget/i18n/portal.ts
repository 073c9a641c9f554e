import type { Locale } from '../../machines/messages/locales.ts';
import { translator } from '../../machines/messages/translator.ts';
import { portalEn } from './portal-en.ts';
import { type PortalKey, portalFr } from './portal-fr.ts';

export { toLocale } from '../../machines/messages/locales.ts';
export type { PortalKey };

/** The partner portal's texts: its own entry, with both languages in it. */
export const portalTexts = translator<PortalKey>({ fr: portalFr, en: portalEn });

/** The portal's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const portalText = portalTexts.text;

const tag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** `23/12/2026 à 14:05` (Paris time, where CERTINOMIS works); the text itself when not a date. */
export function portalDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = 'Europe/Paris';
  return portalText(locale, 'portal.dateTime', {
    date: date.toLocaleDateString(tag(locale), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone,
    }),
    time: date.toLocaleTimeString(tag(locale), { hour: '2-digit', minute: '2-digit', timeZone }),
  });
}

/** Cents as `1 234,56 €` / `€1,234.56`. */
export function portalMoney(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}
