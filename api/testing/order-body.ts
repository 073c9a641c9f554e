/** Valid `POST /v1/orders` bodies for API tests, built like the element builds them. */
import { customerDraft } from '../../machines/purchase/test-fixtures.ts';

export const cgvVersion = '2026-11-26';

export const sirets = {
  publicFirst: '21750999100014',
  publicExisting: '21130999200017',
  privateFirst: '81234567600017',
  privateExisting: '52345678800018',
  closed: '48765432900019',
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
