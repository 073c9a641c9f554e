import type {
  CatalogResponse,
  CgvResponse,
  CustomerDossierEvent,
  DossierResponse,
  OrderResponse,
  OrganisationResponse,
  Problem,
  QuoteResponse,
  SignatureCodeResponse,
  Signer,
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

/** Typed fetch client for the public `/v1` API: locale, partner key, problem+json errors. */
export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

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

  // --- Client space: one certificate's dossier (bearer session, `If-Match` versions) ---------

  /** `GET /v1/dossiers/{id}`. */
  getDossier(id: string, accessToken: string, signal?: AbortSignal): Promise<DossierResponse> {
    return this.dossierCall(id, '', accessToken, { method: 'GET', signal });
  }

  /** `POST /v1/dossiers/{id}/events` (a buyer's event) on `version`: 409 when stale, 422 refused. */
  sendDossierEvent(
    id: string,
    accessToken: string,
    version: number,
    event: CustomerDossierEvent,
  ): Promise<DossierResponse> {
    return this.dossierCall(id, '/events', accessToken, { method: 'POST', version, json: event });
  }

  /** `POST /v1/dossiers/{id}/signature/code`: `signer`'s SMS code, to their own mobile. */
  requestSignatureCode(
    id: string,
    accessToken: string,
    version: number,
    signer: Signer = 'mandataire',
  ): Promise<SignatureCodeResponse> {
    return this.dossierCall(id, '/signature/code', accessToken, {
      method: 'POST',
      version,
      json: { signer },
    });
  }

  /** `POST /v1/dossiers/{id}/signature` with `signer`'s SMS code (422 wrong/expired…). */
  confirmSignature(
    id: string,
    accessToken: string,
    version: number,
    code: string,
    signer: Signer = 'mandataire',
  ): Promise<DossierResponse> {
    return this.dossierCall(id, '/signature', accessToken, {
      method: 'POST',
      version,
      json: { code, signer },
    });
  }

  /**
   * `POST /v1/dossiers/{id}/documents` (multipart field `file`): the ID scan. Sent with
   * XMLHttpRequest when `onProgress` is given (fetch reports no upload progress).
   */
  async uploadDossierDocument(
    id: string,
    accessToken: string,
    file: Blob,
    options: {
      version?: number;
      fileName?: string;
      onProgress?: (loaded: number, total: number) => void;
      signal?: AbortSignal;
    } = {},
  ): Promise<DossierResponse> {
    const form = new FormData();
    form.set('file', file, options.fileName ?? (file instanceof File ? file.name : 'document'));
    const init: DossierInit = {
      method: 'POST',
      version: options.version,
      body: form,
      signal: options.signal,
    };
    if (!options.onProgress || typeof XMLHttpRequest === 'undefined') {
      return this.dossierCall(id, '/documents', accessToken, init);
    }
    const onProgress = options.onProgress;
    const response = await new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.url(`/v1/dossiers/${encodeURIComponent(id)}/documents`));
      for (const [name, value] of Object.entries(this.headers(accessToken, init.version))) {
        xhr.setRequestHeader(name, value);
      }
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total);
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(xhr.response as Blob, { status: xhr.status, headers }));
      };
      xhr.onerror = () => reject(new ApiError(0, null));
      xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    });
    return (await this.checked(response)).json() as Promise<DossierResponse>;
  }

  /** `GET /v1/dossiers/{id}/pdf`: the dossier to print and sign, as a Blob and its file name. */
  async getDossierPdf(
    id: string,
    accessToken: string,
    signal?: AbortSignal,
  ): Promise<{ blob: Blob; fileName: string }> {
    const response = await this.dossierFetch(id, '/pdf', accessToken, { method: 'GET', signal });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `dossier-${id}.pdf`;
    return { blob: await response.blob(), fileName };
  }

  private async dossierCall<T>(
    id: string,
    suffix: string,
    accessToken: string,
    init: DossierInit,
  ): Promise<T> {
    return (await (await this.dossierFetch(id, suffix, accessToken, init)).json()) as T;
  }

  private async dossierFetch(
    id: string,
    suffix: string,
    accessToken: string,
    init: DossierInit,
  ): Promise<Response> {
    const headers = this.headers(accessToken, init.version);
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(
        this.url(`/v1/dossiers/${encodeURIComponent(id)}${suffix}`),
        {
          method: init.method,
          headers,
          ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
          ...(init.body ? { body: init.body } : {}),
          ...(init.signal ? { signal: init.signal } : {}),
        },
      );
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ApiError(0, null);
    }
    return this.checked(response);
  }

  private headers(accessToken: string, version: number | undefined): Record<string, string> {
    return {
      Accept: 'application/json',
      'Accept-Language': this.options.locale,
      Authorization: `Bearer ${accessToken}`,
      ...(this.options.partnerKey ? { 'X-Partner-Key': this.options.partnerKey } : {}),
      ...(version === undefined ? {} : { 'If-Match': `"${version}"` }),
    };
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\//, ''), withTrailingSlash(this.options.baseUrl));
  }

  /** The response when OK, else an {@link ApiError} with its problem and `Retry-After`. */
  private async checked(response: Response): Promise<Response> {
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

interface DossierInit {
  method: 'GET' | 'POST';
  version?: number | undefined;
  json?: unknown;
  body?: FormData;
  signal?: AbortSignal | undefined;
}

function withTrailingSlash(base: string): string {
  const absolute = new URL(base, globalThis.location?.href ?? 'http://localhost/');
  if (!absolute.pathname.endsWith('/')) absolute.pathname += '/';
  return absolute.toString();
}
