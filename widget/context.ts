import { createContext } from '@lit/context';
import type { Locale } from '../machines/messages/index.ts';
import type { ApiClient } from './api-client.ts';

/** What every step component of one `<certinomis-order>` shares. */
export interface OrderContext {
  locale: Locale;
  client: ApiClient;
}

export const orderContext = createContext<OrderContext>(Symbol('certinomis-order-context'));
