import type { Locale } from '../machines/messages/index.ts';
import type { ApiClient } from './api-client.ts';

/** What every step component of one `<certinomis-order>` shares (passed as a property). */
export interface OrderContext {
  locale: Locale;
  client: ApiClient;
}
