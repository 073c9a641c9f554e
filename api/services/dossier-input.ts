import type { PaymentMethod, PaymentStatus } from '../../machines/contract.ts';
import type { DossierInput } from '../../machines/dossier/context.ts';
import { initialDossier } from '../../machines/dossier.machine.ts';

/** The dossier machine's input, from the order it belongs to. */
export function dossierInputOf(order: {
  reference: string;
  product_code: string;
  validity_years: number;
  express: boolean;
  payment_method: PaymentMethod;
  payment_status: PaymentStatus;
  customer: Record<string, string>;
  organisation_name: string;
  siret: string;
}): DossierInput {
  const c = order.customer;
  return {
    orderReference: order.reference,
    productCode: order.product_code,
    validityYears: order.validity_years,
    express: order.express,
    paymentMethod: order.payment_method,
    paid: order.payment_status === 'received',
    prefill: {
      organisation: {
        siret: order.siret,
        name: order.organisation_name,
        address: c.address ?? '',
        postalCode: c.postalCode ?? '',
        city: c.city ?? '',
        country: c.country ?? 'FR',
      },
      contact: {
        civility: c.civility ?? '',
        firstName: c.firstName ?? '',
        lastName: c.lastName ?? '',
        email: c.email ?? '',
        phone: c.phone ?? '',
      },
    },
  };
}

/** The stored form of a new dossier, written when the order is placed. */
export function newDossierData(input: DossierInput): string {
  // The same text as JSON.stringify(persistDossier(…)), without its parse/stringify copy.
  const { value, context } = initialDossier(input);
  return JSON.stringify({ value, context });
}
