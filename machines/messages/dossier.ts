import { lazyImport } from '../lazy-import.ts';
import { dossierFr } from './dossier-fr.ts';
import { messageFamily } from './messages.ts';

/**
 * The dossier's texts (dossier-fr.ts), known to `translate` and `isMessageKey` once this module is imported:
 * every module that writes one of these keys imports it (checked by families.test.ts).
 */
export const dossierMessages = messageFamily({
  fr: dossierFr,
  en: () =>
    lazyImport('machines/messages/dossier-en.ts', () => import('./dossier-en.ts')).then(
      (module) => module.dossierEn,
    ),
});
