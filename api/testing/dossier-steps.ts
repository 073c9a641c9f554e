import { expect } from 'vitest';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import type { TestApp } from './test-app.ts';

/**
 * Saves a new dossier's steps up to the identity step (online check) as its buyer would, so that
 * identity uploads and signing events are accepted when well formed. Returns the dossier's version.
 */
export async function fillDossierToIdentity(
  t: Pick<TestApp, 'call'>,
  dossierId: string,
  auth: Record<string, string>,
): Promise<number> {
  let version = 1;
  for (const [step, data] of [
    ['organisation', organisationData],
    ['mandataire', mandataireData],
    ['beneficiaire', beneficiaireData],
    ['delivery', { recipient: 'beneficiaire', mode: 'post_office' }],
    ['identity', { method: 'online' }],
  ] as const) {
    const saved = await t.call(
      'POST',
      `/v1/dossiers/${dossierId}/events`,
      { type: 'dossier.save', step, data },
      { ...auth, 'If-Match': `"${version}"` },
    );
    expect(saved.status).toBe(200);
    version++;
  }
  return version;
}
