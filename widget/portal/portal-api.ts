import type {
  Locale,
  PartnerAuditEntry,
  PartnerLoginStarted,
  PartnerOrderView,
  PartnerSession,
  PartnerSettings,
  PartnerSettingsPatch,
  PartnerSettingsUpdated,
  PartnerStatement,
  PartnerTestEventType,
  PartnerUserRole,
  PartnerUserView,
  Problem,
  ReplayResult,
  SecretKeyRolled,
  TestEventQueued,
  WebhookEventView,
  WebhookSecretRolled,
} from '../../machines/contract.ts';
import { ApiClient, ApiError } from '../api-client.ts';

/** A keyset page of the partner API (`nextCursor` null on the last one). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The filters of the orders screen (empty strings: no filter). */
export interface OrderFilters {
  status: '' | PartnerOrderView['status'];
  mode: '' | 'test' | 'live';
  from: string;
  to: string;
}

/** A file the API answered (CSV, PDF) and the name it gave it. */
export interface Download {
  blob: Blob;
  fileName: string;
}

/** The query string of `GET /v1/partner/orders` for `filters` (and a page's cursor). */
export function orderSearch(filters: OrderFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const name of ['status', 'mode', 'from', 'to'] as const) {
    if (filters[name]) params.set(name, filters[name]);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

/**
 * The portal's requests: `/v1/partner-auth` (invitation, login, session, logout) and the partner
 * API `/v1/partner…` with the user's session (`Authorization: Bearer pps_…`), over the element's
 * {@link ApiClient} (`Accept-Language`, problem+json errors as {@link ApiError}). The API decides
 * what each role may do; a 403 comes back as its problem.
 */
export class PortalApi {
  private readonly client: ApiClient;

  constructor(readonly options: { baseUrl: string; locale: Locale }) {
    this.client = new ApiClient({
      baseUrl: options.baseUrl,
      partnerKey: null,
      locale: options.locale,
    });
  }

  /** `POST /v1/partner-auth/accept` (204): the invited user's password. */
  accept(token: string, password: string): Promise<void> {
    return this.noContent('/v1/partner-auth/accept', { token, password });
  }

  login(email: string, password: string): Promise<PartnerLoginStarted> {
    return this.client.request('POST', '/v1/partner-auth/login', { email, password });
  }

  session(token: string): Promise<PartnerSession> {
    return this.client.request('POST', '/v1/partner-auth/session', { token });
  }

  logout(session: string): Promise<void> {
    return this.noContent('/v1/partner-auth/logout', {}, bearer(session));
  }

  settings(session: string, signal?: AbortSignal): Promise<PartnerSettings> {
    return this.get(session, '/v1/partner', signal);
  }

  updateSettings(session: string, patch: PartnerSettingsPatch): Promise<PartnerSettingsUpdated> {
    return this.client.request('PATCH', '/v1/partner', patch, undefined, bearer(session));
  }

  rollSecretKey(session: string, expiresInHours: number): Promise<SecretKeyRolled> {
    return this.post(session, '/v1/partner/keys/secret/roll', { expiresInHours });
  }

  rollWebhookSecret(session: string, expiresInHours: number): Promise<WebhookSecretRolled> {
    return this.post(session, '/v1/partner/webhooks/secret/roll', { expiresInHours });
  }

  sendTestEvent(session: string, type: PartnerTestEventType): Promise<TestEventQueued> {
    return this.post(session, '/v1/partner/webhooks/test', { type });
  }

  deliveries(session: string, signal?: AbortSignal): Promise<Page<WebhookEventView>> {
    return this.get(session, '/v1/partner/webhooks/deliveries?limit=20', signal);
  }

  replay(session: string, eventId: string): Promise<ReplayResult> {
    return this.post(
      session,
      `/v1/partner/webhooks/events/${encodeURIComponent(eventId)}/replay`,
      {},
    );
  }

  orders(
    session: string,
    filters: OrderFilters,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<Page<PartnerOrderView>> {
    const extra: Record<string, string> = { limit: '20', ...(cursor ? { cursor } : {}) };
    return this.get(session, `/v1/partner/orders?${orderSearch(filters, extra)}`, signal);
  }

  ordersCsv(session: string, filters: OrderFilters): Promise<Download> {
    return this.download(session, `/v1/partner/orders?${orderSearch(filters, { format: 'csv' })}`);
  }

  statement(session: string, month: string, signal?: AbortSignal): Promise<PartnerStatement> {
    return this.get(session, `/v1/partner/statements/${encodeURIComponent(month)}`, signal);
  }

  statementFile(session: string, month: string, format: 'csv' | 'pdf'): Promise<Download> {
    return this.download(
      session,
      `/v1/partner/statements/${encodeURIComponent(month)}?format=${format}`,
    );
  }

  audit(
    session: string,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<Page<PartnerAuditEntry>> {
    const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    return this.get(session, `/v1/partner/audit${query}`, signal);
  }

  users(session: string, signal?: AbortSignal): Promise<{ items: PartnerUserView[] }> {
    return this.get(session, '/v1/partner/users', signal);
  }

  invite(session: string, email: string, role: PartnerUserRole): Promise<PartnerUserView> {
    return this.post(session, '/v1/partner/users', { email, role });
  }

  private get<T>(session: string, path: string, signal?: AbortSignal): Promise<T> {
    return this.client.request('GET', path, undefined, signal, bearer(session));
  }

  private post<T>(session: string, path: string, body: unknown): Promise<T> {
    return this.client.request('POST', path, body, undefined, bearer(session));
  }

  /** A POST answered 204 (no body for the client's JSON reader). */
  private async noContent(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await this.fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    await response.body?.cancel();
  }

  /** `path` of the API, `Accept-Language` set; a failure as an {@link ApiError}. */
  private async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const base = new URL(this.options.baseUrl, globalThis.location?.href);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    let response: Response;
    try {
      response = await fetch(new URL(path.replace(/^\//, ''), base), {
        ...init,
        headers: {
          'Accept-Language': this.options.locale,
          ...(init.headers as Record<string, string>),
        },
      });
    } catch {
      throw new ApiError(0, null);
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as Problem | null;
      throw new ApiError(response.status, problem);
    }
    return response;
  }

  /** A CSV or PDF (the session rides in a header, so no plain link can fetch it). */
  private async download(session: string, path: string): Promise<Download> {
    const response = await this.fetch(path, { headers: bearer(session) });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
    return { blob: await response.blob(), fileName };
  }
}

function bearer(session: string): Record<string, string> {
  return { Authorization: `Bearer ${session}` };
}

/** Hands `file` to the browser as a download (an object URL clicked, then released). */
export function saveDownload(file: Download): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
