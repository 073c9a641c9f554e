import { type Kysely, type QueryCreator, sql } from 'kysely';
import { ISSUED_STATUSES, type OrganisationResponse } from '../../machines/contract.ts';
import { isPublicLegalCategory } from '../../machines/purchase/organisation.ts';
import type { Database } from '../db/database.ts';
import type { CompanyRecord, CompanyRegistry } from '../ports/company-registry.ts';

/** Dossier statuses that mean a certificate was issued to the organisation. */
export const issuedStatuses = ISSUED_STATUSES;

/**
 * What the purchase flow needs to know about an establishment: the registry's
 * answer, plus our own history — it is a first certificate only when neither
 * the registry's count nor a certificate we issued to the same SIREN says otherwise.
 * Null when the registry does not know the SIRET.
 */
export async function organisationFacts(
  deps: { db: Kysely<Database>; companyRegistry: CompanyRegistry },
  siret: string,
): Promise<OrganisationResponse | null> {
  const company = await deps.companyRegistry.findBySiret(siret);
  if (!company) return null;
  let firstCertificate = company.previousCertificates === 0;
  if (firstCertificate) {
    const issued = await issuedToSiren(deps.db, company.siren).limit(1).executeTakeFirst();
    firstCertificate = issued === undefined;
  }
  return factsOf(company, firstCertificate);
}

/** A certificate we issued to `siren` (the query; a first certificate when it finds none). */
export function issuedToSiren(db: QueryCreator<Database>, siren: string) {
  return (
    db
      .selectFrom('dossiers')
      .innerJoin('orders', 'orders.id', 'dossiers.order_id')
      .select('dossiers.id')
      .where('dossiers.siren', '=', siren)
      // Written out (not bound), so that the planner sees the predicate of the partial index
      // `dossiers_issued_siren_idx` (migration 2026-12-03-021) whatever the plan's kind.
      .where(sql<boolean>`dossiers.status in (${sql.join(issuedStatuses.map((s) => sql.lit(s)))})`)
      // A certificate "issued" on a test order was never real.
      .where('orders.livemode', '=', true)
  );
}

/** The answer about an establishment from the registry's record and our own history. */
export function factsOf(company: CompanyRecord, firstCertificate: boolean): OrganisationResponse {
  return {
    siret: company.siret,
    valid: true,
    name: company.name,
    legalCategory: company.legalCategory,
    publicAdministration: isPublicLegalCategory(company.legalCategory),
    active: company.active,
    firstCertificate,
    address: company.address,
    postalCode: company.postalCode,
    city: company.city,
  };
}
