import type {
  AdminDossier,
  DossierResponse,
  Locale,
  OperatorEvent,
  PaymentBody,
  PaymentRecorded,
  Problem,
  QueueQuery,
  QueueResponse,
} from '../../machines/contract.ts';
import type {
  AdminCreditNote,
  CancellationRequest,
  CancellationResponse,
} from '../../machines/schemas/cancellation.ts';
import { ApiClient, ApiError } from '../api-client.ts';

export interface BackofficeApiOptions {
  baseUrl: string;
  locale: Locale;
}

/** The queue as it opens: no filter, the real queue, first page. */
export const emptyQuery: QueueQuery = {
  status: '',
  reference: '',
  siret: '',
  organisation: '',
  paymentMethod: '',
  expressOnly: false,
  testData: false,
  from: '',
  to: '',
  offset: 0,
};

/** The query string of `GET /v1/admin/dossiers` for `query` (`limit` rows from its offset). */
export function queueSearch(query: QueueQuery, limit: number): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.reference.trim()) params.set('reference', query.reference.trim());
  if (query.siret.trim()) params.set('siret', query.siret.trim());
  if (query.organisation.trim()) params.set('organisation', query.organisation.trim());
  if (query.paymentMethod) params.set('paymentMethod', query.paymentMethod);
  if (query.expressOnly) params.set('express', 'true');
  if (query.testData) params.set('mode', 'test');
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  params.set('limit', String(limit));
  params.set('offset', String(query.offset));
  return params.toString();
}

/**
 * The back office's requests to `/v1/admin` (operator bearer session) over the element's
 * {@link ApiClient} (`Accept-Language`, problem+json errors as {@link ApiError}). Every event
 * carries the dossier version read by the operator in `If-Match`: a stale one answers 409.
 */
export class BackofficeApi {
  private readonly client: ApiClient;

  constructor(readonly options: BackofficeApiOptions) {
    this.client = new ApiClient({ baseUrl: options.baseUrl, locale: options.locale });
  }

  /** `GET /v1/admin/dossiers?…`: Express first, then the oldest orders. */
  queue(accessToken: string, query: QueueQuery, limit: number, signal?: AbortSignal) {
    return this.client.request<QueueResponse>(
      'GET',
      `/v1/admin/dossiers?${queueSearch(query, limit)}`,
      undefined,
      signal,
      bearer(accessToken),
    );
  }

  /** `GET /v1/admin/dossiers/{id}`: the dossier (with `accepts`), its order, its history. */
  dossier(accessToken: string, id: string, signal?: AbortSignal) {
    return this.client.request<AdminDossier>(
      'GET',
      `/v1/admin/dossiers/${encodeURIComponent(id)}`,
      undefined,
      signal,
      bearer(accessToken),
    );
  }

  /** `POST /v1/admin/dossiers/{id}/events` on `version`: 409 stale, 422 refused (`errors`). */
  sendEvent(accessToken: string, id: string, version: number, event: OperatorEvent) {
    return this.client.request<DossierResponse>(
      'POST',
      `/v1/admin/dossiers/${encodeURIComponent(id)}/events`,
      event,
      undefined,
      { ...bearer(accessToken), 'If-Match': `"${version}"` },
    );
  }

  /**
   * `POST /v1/admin/orders/{reference}/payment`: checked against the order (422 otherwise),
   * then every dossier of the order learns it. `version` is the dossier the operator read.
   */
  recordPayment(accessToken: string, reference: string, version: number, body: PaymentBody) {
    return this.client.request<PaymentRecorded>(
      'POST',
      `/v1/admin/orders/${encodeURIComponent(reference)}/payment`,
      body,
      undefined,
      { ...bearer(accessToken), 'If-Match': `"${version}"` },
    );
  }

  /** `POST /v1/admin/orders/{reference}/cancellation`: 409 when a chosen one is issued. */
  cancelOrder(accessToken: string, reference: string, body: CancellationRequest) {
    return this.client.request<CancellationResponse>(
      'POST',
      `/v1/admin/orders/${encodeURIComponent(reference)}/cancellation`,
      body,
      undefined,
      bearer(accessToken),
    );
  }

  /** `GET /v1/admin/orders/{reference}/credit-notes`: each with its refund, if any. */
  creditNotes(accessToken: string, reference: string, signal?: AbortSignal) {
    return this.client.request<{ items: AdminCreditNote[] }>(
      'GET',
      `/v1/admin/orders/${encodeURIComponent(reference)}/credit-notes`,
      undefined,
      signal,
      bearer(accessToken),
    );
  }

  /** `POST /v1/admin/refunds/{id}`: paid back (its transfer or cheque reference), once. */
  recordRefund(accessToken: string, id: string, reference: string) {
    return this.client.request<unknown>(
      'POST',
      `/v1/admin/refunds/${encodeURIComponent(id)}`,
      { reference },
      undefined,
      bearer(accessToken),
    );
  }

  /** `GET /v1/dossiers/{id}/documents/{documentId}`: the ID scan, as a Blob and its file name. */
  async document(
    accessToken: string,
    dossierId: string,
    documentId: string,
    signal?: AbortSignal,
  ): Promise<{ blob: Blob; fileName: string }> {
    const path = `v1/dossiers/${encodeURIComponent(dossierId)}/documents/${encodeURIComponent(documentId)}`;
    const base = new URL(this.options.baseUrl, globalThis.location?.href);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    let response: Response;
    try {
      response = await fetch(new URL(path, base), {
        headers: { 'Accept-Language': this.options.locale, ...bearer(accessToken) },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, null);
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as Problem | null;
      throw new ApiError(response.status, problem);
    }
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `piece-identite-${documentId}`;
    return { blob: await response.blob(), fileName };
  }
}

function bearer(accessToken: string): Record<string, string> {
  return { Authorization: `Bearer ${accessToken}` };
}
