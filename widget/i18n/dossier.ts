import type { Locale } from '../../machines/messages/locales.ts';
import { translator } from '../../machines/messages/translator.ts';
import { type DossierKey, dossierFr } from './dossier-fr.ts';

export type { DossierKey };

/** The dossier screens' texts: English fetched when English is used. */
export const dossierTexts = translator<DossierKey>({
  fr: dossierFr,
  en: () => import('./dossier-en.ts').then((module) => module.dossierEn),
});

/** The dossier screens' text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const dossierText = dossierTexts.text;

export const isDossierKey = dossierTexts.has;

const PARIS = 'Europe/Paris';

/** `23/12/2024` (both locales: the seed's DD/MM/YYYY), in Paris time. */
export function formatDay(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: PARIS,
  });
}

/** `14:05`, in Paris time. */
export function formatTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: PARIS,
  });
}
