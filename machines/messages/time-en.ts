import type { TimeKey } from './time-fr.ts';

/** Dates and times (`date-time.ts`), English. */
export const timeEn: Record<TimeKey, string> = {
  'time.inZone': '{time} ({zone})',
  'time.dayAndTime': '{date} at {time}',
  'time.zone.Europe/Paris': 'Paris time',
  'time.zone.America/Guadeloupe': 'Guadeloupe time',
  'time.zone.America/St_Barthelemy': 'Saint Barthélemy time',
  'time.zone.America/Marigot': 'Saint Martin time',
  'time.zone.America/Martinique': 'Martinique time',
  'time.zone.America/Cayenne': 'French Guiana time',
  'time.zone.Indian/Reunion': 'Réunion time',
  'time.zone.America/Miquelon': 'Saint Pierre and Miquelon time',
  'time.zone.Indian/Mayotte': 'Mayotte time',
  'time.zone.Pacific/Wallis': 'Wallis and Futuna time',
  'time.zone.Pacific/Tahiti': 'Tahiti time',
  'time.zone.Pacific/Noumea': 'Nouméa time',
  'time.zone.Europe/Monaco': 'Monaco time',
};
