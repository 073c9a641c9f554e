/** Dates and times (`date-time.ts`), French: each time says its zone. */
export const timeFr = {
  'time.inZone': '{time} ({zone})',
  'time.dayAndTime': '{date} à {time}',
  'time.zone.Europe/Paris': 'heure de Paris',
  'time.zone.America/Guadeloupe': 'heure de la Guadeloupe',
  'time.zone.America/St_Barthelemy': 'heure de Saint-Barthélemy',
  'time.zone.America/Marigot': 'heure de Saint-Martin',
  'time.zone.America/Martinique': 'heure de la Martinique',
  'time.zone.America/Cayenne': 'heure de la Guyane',
  'time.zone.Indian/Reunion': 'heure de La Réunion',
  'time.zone.America/Miquelon': 'heure de Saint-Pierre-et-Miquelon',
  'time.zone.Indian/Mayotte': 'heure de Mayotte',
  'time.zone.Pacific/Wallis': 'heure de Wallis-et-Futuna',
  'time.zone.Pacific/Tahiti': 'heure de Tahiti',
  'time.zone.Pacific/Noumea': 'heure de Nouméa',
  'time.zone.Europe/Monaco': 'heure de Monaco',
} as const;

export type TimeKey = keyof typeof timeFr;
