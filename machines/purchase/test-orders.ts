/**
 * Test data shared by the API, component and end-to-end tests (imported by tests only):
 * valid `POST /v1/orders` bodies, built like the element builds them from the purchase
 * fixtures beside this file, and fresh addresses and mobiles so that accounts, throttles and
 * e-mail allowances never collide between tests.
 */
import { customerDraft, organisations } from './test-fixtures.ts';

export const cgvVersion = '2026-11-26';

/** The development registry's SIRETs (README "Development SIRETs"). */
export const sirets = {
  publicFirst: organisations.publicFirst.siret,
  publicExisting: organisations.publicExisting.siret,
  privateFirst: organisations.privateFirst.siret,
  privateExisting: organisations.privateExisting.siret,
  closed: organisations.closed.siret,
  unknownButValid: '81234567600033',
} as const;

export type PaymentKind = 'transfer' | 'cheque' | 'mandate';

export function orderBody(
  overrides: {
    siret?: string;
    payment?: PaymentKind;
    quantity?: number;
    usbReader?: boolean;
    express?: boolean;
    product?: string;
    email?: string;
  } = {},
) {
  const siret = overrides.siret ?? sirets.privateFirst;
  const email = overrides.email ?? 'jb.poquelin@moliere.fr';
  const payment = overrides.payment ?? 'transfer';
  return {
    product: overrides.product ?? 'OPE-AES-CAP-1A',
    quantity: overrides.quantity ?? 1,
    options: { usbReader: overrides.usbReader ?? true, express: overrides.express ?? false },
    customer: { ...customerDraft(siret), email, emailConfirmation: email },
    billing: null,
    payment:
      payment === 'transfer'
        ? { method: 'transfer', transferReference: 'MOLIERE CERTIF 2026' }
        : payment === 'cheque'
          ? { method: 'cheque', chequeNumber: '1234567', bank: 'Crédit Mutuel' }
          : {
              method: 'mandate',
              siret,
              serviceCode: 'SERV-FIN_01',
              chorusOrderNumber: 'EJ 2026/000123',
            },
    cgvAccepted: true,
    cgvVersion,
  };
}

/** A fresh address per test, `label.<time>.<random>@moliere.example`. */
export function uniqueEmail(label = 'buyer'): string {
  return `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}@moliere.example`;
}

/** A fresh French mobile per test (`06 xx xx xx xx`), to find its SMS in the outbox. */
export function uniqueMobile(): string {
  const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)).join('');
  return `06${digits}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}
