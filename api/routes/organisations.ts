import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { OrganisationResponse } from '../../machines/contract.ts';
import { translate } from '../../machines/messages/index.ts';
import { normalizeDigits, siretProblem } from '../../machines/rules/siret.ts';
import type { Database } from '../db/database.ts';
import { localeOf } from '../http/locale.ts';
import { ProblemError, validationProblem } from '../http/problem.ts';
import { sendWholeJson } from '../http/rendered-json.ts';
import {
  type CompanyRegistry,
  CompanyRegistryUnavailableError,
} from '../ports/company-registry.ts';
import { organisationFacts } from '../services/organisation-facts.ts';

const siretMessage = {
  required: 'validation.required',
  format: 'validation.siret_format',
  checksum: 'validation.siret_checksum',
} as const;

/**
 * `GET /v1/organisations/{siret}`: is the SIRET valid, who is it, is it a
 * public administration (may pay by mandate), would this be its first certificate.
 */
export function organisationRoutes(deps: {
  db: Kysely<Database>;
  companyRegistry: CompanyRegistry;
}) {
  return new Hono().get('/:siret', async (c) => {
    // Decoded once, by Hono (`%25` is a literal `%`); malformed escapes were refused with a 400.
    const siret = normalizeDigits(c.req.param('siret'));
    const problem = siretProblem(siret);
    if (problem) {
      throw validationProblem([
        { field: 'siret', message: translate(localeOf(c), siretMessage[problem]) },
      ]);
    }
    let facts: Awaited<ReturnType<typeof organisationFacts>>;
    try {
      facts = await organisationFacts(deps, siret);
    } catch (error) {
      if (error instanceof CompanyRegistryUnavailableError) throw registryUnavailable(error);
      throw error;
    }
    if (!facts) {
      throw new ProblemError(
        404,
        'organisation-not-found',
        'problem.organisation_not_found.title',
        'problem.organisation_not_found.detail',
        { siret },
      );
    }
    return sendWholeJson(c, JSON.stringify(facts satisfies OrganisationResponse), {
      cacheControl: 'private, max-age=60',
    });
  });
}

export function registryUnavailable(error: CompanyRegistryUnavailableError): ProblemError {
  return new ProblemError(
    503,
    'registry-unavailable',
    'problem.unavailable.title',
    'problem.unavailable.detail',
    {},
    undefined,
    { 'Retry-After': String(error.retryAfterSeconds ?? 5) },
  );
}
