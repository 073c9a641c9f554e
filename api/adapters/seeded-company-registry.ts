import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { cachedRead } from '../db/read-cache.ts';
import type { CompanyRecord, CompanyRegistry } from '../ports/company-registry.ts';

/** The development registry: the `registry_companies` table seeded from the fixtures. */
export function createSeededCompanyRegistry(db: Kysely<Database>): CompanyRegistry {
  return {
    async findBySiret(siret: string): Promise<CompanyRecord | null> {
      // Seed data: through the read cache (api/db/read-cache.ts).
      const row = await cachedRead(db, `registry:${siret}`, ['registry_companies'], () =>
        db
          .selectFrom('registry_companies')
          .selectAll()
          .where('siret', '=', siret)
          .executeTakeFirst(),
      );
      if (!row) return null;
      return {
        siret: row.siret,
        siren: row.siren,
        name: row.name,
        legalCategory: row.legal_category,
        active: row.active,
        address: row.address,
        postalCode: row.postal_code,
        city: row.city,
        previousCertificates: row.previous_certificates,
      };
    },
  };
}
