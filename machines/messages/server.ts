import { lazyImport } from '../lazy-import.ts';
import { messageFamily } from './messages.ts';
import { serverFr } from './server-fr.ts';

/**
 * The field errors only the API writes (server-fr.ts), known to `translate` and `isMessageKey` once this module is imported:
 * every module that writes one of these keys imports it (checked by families.test.ts).
 */
export const serverMessages = messageFamily({
  fr: serverFr,
  en: () =>
    lazyImport('machines/messages/server-en.ts', () => import('./server-en.ts')).then(
      (module) => module.serverEn,
    ),
});
