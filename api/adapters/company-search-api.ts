/**
 * CompanyRegistry backed by the French government's public company search API
 * (https://recherche-entreprises.api.gouv.fr, free, no key, 7 req/s per IP).
 *
 * Web-standard APIs only (fetch, AbortSignal, Map): runs on Node and on
 * Cloudflare Workers alike.
 *
 * Shape notes (from the API's own source, annuaire-entreprises-data-gouv-fr/search-api):
 * - a 14-digit `q` is a SIRET filter on the nested establishments with
 *   `inner_hits`, so `matching_etablissements` holds the establishment that
 *   matched; the head office is also in `siege`.
 * - almost every field is optional/nullable in the upstream model.
 * - establishments are closed with etat_administratif 'F' (fermé), legal units
 *   with 'C' (cessée): only 'A' means active for either.
 */
import * as v from 'valibot';
import {
  type CompanyRecord,
  type CompanyRegistry,
  CompanyRegistryUnavailableError,
} from '../ports/company-registry.ts';

export interface CompanySearchApiOptions {
  /** Default 'https://recherche-entreprises.api.gouv.fr'. */
  baseUrl?: string;
  /** Default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Per upstream request, body included. Default 3000. */
  timeoutMs?: number;
  /** How long answers (records and nulls) are remembered. Default 1 hour. */
  cacheTtlMs?: number;
  /** Maximum cached SIRETs, least-recently-used evicted first. Default 1000. */
  cacheSize?: number;
  /** Clock for the cache and the rate-limit circuit. Default Date.now. */
  now?: () => number;
}

const DEFAULT_BASE_URL = 'https://recherche-entreprises.api.gouv.fr';
const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_CACHE_TTL_MS = 60 * 60 * 1000;
const DEFAULT_CACHE_SIZE = 1000;
/** When a 429 carries no usable Retry-After: the limit is per second. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

const text = v.nullish(v.string());

const EstablishmentSchema = v.object({
  siret: text,
  adresse: text,
  code_postal: text,
  libelle_commune: text,
  etat_administratif: text,
});

const ResultSchema = v.object({
  siren: v.pipe(v.string(), v.regex(/^\d{9}$/)),
  nom_complet: text,
  nature_juridique: v.nullish(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  etat_administratif: text,
  siege: v.nullish(EstablishmentSchema),
  matching_etablissements: v.nullish(v.array(EstablishmentSchema)),
  complements: v.nullish(v.object({ est_administration: v.nullish(v.boolean()) })),
});

const SearchResponseSchema = v.object({
  results: v.array(ResultSchema),
});

type Establishment = v.InferOutput<typeof EstablishmentSchema>;
type SearchResult = v.InferOutput<typeof ResultSchema>;

interface CacheEntry {
  value: CompanyRecord | null;
  expiresAt: number;
}

export function createCompanySearchApiRegistry(
  options: CompanySearchApiOptions = {},
): CompanyRegistry {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cacheTtlMs = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const cacheSize = Math.max(0, options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const now = options.now ?? Date.now;

  /** Map iteration order is insertion order: the first key is the least recently used. */
  const cache = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<CompanyRecord | null>>();
  /** Rate-limit circuit: no upstream call before this instant (clock ms). */
  let blockedUntil = 0;

  function cacheGet(siret: string): CacheEntry | undefined {
    const entry = cache.get(siret);
    if (!entry) return undefined;
    cache.delete(siret);
    if (entry.expiresAt <= now()) return undefined;
    cache.set(siret, entry);
    return entry;
  }

  function cacheSet(siret: string, value: CompanyRecord | null): void {
    if (cacheSize === 0 || cacheTtlMs <= 0) return;
    cache.delete(siret);
    cache.set(siret, { value, expiresAt: now() + cacheTtlMs });
    while (cache.size > cacheSize) {
      const oldest = cache.keys().next();
      if (oldest.done) break;
      cache.delete(oldest.value);
    }
  }

  function rateLimited(): CompanyRegistryUnavailableError {
    const seconds = Math.max(1, Math.ceil((blockedUntil - now()) / 1000));
    return new CompanyRegistryUnavailableError(
      'Company search API rate limit reached; retry later',
      seconds,
    );
  }

  async function query(siret: string): Promise<CompanyRecord | null> {
    const params = new URLSearchParams({ q: siret, page: '1', per_page: '1' });
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}/search?${params}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw unavailable(error, 'request failed');
    }

    if (response.status === 429) {
      await discard(response);
      const seconds =
        parseRetryAfter(response.headers.get('retry-after'), now()) ?? DEFAULT_RETRY_AFTER_SECONDS;
      blockedUntil = Math.max(blockedUntil, now() + seconds * 1000);
      throw new CompanyRegistryUnavailableError(
        'Company search API rate limit reached; retry later',
        seconds,
      );
    }
    if (!response.ok) {
      await discard(response);
      throw new CompanyRegistryUnavailableError(
        `Company search API answered HTTP ${response.status}`,
      );
    }

    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch (error) {
      throw unavailable(error, 'unreadable response');
    }
    const parsed = v.safeParse(SearchResponseSchema, body);
    if (!parsed.success) {
      throw new CompanyRegistryUnavailableError(
        `Company search API returned an unexpected response: ${v.summarize(parsed.issues)}`,
      );
    }
    return toRecord(siret, parsed.output.results);
  }

  return {
    findBySiret(siret: string): Promise<CompanyRecord | null> {
      const cached = cacheGet(siret);
      if (cached) return Promise.resolve(cached.value);

      const pending = inFlight.get(siret);
      if (pending) return pending;

      if (now() < blockedUntil) return Promise.reject(rateLimited());

      const request = query(siret)
        .then((record) => {
          cacheSet(siret, record);
          return record;
        })
        .finally(() => {
          inFlight.delete(siret);
        });
      inFlight.set(siret, request);
      return request;
    },
  };
}

/** The establishment whose SIRET is exactly `siret`, mapped; null when none matches. */
function toRecord(siret: string, results: readonly SearchResult[]): CompanyRecord | null {
  for (const unit of results) {
    const establishment =
      unit.matching_etablissements?.find((e) => e.siret === siret) ??
      (unit.siege?.siret === siret ? unit.siege : undefined);
    if (establishment) return mapRecord(siret, unit, establishment);
  }
  return null;
}

function mapRecord(siret: string, unit: SearchResult, establishment: Establishment): CompanyRecord {
  const state = establishment.etat_administratif ?? unit.etat_administratif;
  return {
    siret,
    siren: unit.siren,
    name: unit.nom_complet ?? '',
    legalCategory: unit.nature_juridique ?? '',
    active: state === 'A',
    address: establishment.adresse ?? '',
    postalCode: establishment.code_postal ?? '',
    city: establishment.libelle_commune ?? '',
    // The public API knows nothing of CERTINOMIS certificates.
    previousCertificates: 0,
  };
}

/**
 * Retry-After as whole seconds from `nowMs`: delta-seconds or an HTTP date.
 * Undefined when absent or unparseable.
 */
function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

function unavailable(error: unknown, what: string): CompanyRegistryUnavailableError {
  const reason =
    error instanceof Error && error.name === 'TimeoutError'
      ? 'timed out'
      : error instanceof Error
        ? error.message
        : String(error);
  return new CompanyRegistryUnavailableError(`Company search API ${what}: ${reason}`);
}

/** Release the connection of a response whose body is not wanted. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to release.
  }
}
