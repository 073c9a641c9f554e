import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuoteResponse } from '../../machines/contract.ts';
import type { ApiClient } from '../api-client.ts';
import type { Flow } from './flow.ts';

export interface QuoteRequestBody {
  product: string;
  quantity: number;
  options: { usbReader: boolean; express: boolean };
}

/**
 * The récapitulatif's amounts, always computed by the server (`POST /v1/quotes`): `request`
 * a body on each render; a changed body is fetched after a short pause (typing a quantity
 * sends one request), the previous answer is kept while loading, a stale answer is dropped.
 */
export class QuoteController implements ReactiveController {
  value: QuoteResponse | null = null;
  loading = false;
  failed = false;
  private key = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 250,
  ) {
    host.addController(this);
  }

  /**
   * Quotes the flow's product and quantity, with the options chosen (or, before the options
   * step, none), once the flow has a product.
   */
  requestFor({ context, client, locale }: Flow, withOptions = true): void {
    if (!context.product) return;
    const options = withOptions ? context.options : { usbReader: false, express: false };
    this.request(client, { product: context.product, quantity: context.quantity, options }, locale);
  }

  request(client: ApiClient, body: QuoteRequestBody, locale: string): void {
    const key = `${locale}${JSON.stringify(body)}`;
    if (key === this.key) return;
    this.key = key;
    this.cancel();
    this.loading = true;
    this.timer = setTimeout(() => void this.fetch(client, body), this.value ? this.delay : 0);
  }

  private async fetch(client: ApiClient, body: QuoteRequestBody): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    try {
      const value = await client.getQuote(body, abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.failed = false;
    } catch {
      if (abort.signal.aborted) return;
      this.failed = true;
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
    this.key = '';
  }
}
