/**
 * The closed lists both sides of the API use, each an `as const` array with its type derived
 * from it: the API validates and stores these values, the element offers and shows them.
 * Lists owned by a schema or the messages (payment methods, dossier steps and events, locales)
 * are re-exported from there.
 */
export { type Locale, locales } from '../messages/locales.ts';
export {
  DOSSIER_EVENT_TYPES,
  DOSSIER_STEPS,
  type DossierEventType,
  type DossierStep,
  REVOCATION_REASONS,
  type RevocationReason,
} from '../schemas/dossier.ts';
export { PAYMENT_METHODS, type PaymentMethod } from '../schemas/purchase.ts';
export * from './dossier-statuses.ts';

/** An order's payment: awaited, received, or paid later under an administrative mandate. */
export const PAYMENT_STATUSES = ['pending', 'received', 'mandate'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const ORDER_STATUSES = ['placed', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The catalogue's options, by code. */
export const OPTION_CODES = ['usb_reader', 'express'] as const;
export type OptionCode = (typeof OPTION_CODES)[number];

/** `mandatory_first_certificate`: forced on when the organisation has no earlier certificate. */
export const OPTION_RULES = ['mandatory_first_certificate'] as const;
export type OptionRule = (typeof OPTION_RULES)[number];

/** `test`: a partner key whose orders are test orders (never fulfilled, apart in the queue). */
export const PARTNER_MODES = ['test', 'live'] as const;
export type PartnerMode = (typeof PARTNER_MODES)[number];

/** Who did something, in the audit trail (a dossier's history). */
export const ACTOR_TYPES = ['customer', 'operator', 'partner', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** An account's role: a buyer, or a CERTINOMIS operator (the back office). */
export const ROLES = ['customer', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export type Currency = 'EUR';

/**
 * The events a partner receives (see docs/webhooks.md). Adding a field to a payload is
 * compatible; renaming or removing one is not.
 */
export const WEBHOOK_EVENT_TYPES = [
  'order.placed',
  'dossier.status_changed',
  'certificate.issued',
  'certificate.shipped',
  'order.cancelled',
  'certificate.revoked',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
