import { describe, expect, it } from 'vitest';
import { certificateRevokedEmail, revocationCodeEmail } from './revocation.ts';

describe("revocation e-mails tell the time in the organisation's zone, and say which", () => {
  it("gives the code's deadline in La Réunion's time to a Réunion organisation", () => {
    const email = revocationCodeEmail({
      code: '123456',
      holder: 'Armande BÉJART',
      serialNumber: null,
      reference: 'BD1734971738',
      reason: 'keyCompromise',
      expiresAt: new Date('2026-12-01T13:05:00Z'),
      publicUrl: 'https://example.test/#revocation',
      locale: 'fr',
      timeZone: 'Indian/Reunion',
    });
    expect(email.text).toContain('avant le 1 décembre 2026 à 17:05 (heure de La Réunion)');
  });

  it('says the revocation time in Paris time, in English', () => {
    const email = certificateRevokedEmail({
      holder: 'Armande BÉJART',
      reference: 'BD1734971738',
      reason: 'superseded',
      revokedAt: '2026-12-01T13:05:00Z',
      locale: 'en',
      timeZone: 'Europe/Paris',
    });
    expect(email.text).toContain('revoked on 1 December 2026 at 14:05 (Paris time)');
  });
});
