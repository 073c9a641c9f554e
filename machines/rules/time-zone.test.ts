import { describe, expect, it } from 'vitest';
import { TIME_ZONES, timeZoneOf } from './time-zone.ts';

describe("an organisation's time zone, from its postal code", () => {
  it('is Paris in metropolitan France and Corsica, and by default', () => {
    expect(timeZoneOf('75008')).toBe('Europe/Paris');
    expect(timeZoneOf('20000', 'FR')).toBe('Europe/Paris');
    expect(timeZoneOf('01000')).toBe('Europe/Paris');
    expect(timeZoneOf('')).toBe('Europe/Paris');
    expect(timeZoneOf(null)).toBe('Europe/Paris');
    expect(timeZoneOf('SW1A 1AA', 'GB')).toBe('Europe/Paris');
  });

  it("is each overseas département's own", () => {
    expect(timeZoneOf('97110')).toBe('America/Guadeloupe');
    expect(timeZoneOf('97200')).toBe('America/Martinique');
    expect(timeZoneOf('97300')).toBe('America/Cayenne');
    expect(timeZoneOf('97400')).toBe('Indian/Reunion');
    expect(timeZoneOf('97500')).toBe('America/Miquelon');
    expect(timeZoneOf('97600')).toBe('Indian/Mayotte');
    expect(timeZoneOf(' 97 4 90 ', 'fr')).toBe('Indian/Reunion');
  });

  it('tells the collectivités apart from the département they share a prefix with', () => {
    expect(timeZoneOf('97133')).toBe('America/St_Barthelemy');
    expect(timeZoneOf('97150')).toBe('America/Marigot');
    expect(timeZoneOf('98600')).toBe('Pacific/Wallis');
    expect(timeZoneOf('98714')).toBe('Pacific/Tahiti');
    expect(timeZoneOf('98800')).toBe('Pacific/Noumea');
    expect(timeZoneOf('98000')).toBe('Europe/Monaco');
    expect(timeZoneOf('98000', 'MC')).toBe('Europe/Monaco');
  });

  it('gives only zones the browser and the API both know', () => {
    for (const zone of TIME_ZONES) {
      expect(() => new Intl.DateTimeFormat('fr-FR', { timeZone: zone })).not.toThrow();
    }
  });
});
