import { describe, expect, it } from 'vitest';
import { dossierTimeZone } from '../dossier/context.ts';
import { TIME_ZONES } from '../rules/time-zone.ts';
import { formatInZone, timeZoneName } from './date-time.ts';
import { timeEn } from './time-en.ts';
import { timeFr } from './time-fr.ts';

// 1 December 2026, 13:05 UTC: 14:05 in Paris, 17:05 in La Réunion, 09:05 in Guadeloupe.
const at = '2026-12-01T13:05:00.000Z';

describe('dates and times, in the organisation’s zone and saying so', () => {
  it('says the zone after every time, in both languages', () => {
    expect(formatInZone(at, 'fr', 'Europe/Paris', 'time')).toBe('14:05 (heure de Paris)');
    expect(formatInZone(at, 'en', 'Europe/Paris', 'time')).toBe('14:05 (Paris time)');
    expect(formatInZone(at, 'fr', 'Indian/Reunion', 'time')).toBe('17:05 (heure de La Réunion)');
    expect(formatInZone(at, 'fr', 'America/Guadeloupe', 'dateTime')).toBe(
      '01/12/2026 à 09:05 (heure de la Guadeloupe)',
    );
    expect(formatInZone(at, 'en', 'America/Cayenne', 'longDateTime')).toBe(
      '1 December 2026 at 10:05 (French Guiana time)',
    );
    expect(formatInZone(at, 'fr', 'Europe/Paris', 'fullDateTime')).toBe(
      'mardi 1 décembre 2026 à 14:05 (heure de Paris)',
    );
  });

  it('dates the day where the organisation is (after midnight in Nouméa)', () => {
    expect(formatInZone(at, 'fr', 'Europe/Paris', 'day')).toBe('01/12/2026');
    expect(formatInZone(at, 'fr', 'Pacific/Noumea', 'day')).toBe('02/12/2026');
    expect(formatInZone(at, 'en', 'Europe/Paris', 'longDay')).toBe('1 December 2026');
  });

  it('falls back to Paris for an unknown zone, and leaves a non-date as it is', () => {
    expect(formatInZone(at, 'fr', 'Mars/Olympus', 'time')).toBe('14:05 (heure de Paris)');
    expect(formatInZone(at, 'fr', null, 'time')).toBe('14:05 (heure de Paris)');
    expect(formatInZone('bientôt', 'fr', 'Europe/Paris', 'time')).toBe('bientôt');
  });

  it('names every zone of the rule in both languages', () => {
    for (const zone of TIME_ZONES) {
      expect(timeFr[`time.zone.${zone}`], zone).toBeTruthy();
      expect(timeEn[`time.zone.${zone}`], zone).toBeTruthy();
      expect(timeZoneName(zone, 'fr')).not.toContain('time.zone');
    }
  });

  it("takes a dossier's zone from its organisation, else from the order's address", () => {
    const prefill = { organisation: { postalCode: '97400', country: 'FR' } };
    expect(dossierTimeZone({ organisation: null, prefill })).toBe('Indian/Reunion');
    const organisation = { postalCode: '97200', country: 'FR' } as never;
    expect(dossierTimeZone({ organisation, prefill })).toBe('America/Martinique');
    expect(dossierTimeZone(null)).toBe('Europe/Paris');
  });
});
