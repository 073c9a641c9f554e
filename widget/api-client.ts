import type {
  CatalogResponse,
  CgvResponse,
  CustomerDossierEvent,
  OrderResponse,
  OrganisationResponse,
  Problem,
  QuoteResponse,
  SignatureCodeResponse,
} from '../machines/contract.ts';
import type { Locale } from '../machines/messages/index.ts';

/** A failed API call: a problem document from the server, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    /** Seconds of the response's `Retry-After` (429), when the dossier calls read it. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.title ?? (status === 0 ? 'network' : `HTTP ${status}`));
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface ApiClientOptions {
  /** Base URL of the API, e.g. `https://api.example.com` (the `/v1` prefix is added). */
  baseUrl: string;
  partnerKey?: string | null;
  locale: Locale;
  fetch?: typeof fetch;
}

/**
 * Typed fetch client for the public `/v1` API: locale, partner key, problem+json errors. The
 * dossier's calls (bearer session, `If-Match`) are `DossierClient`'s (dossier-client.ts), in
 * the chunk that opens a dossier: the entry carries only what the catalogue and purchase use.
 */
export class ApiClient {
  constructor(protected readonly options: ApiClientOptions) {}

  getCatalog(signal?: AbortSignal): Promise<CatalogResponse> {
    return this.request<CatalogResponse>('GET', '/v1/catalog', undefined, signal);
  }

  /** `POST /v1/quotes`: the server prices {product, quantity, options}. */
  getQuote(body: unknown, signal?: AbortSignal): Promise<QuoteResponse> {
    return this.request<QuoteResponse>('POST', '/v1/quotes', body, signal);
  }

  /** `GET /v1/organisations/{siret}`: 404 unknown, 422 malformed. */
  getOrganisation(siret: string, signal?: AbortSignal): Promise<OrganisationResponse> {
    return this.request('GET', `/v1/organisations/${encodeURIComponent(siret)}`, undefined, signal);
  }

  getCgv(signal?: AbortSignal): Promise<CgvResponse> {
    return this.request<CgvResponse>('GET', '/v1/cgv', undefined, signal);
  }

  /** `POST /v1/orders`; reuse `idempotencyKey` when retrying the same request. */
  placeOrder(body: unknown, idempotencyKey: string): Promise<OrderResponse> {
    return this.request('POST', '/v1/orders', body, undefined, {
      'Idempotency-Key': idempotencyKey,
    });
  }

  protected url(path: string): URL {
    return new URL(path.replace(/^\//, ''), withTrailingSlash(this.options.baseUrl));
  }

  /** The response when OK, else an {@link ApiError} with its problem and `Retry-After`. */
  protected async checked(response: Response): Promise<Response> {
    if (response.ok) return response;
    let problem: Problem | null = null;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
    const seconds = Number(response.headers.get('Retry-After') ?? Number.NaN);
    throw new ApiError(
      response.status,
      problem,
      Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : null,
    );
  }

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const url = new URL(path.replace(/^\//, ''), withTrailingSlash(this.options.baseUrl));
    const init: RequestInit = {
      method,
      headers: {
        Accept: 'application/json',
        'Accept-Language': this.options.locale,
        ...(this.options.partnerKey ? { 'X-Partner-Key': this.options.partnerKey } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    };
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, init);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, null);
    }
    if (response.ok) return (await response.json()) as T;
    let problem: Problem | null = null;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }
}

export type { CustomerDossierEvent, SignatureCodeResponse };

function withTrailingSlash(base: string): string {
  const absolute = new URL(base, globalThis.location?.href ?? 'http://localhost/');
  if (!absolute.pathname.endsWith('/')) absolute.pathname += '/';
  return absolute.toString();
}
