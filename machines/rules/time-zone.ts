/**
 * The time zone an organisation lives in, from its postal address: times are shown to it (and
 * about it) in that zone, and say so. Metropolitan France and Corsica: Europe/Paris. Overseas,
 * the postal code's first three digits name the département or collectivité (La Poste):
 * 971 Guadeloupe (97133 Saint-Barthélemy, 97150 Saint-Martin), 972 Martinique, 973 Guyane,
 * 974 La Réunion, 975 Saint-Pierre-et-Miquelon, 976 Mayotte, 986 Wallis-et-Futuna,
 * 987 Polynésie française (Tahiti), 988 Nouvelle-Calédonie; Monaco (98000, or country MC).
 * Zones are IANA names (tz database). Anything else: Europe/Paris, where CERTINOMIS works.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Every zone this rule gives, in one closed list (each has a name in the messages). */
export const TIME_ZONES = [
  'Europe/Paris',
  'America/Guadeloupe',
  'America/St_Barthelemy',
  'America/Marigot',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'America/Miquelon',
  'Indian/Mayotte',
  'Pacific/Wallis',
  'Pacific/Tahiti',
  'Pacific/Noumea',
  'Europe/Monaco',
] as const;

export type TimeZone = (typeof TIME_ZONES)[number];

const byPostalCode: Record<string, TimeZone> = {
  '97133': 'America/St_Barthelemy',
  '97150': 'America/Marigot',
  '98000': 'Europe/Monaco',
};

const byPrefix: Record<string, TimeZone> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

/** The zone of an organisation at `postalCode` in `country` (ISO alpha-2, default France). */
export function timeZoneOf(
  postalCode: string | null | undefined,
  country: string | null | undefined = 'FR',
): TimeZone {
  const iso = (country ?? 'FR').trim().toUpperCase() || 'FR';
  if (iso === 'MC') return 'Europe/Monaco';
  if (iso !== 'FR') return DEFAULT_TIME_ZONE;
  const code = (postalCode ?? '').replace(/\s/g, '');
  if (!/^\d{5}$/.test(code)) return DEFAULT_TIME_ZONE;
  return byPostalCode[code] ?? byPrefix[code.slice(0, 3)] ?? DEFAULT_TIME_ZONE;
}

export function isTimeZone(value: unknown): value is TimeZone {
  return (TIME_ZONES as readonly unknown[]).includes(value);
}
