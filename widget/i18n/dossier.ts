import type { Locale } from '../../machines/messages/index.ts';
import { dossierEn } from './dossier-en.ts';
import { type DossierKey, dossierFr } from './dossier-fr.ts';

export type { DossierKey };

const tables: Record<Locale, Record<DossierKey, string>> = { fr: dossierFr, en: dossierEn };

/** The dossier screens' text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export function dt(
  locale: Locale,
  key: DossierKey,
  params: Record<string, string | number> = {},
): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isDossierKey(key: string): key is DossierKey {
  return Object.hasOwn(dossierFr, key);
}

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
