import { accountEn } from './account-en.ts';
import { dossierEn } from './dossier-en.ts';
import { fieldsEn } from './fields-en.ts';
import type { MessageKey } from './fr.ts';
import { purchaseEn } from './purchase-en.ts';
import { serverEn } from './server-en.ts';

/** Every English message (fr.ts's families in English), for the API and the tests. */
export const en: Record<MessageKey, string> = {
  ...fieldsEn,
  ...accountEn,
  ...purchaseEn,
  ...dossierEn,
  ...serverEn,
};
