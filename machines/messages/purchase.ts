import { lazyImport } from '../lazy-import.ts';
import { messageFamily } from './messages.ts';
import { purchaseFr } from './purchase-fr.ts';

/**
 * The purchase's field errors (purchase-fr.ts), known to `translate` and `isMessageKey` once this module is imported:
 * every module that writes one of these keys imports it (checked by families.test.ts).
 */
export const purchaseMessages = messageFamily({
  fr: purchaseFr,
  en: () =>
    lazyImport('machines/messages/purchase-en.ts', () => import('./purchase-en.ts')).then(
      (module) => module.purchaseEn,
    ),
});
