import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mandataireStepSchema, type Person } from '../schemas/dossier.ts';
import { initialDossierContext } from './context.ts';
import { isSamePerson, requiredSigners, signerMobile, signerRecord } from './signers.ts';
import { beneficiaireData, mandataireData, orderInput } from './test-fixtures.ts';
import { acceptedUpdate } from './update.ts';

const mandataire: Person = v.parse(mandataireStepSchema, mandataireData);
const other: Person = v.parse(mandataireStepSchema, beneficiaireData.person);

describe('who signs', () => {
  it('is one person when "same as mandataire" is ticked', () => {
    expect(isSamePerson(mandataire, { sameAsMandataire: true })).toBe(true);
  });

  it('is one person when the bénéficiaire typed in has the mandataire’s names and e-mail', () => {
    const again = { ...mandataire, firstName: 'jean-baptiste', lastName: ' Poquelin ' };
    expect(isSamePerson(mandataire, { sameAsMandataire: false, person: again })).toBe(true);
    const accented = { ...other, firstName: 'Armandé' };
    expect(isSamePerson({ ...other }, { sameAsMandataire: false, person: accented })).toBe(true);
  });

  it('is two people when the name or the e-mail differs', () => {
    expect(isSamePerson(mandataire, { sameAsMandataire: false, person: other })).toBe(false);
    const namesake = { ...mandataire, email: 'homonyme@moliere.fr' };
    expect(isSamePerson(mandataire, { sameAsMandataire: false, person: namesake })).toBe(false);
    const sibling = { ...mandataire, firstName: 'Louis' };
    expect(isSamePerson(mandataire, { sameAsMandataire: false, person: sibling })).toBe(false);
    expect(isSamePerson(mandataire, null)).toBe(false);
  });

  it('needs the mandataire alone, or both, each on their own mobile', () => {
    const context = { ...initialDossierContext(orderInput()), mandataire };
    expect(requiredSigners({ ...context, beneficiaire: { sameAsMandataire: true } })).toEqual([
      'mandataire',
    ]);
    const two = { ...context, beneficiaire: { sameAsMandataire: false as const, person: other } };
    expect(requiredSigners(two)).toEqual(['mandataire', 'beneficiaire']);
    expect(signerMobile(two, 'mandataire')).toBe('+33612345678');
    expect(signerMobile(two, 'beneficiaire')).toBe('+33798765432');
  });

  it('reads the pending code of a dossier stored before there were two signers as the mandataire’s', () => {
    const { signers: _none, ...stored } = {
      ...initialDossierContext(orderInput()),
      codeSentAt: '2025-01-06T09:05:00.000Z',
      codeSentForVersion: 9,
    };
    expect(signerRecord(stored, 'mandataire')).toEqual({
      codeSentAt: '2025-01-06T09:05:00.000Z',
      codeSentForVersion: 9,
      signedAt: null,
    });
    expect(signerRecord(stored, 'beneficiaire').codeSentForVersion).toBeNull();
  });
});

describe('a dossier stored before there were two signers', () => {
  it('keeps its pending mandataire code when the bénéficiaire’s code is sent', () => {
    const { signers: _none, ...stored } = {
      ...initialDossierContext(orderInput()),
      mandataire,
      beneficiaire: { sameAsMandataire: false as const, person: other },
      codeSentAt: '2025-01-06T09:05:00.000Z',
      codeSentForVersion: 9,
    };
    const update = acceptedUpdate(stored, {
      type: 'signature.codeSent',
      version: 10,
      signer: 'beneficiaire',
      at: '2025-01-06T09:06:00.000Z',
    });
    expect(update.signers?.mandataire?.codeSentForVersion).toBe(9);
    expect(update.signers?.beneficiaire?.codeSentForVersion).toBe(10);
  });
});
