/**
 * Who signs a dossier, and where each signer stands. The one home of "the mandataire and the
 * bénéficiaire are the same person": then the mandataire signs alone (as before there were
 * two signers); otherwise both sign, each with their own SMS code on their own mobile, in
 * either order. Any change to the dossier voids every code and every signature (`update.ts`).
 */
import { SIGNERS, type Signer } from '../contract/dossiers.ts';
import type { BeneficiaireStep, Person } from '../schemas/dossier.ts';
import type { DossierContext, SignerRecord } from './context.ts';

export { SIGNERS, type Signer };

/** A name as compared: trimmed, inner spaces collapsed, case and accents ignored. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr');
}

/**
 * The bénéficiaire is the mandataire: "same as mandataire" was ticked, or the bénéficiaire
 * typed in has the mandataire's first name, last name and e-mail address.
 */
export function isSamePerson(
  mandataire: Person | null,
  beneficiaire: BeneficiaireStep | null,
): boolean {
  if (!beneficiaire) return false;
  if (beneficiaire.sameAsMandataire) return true;
  if (!mandataire) return false;
  const other = beneficiaire.person;
  return (
    nameKey(mandataire.firstName) === nameKey(other.firstName) &&
    nameKey(mandataire.lastName) === nameKey(other.lastName) &&
    mandataire.email.trim().toLowerCase() === other.email.trim().toLowerCase()
  );
}

/** The signers the dossier needs, mandataire first. */
export function requiredSigners(context: DossierContext): Signer[] {
  return isSamePerson(context.mandataire, context.beneficiaire) ? ['mandataire'] : [...SIGNERS];
}

export function isRequiredSigner(context: DossierContext, signer: Signer): boolean {
  return requiredSigners(context).includes(signer);
}

/** The person who signs as `signer` (null until their step is saved). */
export function signerPerson(context: DossierContext, signer: Signer): Person | null {
  if (signer === 'mandataire') return context.mandataire ?? null;
  const beneficiaire = context.beneficiaire;
  if (!beneficiaire) return null;
  return beneficiaire.sameAsMandataire ? context.mandataire : beneficiaire.person;
}

/** Where `signer`'s code goes: their own mobile (E.164), from the dossier. */
export function signerMobile(context: DossierContext, signer: Signer): string | null {
  return signerPerson(context, signer)?.mobile ?? null;
}

const NOTHING: SignerRecord = { codeSentAt: null, codeSentForVersion: null, signedAt: null };

/**
 * `signer`'s code and signature. Dossiers stored before there were two signers have no
 * `signers`: their pending code (the top-level one) is the mandataire's.
 */
export function signerRecord(context: DossierContext, signer: Signer): SignerRecord {
  const record = context.signers?.[signer];
  if (record) return record;
  if (context.signers === undefined && signer === 'mandataire') {
    return {
      codeSentAt: context.codeSentAt,
      codeSentForVersion: context.codeSentForVersion,
      signedAt: null,
    };
  }
  return NOTHING;
}

/**
 * Every signer's record, to update: `context.signers`, or for a dossier stored before there
 * were two signers, its pending code as the mandataire's.
 */
export function signerRecords(context: DossierContext): Partial<Record<Signer, SignerRecord>> {
  if (context.signers !== undefined) return context.signers;
  const legacy = signerRecord(context, 'mandataire');
  return legacy.codeSentForVersion === null ? {} : { mandataire: legacy };
}

export function hasSigned(context: DossierContext, signer: Signer): boolean {
  return signerRecord(context, signer).signedAt !== null;
}

/** The required signers who have not signed yet. */
export function unsignedSigners(context: DossierContext): Signer[] {
  return requiredSigners(context).filter((signer) => !hasSigned(context, signer));
}

/** `signer`'s signature is the last one missing: once given, the dossier is signed. */
export function completesSignatures(context: DossierContext, signer: Signer): boolean {
  const unsigned = unsignedSigners(context);
  return unsigned.length === 1 && unsigned[0] === signer;
}
