import { lazyImport } from '../lazy-import.ts';
import { accountFr } from './account-fr.ts';
import { messageFamily } from './messages.ts';

/**
 * The client space's account errors (account-fr.ts), known to `translate` and `isMessageKey` once this module is imported:
 * every module that writes one of these keys imports it (checked by families.test.ts).
 */
export const accountMessages = messageFamily({
  fr: accountFr,
  en: () =>
    lazyImport('machines/messages/account-en.ts', () => import('./account-en.ts')).then(
      (module) => module.accountEn,
    ),
});
