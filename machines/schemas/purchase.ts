/**
 * Valibot schemas of the purchase flow (Liste des produits → Commande du certificat →
 * Formulaire de commande → CGV), shared by the element (screens) and the API (`POST /v1/quotes`,
 * `POST /v1/orders`). Every message is a message key of `machines/messages/`; each side
 * translates it. Strings are trimmed; outputs are normalised (SIRET digits only, e-mail
 * lowercased, French phone in E.164, cheque number digits only), and parsing an output again
 * gives the same output. Unknown keys are stripped (`v.object`): a price sent by a client
 * never reaches the server's computation.
 *
 * The rules themselves live in `machines/rules/` and are only called from here.
 */
import '../messages/purchase.ts';
import * as v from 'valibot';
import { isEmail, normalizeEmail } from '../rules/email.ts';
import { isFrenchPhone, normalizeFrenchPhone } from '../rules/phone.ts';
import { isValidPostalCode } from '../rules/postal-code.ts';
import { normalizeDigits, siretProblem } from '../rules/siret.ts';
import { emailSchema } from './email.ts';
import { uuidSchema } from './params.ts';
import { requiredText, safeText } from './text.ts';

/** Number of certificates in one order (one validity per order). */
export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 50;

/** Maximum lengths of free-text fields (characters, after trimming). */
export const MAX_LENGTH = {
  name: 100,
  companyName: 200,
  address: 200,
  city: 100,
  phone: 30,
  bank: 100,
  serviceCode: 100,
  /** Chorus Pro engagement number ("Numéro commande Chorus"). */
  chorusOrderNumber: 50,
  /** SEPA remittance information (unstructured) is at most 140; the reference field is 35. */
  transferReference: 35,
  productCode: 50,
  cgvVersion: 50,
} as const;

export const civilitySchema = v.pipe(
  v.string('validation.required'),
  v.trim(),
  v.toUpperCase(),
  v.nonEmpty('validation.required'),
  v.picklist(['MME', 'MR'], 'validation.civility'),
);

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** ISO 3166-1 alpha-2, uppercased. */
export const countrySchema = v.pipe(
  v.string('validation.required'),
  v.trim(),
  v.toUpperCase(),
  v.nonEmpty('validation.required'),
  v.regex(COUNTRY_CODE, 'validation.country'),
);

/** SIRET: 14 digits with its checksum (`siretProblem`); output digits only. */
export const siretSchema = v.pipe(
  v.string('validation.required'),
  v.trim(),
  v.check((value) => siretProblem(value) !== 'required', 'validation.required'),
  v.check((value) => siretProblem(value) !== 'format', 'validation.siret_format'),
  v.check((value) => siretProblem(value) !== 'checksum', 'validation.siret_checksum'),
  v.transform(normalizeDigits),
);

/** Phone number outside France: optional `+`, 6–15 digits (E.164 maximum), common separators. */
function isInternationalPhone(value: string): boolean {
  const compact = value.replace(/[\s.()-]/g, '');
  return /^\+?\d{6,15}$/.test(compact) && /^\+?[\d\s.()-]+$/.test(value);
}

/**
 * Cross-field checks run even when a field has a format issue of its own (only a missing or
 * mistyped field stops them): an invalid country is reported on `country` alone.
 */
function isPhoneOf(phone: string, country: string): boolean {
  if (!COUNTRY_CODE.test(country)) return true;
  return country === 'FR' ? isFrenchPhone(phone) : isInternationalPhone(phone);
}

function isPostalCodeOf(postalCode: string, country: string): boolean {
  return !COUNTRY_CODE.test(country) || isValidPostalCode(postalCode, country);
}

/** Identification client: the person in charge of the order (not necessarily the holder). */
export const customerSchema = v.pipe(
  v.object({
    civility: civilitySchema,
    firstName: requiredText(MAX_LENGTH.name),
    lastName: requiredText(MAX_LENGTH.name),
    email: emailSchema,
    emailConfirmation: v.pipe(
      v.string('validation.required'),
      safeText(),
      v.trim(),
      v.nonEmpty('validation.required'),
      v.transform(normalizeEmail),
    ),
    phone: requiredText(MAX_LENGTH.phone),
    country: v.optional(countrySchema, 'FR'),
    companyName: requiredText(MAX_LENGTH.companyName),
    siret: siretSchema,
    address: requiredText(MAX_LENGTH.address),
    postalCode: requiredText(10),
    city: requiredText(MAX_LENGTH.city),
  }),
  v.forward(
    v.partialCheck(
      [['email'], ['emailConfirmation']],
      (input) => input.email === input.emailConfirmation,
      'validation.email_mismatch',
    ),
    ['emailConfirmation'],
  ),
  v.forward(
    v.partialCheck(
      [['phone'], ['country']],
      (input) => isPhoneOf(input.phone, input.country),
      (issue) => (issue.input.country === 'FR' ? 'validation.phone_fr' : 'validation.phone'),
    ),
    ['phone'],
  ),
  v.forward(
    v.partialCheck(
      [['postalCode'], ['country']],
      (input) => isPostalCodeOf(input.postalCode, input.country),
      'validation.postal_code',
    ),
    ['postalCode'],
  ),
  v.transform((customer) => ({
    ...customer,
    phone:
      customer.country === 'FR'
        ? (normalizeFrenchPhone(customer.phone) ?? customer.phone)
        : customer.phone,
  })),
);

/** Optional e-mail: empty or absent gives `undefined`. */
const optionalEmailSchema = v.optional(
  v.pipe(
    v.nullable(v.string('validation.type')),
    v.transform((value) => value?.trim() ?? ''),
    v.check((value) => value === '' || isEmail(value), 'validation.email'),
    v.transform((value) => (value === '' ? undefined : normalizeEmail(value))),
  ),
);

/** Billing details, when "Les informations de facturation sont différentes" is ticked. */
export const billingSchema = v.pipe(
  v.object({
    companyName: requiredText(MAX_LENGTH.companyName),
    address: requiredText(MAX_LENGTH.address),
    postalCode: requiredText(10),
    city: requiredText(MAX_LENGTH.city),
    country: v.optional(countrySchema, 'FR'),
    /** Where invoices are sent, when not to the customer's address. */
    email: optionalEmailSchema,
  }),
  v.forward(
    v.partialCheck(
      [['postalCode'], ['country']],
      (input) => isPostalCodeOf(input.postalCode, input.country),
      'validation.postal_code',
    ),
    ['postalCode'],
  ),
);

export const purchaseOptionsSchema = v.object({
  /** Lecteur format clé USB (mandatory for a first CERTINOMIS certificate). */
  usbReader: v.optional(v.boolean('validation.type'), false),
  /** Traitement Express. */
  express: v.optional(v.boolean('validation.type'), false),
});

const CHORUS_CHARACTERS = /^[\p{L}\p{N} _/.-]+$/u;
/** SEPA basic Latin character set (EPC guidelines), without `?`. */
const TRANSFER_CHARACTERS = /^[A-Za-z0-9 /.:'()+,-]+$/;

export const mandatePaymentSchema = v.object({
  method: v.literal('mandate'),
  /** The paying entity's SIRET: may differ from the customer's (a service of the same body). */
  siret: siretSchema,
  serviceCode: v.pipe(
    requiredText(MAX_LENGTH.serviceCode),
    v.regex(CHORUS_CHARACTERS, 'validation.service_code'),
  ),
  /** Chorus Pro engagement number ("Numéro commande Chorus"). */
  chorusOrderNumber: v.pipe(
    requiredText(MAX_LENGTH.chorusOrderNumber),
    v.regex(CHORUS_CHARACTERS, 'validation.chorus_order_number'),
  ),
});

export const transferPaymentSchema = v.object({
  method: v.literal('transfer'),
  /** Référence du virement, as the buyer will write it on the transfer. */
  transferReference: v.pipe(
    requiredText(MAX_LENGTH.transferReference),
    v.regex(TRANSFER_CHARACTERS, 'validation.transfer_reference'),
  ),
});

export const chequePaymentSchema = v.object({
  method: v.literal('cheque'),
  /** 7 digits, as printed on French cheques; spaces accepted, output digits only. */
  chequeNumber: v.pipe(
    v.string('validation.required'),
    v.transform((value) => value.replace(/\s/g, '')),
    v.nonEmpty('validation.required'),
    v.regex(/^\d{7}$/, 'validation.cheque_number'),
  ),
  bank: requiredText(MAX_LENGTH.bank),
});

export const paymentSchema = v.variant(
  'method',
  [mandatePaymentSchema, transferPaymentSchema, chequePaymentSchema],
  'validation.payment_method',
);

export const PAYMENT_METHODS = ['mandate', 'transfer', 'cheque'] as const;

/** One check, one message (its text states the range: keep it in line with the constants). */
export const quantitySchema = v.pipe(
  v.number('validation.quantity_range'),
  v.check(
    (quantity) =>
      Number.isInteger(quantity) && quantity >= QUANTITY_MIN && quantity <= QUANTITY_MAX,
    'validation.quantity_range',
  ),
);

/** A catalogue product code (its existence is checked against the catalogue by the caller). */
export const productCodeSchema = requiredText(MAX_LENGTH.productCode);

const defaultOptions = () => ({ usbReader: false, express: false });

export const quoteRequestSchema = v.object({
  product: productCodeSchema,
  quantity: quantitySchema,
  options: v.optional(purchaseOptionsSchema, defaultOptions),
});

/** Version of the CGV the buyer accepted (as published with the catalogue). */
export const cgvVersionSchema = requiredText(MAX_LENGTH.cgvVersion);

export const orderRequestSchema = v.object({
  product: productCodeSchema,
  quantity: quantitySchema,
  options: v.optional(purchaseOptionsSchema, defaultOptions),
  customer: customerSchema,
  /** Null (or absent) when billing goes to the customer's organisation. */
  billing: v.nullish(billingSchema, null),
  payment: paymentSchema,
  /** Must be `true`: absent, `false` or anything else is refused with the same message. */
  cgvAccepted: v.pipe(
    v.optional(v.boolean('validation.cgv_required'), false),
    v.literal(true, 'validation.cgv_required'),
  ),
  cgvVersion: cgvVersionSchema,
  /**
   * A renewal: the certificate (its dossier id) this order renews. The API checks that it is an
   * issued certificate of the same organisation, not revoked and not renewed already.
   */
  renewalOf: v.nullish(uuidSchema, null),
});

export type Civility = v.InferOutput<typeof civilitySchema>;
export type Customer = v.InferOutput<typeof customerSchema>;
export type CustomerInput = v.InferInput<typeof customerSchema>;
export type Billing = v.InferOutput<typeof billingSchema>;
export type BillingInput = v.InferInput<typeof billingSchema>;
export type PurchaseOptions = v.InferOutput<typeof purchaseOptionsSchema>;
export type Payment = v.InferOutput<typeof paymentSchema>;
export type PaymentInput = v.InferInput<typeof paymentSchema>;
export type PaymentMethod = Payment['method'];
export type QuoteRequest = v.InferOutput<typeof quoteRequestSchema>;
export type OrderRequest = v.InferOutput<typeof orderRequestSchema>;
