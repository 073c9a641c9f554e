/**
 * Where organisations are looked up by SIRET: the seeded development table
 * (default, used by tests) or the public French company-search API.
 */
export interface CompanyRecord {
  siret: string;
  siren: string;
  name: string;
  /** INSEE catégorie juridique, 4 digits ("7210" = commune). 7xxx = public law. */
  legalCategory: string;
  /** etat_administratif A (active) vs C (closed). */
  active: boolean;
  address: string;
  postalCode: string;
  city: string;
  /** Certificates the registry knows were issued to this organisation before (0 when unknown). */
  previousCertificates: number;
}

export interface CompanyRegistry {
  /** The establishment with this SIRET (14 digits, already validated), or null when unknown. */
  findBySiret(siret: string): Promise<CompanyRecord | null>;
}

/** The registry could not answer (timeout, rate limit, upstream failure): not the caller's fault. */
export class CompanyRegistryUnavailableError extends Error {
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'CompanyRegistryUnavailableError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
