import { accountFr } from './account-fr.ts';
import { dossierFr } from './dossier-fr.ts';
import { fieldsFr } from './fields-fr.ts';
import { purchaseFr } from './purchase-fr.ts';
import { serverFr } from './server-fr.ts';

/**
 * Every French message of the machines (field errors, statuses, labels shared by the element and
 * the API), one table per family: each family is in the bundles of the modules that write its
 * keys (see messages.ts). This whole table is for the API (index.ts) and the tests: the element
 * imports only its type.
 */
export const fr = { ...fieldsFr, ...accountFr, ...purchaseFr, ...dossierFr, ...serverFr } as const;

export type MessageKey = keyof typeof fr;
