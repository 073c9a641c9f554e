import { lazyImport } from '../../machines/lazy-import.ts';
import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { translator } from '../../machines/messages/translator.ts';
import type { TimeZone } from '../../machines/rules/time-zone.ts';
import { type DossierKey, dossierFr } from './dossier-fr.ts';

export type { DossierKey };

/** The dossier screens' texts: English fetched when English is used. */
export const dossierTexts = translator<DossierKey>({
  fr: dossierFr,
  en: () =>
    lazyImport('widget/i18n/dossier-en.ts', () => import('./dossier-en.ts')).then(
      (module) => module.dossierEn,
    ),
});

/** The dossier screens' text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const dossierText = dossierTexts.text;

export const isDossierKey = dossierTexts.has;

/** `23/12/2024` (both locales: the seed's DD/MM/YYYY), in the organisation's zone. */
export function formatDay(iso: string, locale: Locale, zone: TimeZone): string {
  return formatInZone(iso, locale, zone, 'day');
}

/** `14:05 (heure de Paris)`: in the organisation's zone, saying which. */
export function formatTime(iso: string, locale: Locale, zone: TimeZone): string {
  return formatInZone(iso, locale, zone, 'time');
}
