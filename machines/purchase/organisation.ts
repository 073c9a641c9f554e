/**
 * What the purchase flow needs to know about the ordering organisation, from the company
 * lookup (`GET /v1/organisations/{siret}`): whether it is active, whether it is a public
 * administration (may pay by *mandat administratif*) and whether this would be its first
 * CERTINOMIS certificate (the USB key reader is then mandatory).
 */

export interface OrganisationFacts {
  /** 14 digits. */
  siret: string;
  name: string;
  /** INSEE etat_administratif A (active); a closed establishment cannot order. */
  active: boolean;
  /** INSEE catégorie juridique 7xxx (public law): may pay by administrative mandate. */
  publicAdministration: boolean;
  /** No certificate was issued to this organisation before: the USB key reader is mandatory. */
  firstCertificate: boolean;
  /** INSEE catégorie juridique, 4 digits ("7210" = commune). */
  legalCategory: string;
}

/** Where the SIRET lookup of the purchase flow stands. */
export type OrganisationStatus = 'idle' | 'pending' | 'found' | 'unknown' | 'closed' | 'error';

/** The outcome of a finished lookup. */
export type OrganisationLookupStatus = Exclude<OrganisationStatus, 'idle' | 'pending'>;

/**
 * Public law legal units: the INSEE catégorie juridique starts with 7 (State 71xx, territorial
 * authorities 72xx, public administrative bodies 73xx, 74xx). Accepts the 1-, 2- and 4-digit
 * levels of the nomenclature. Source: shared/DOMAIN.md, INSEE nomenclature.
 */
export function isPublicLegalCategory(code: string): boolean {
  return /^7(?:\d|\d{3})?$/.test(code.trim());
}

/** The lookup status that goes with a lookup's result: unknown, closed or found. */
export function lookupStatusOf(organisation: OrganisationFacts | null): OrganisationLookupStatus {
  if (organisation === null) return 'unknown';
  return organisation.active ? 'found' : 'closed';
}
