import type {
  CertificateRow,
  DossierRow,
  DossierStatus,
  LoginStarted,
  MeResponse,
  Page,
  RevocationReason,
  RevocationRequested,
  VerifyLoginResponse,
} from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { BillingDocument } from '../../machines/schemas/cancellation.ts';
import type { PollResult, SpaceFailure } from '../../machines/space.machine.ts';
import { ApiClient, ApiError } from '../api-client.ts';

export interface SpaceApiOptions {
  baseUrl: string;
  partnerKey: string | null;
  locale: Locale;
  /** Told about failures that are not the buyer's doing (network, 5xx). */
  onTrouble?: (failure: SpaceFailure) => void;
}

/** The request failed; `failure` is what the machine and the screens show. */
export class SpaceRequestError extends Error {
  constructor(readonly failure: SpaceFailure) {
    super(failure.message ?? `HTTP ${failure.status}`);
    this.name = 'SpaceRequestError';
  }
}

/** The `SpaceFailure` of anything a request threw (status 0: network). */
export function failureFrom(error: unknown): SpaceFailure {
  if (error instanceof SpaceRequestError) return error.failure;
  return { status: 0, message: null, fields: {}, retryAfter: null };
}

/**
 * The client space's requests (`/v1/auth/*`, `/v1/me/*`) over the element's {@link ApiClient}
 * (partner key, `Accept-Language` = the element's locale, problem+json errors). Failures are
 * thrown as {@link SpaceRequestError} carrying a plain {@link SpaceFailure}: the API's field
 * messages by field and `Retry-After` (read from the response, which ApiError does not keep).
 */
export class SpaceApi {
  constructor(readonly options: SpaceApiOptions) {}

  startLogin(body: { email: string; password: string }, signal?: AbortSignal) {
    return this.call<LoginStarted>('POST', '/v1/auth/login', body, signal);
  }

  pollLogin(loginAttemptId: string, signal?: AbortSignal) {
    return this.call<PollResult>(
      'GET',
      `/v1/auth/login/${encodeURIComponent(loginAttemptId)}`,
      undefined,
      signal,
    );
  }

  verifyLogin(token: string, loginAttemptId: string | null, signal?: AbortSignal) {
    return this.call<VerifyLoginResponse>(
      'POST',
      '/v1/auth/verify',
      loginAttemptId ? { token, loginAttemptId } : { token },
      signal,
    );
  }

  async register(body: { email: string; password: string }, signal?: AbortSignal) {
    await this.call('POST', '/v1/auth/register', { ...body, locale: this.options.locale }, signal);
  }

  async verifyEmail(token: string, signal?: AbortSignal) {
    await this.call('POST', '/v1/auth/verify-email', { token }, signal);
  }

  async requestReset(email: string, signal?: AbortSignal) {
    await this.call(
      'POST',
      '/v1/auth/password-reset',
      { email, locale: this.options.locale },
      signal,
    );
  }

  /** «Ce n'était pas moi»: cancels the login attempt of the e-mail's denial link. */
  async denyLogin(token: string, signal?: AbortSignal) {
    await this.call('POST', '/v1/auth/login/deny', { token }, signal);
  }

  async confirmReset(token: string, password: string, signal?: AbortSignal) {
    await this.call('POST', '/v1/auth/password-reset/confirm', { token, password }, signal);
  }

  async logout(accessToken: string, signal?: AbortSignal) {
    await this.call('POST', '/v1/auth/logout', undefined, signal, accessToken);
  }

  me(accessToken: string, signal?: AbortSignal) {
    return this.call<MeResponse>('GET', '/v1/me', undefined, signal, accessToken);
  }

  dossiers(
    accessToken: string,
    query: {
      status?: DossierStatus | null;
      /** Only dossiers under way (the dashboard's "à compléter"). */
      open?: boolean;
      cursor?: string | null;
      limit?: number;
    },
    signal?: AbortSignal,
  ) {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.open) params.set('open', 'true');
    if (query.cursor) params.set('cursor', query.cursor);
    if (query.limit) params.set('limit', String(query.limit));
    const search = params.toString() ? `?${params}` : '';
    return this.call<Page<DossierRow>>(
      'GET',
      `/v1/me/dossiers${search}`,
      undefined,
      signal,
      accessToken,
    );
  }

  certificates(accessToken: string, signal?: AbortSignal) {
    return this.call<Page<CertificateRow>>(
      'GET',
      '/v1/me/certificates',
      undefined,
      signal,
      accessToken,
    );
  }

  billingDocuments(accessToken: string, signal?: AbortSignal) {
    return this.call<{ items: BillingDocument[] }>(
      'GET',
      '/v1/me/billing-documents',
      undefined,
      signal,
      accessToken,
    );
  }

  /** "Demander la révocation": the code is e-mailed to the bénéficiaire and the mandataire. */
  requestRevocation(
    accessToken: string,
    certificateId: string,
    body: { reason: RevocationReason; comment: string },
    signal?: AbortSignal,
  ) {
    const path = `/v1/certificates/${encodeURIComponent(certificateId)}/revocation`;
    return this.call<RevocationRequested>('POST', path, body, signal, accessToken);
  }

  /** The e-mailed code, with the session (`certificateId`) or on the public page (null). */
  async confirmRevocation(
    accessToken: string | null,
    certificateId: string | null,
    code: string,
    signal?: AbortSignal,
  ) {
    if (certificateId === null) {
      await this.call('POST', '/v1/revocations', { code }, signal);
      return;
    }
    const path = `/v1/certificates/${encodeURIComponent(certificateId)}/revocation/confirm`;
    await this.call('POST', path, { code }, signal, accessToken ?? undefined);
  }

  /** A file of the API (an invoice's or credit note's PDF or XML) with the session. */
  async download(path: string, accessToken: string): Promise<Blob> {
    const headers: Record<string, string> = { Authorization: `Bearer ${accessToken}` };
    if (this.options.partnerKey) headers['X-Partner-Key'] = this.options.partnerKey;
    const base = new URL(this.options.baseUrl, globalThis.location?.href ?? 'http://localhost/');
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    const response = await fetch(new URL(path.replace(/^\//, ''), base), { headers });
    if (!response.ok) {
      throw new SpaceRequestError({
        status: response.status,
        message: null,
        fields: {},
        retryAfter: null,
      });
    }
    return response.blob();
  }

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
    accessToken?: string,
  ): Promise<T> {
    let retryAfter: number | null = null;
    const client = new ApiClient({
      baseUrl: this.options.baseUrl,
      partnerKey: this.options.partnerKey,
      locale: this.options.locale,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const seconds = Number(response.headers.get('Retry-After') ?? Number.NaN);
        retryAfter = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : null;
        // ApiClient reads a JSON body from every success: a 204 is read as `null`.
        return response.status === 204
          ? new Response('null', { status: 200, headers: { 'Content-Type': 'application/json' } })
          : response;
      },
    });
    try {
      return await client.request<T>(
        method,
        path,
        body,
        signal,
        accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
      );
    } catch (error) {
      if (signal?.aborted) throw error;
      const failure: SpaceFailure =
        error instanceof ApiError
          ? {
              status: error.status,
              message: error.problem?.detail ?? error.problem?.title ?? null,
              fields: Object.fromEntries(
                (error.problem?.errors ?? []).map((e) => [e.field, e.message]),
              ),
              retryAfter,
            }
          : { status: 0, message: null, fields: {}, retryAfter: null };
      if (failure.status === 0 || failure.status >= 500) this.options.onTrouble?.(failure);
      throw new SpaceRequestError(failure);
    }
  }
}
