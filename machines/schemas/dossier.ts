/**
 * Valibot schemas of the dossier (client space: Organisme → Mandataire → Bénéficiaire → Remise
 * → Vérification d'identité → Signature) and of every dossier event a client may post
 * (`POST /v1/dossiers/{id}/events`, the operator's `/v1/admin/...` actions). Shared by the
 * element (screens), the API (request bodies) and the dossier machine (which validates every
 * payload again: it is the authority). Messages are message keys of `machines/messages/`.
 *
 * Strings are trimmed; outputs are normalised (SIRET digits only, e-mail lowercased, mobile in
 * E.164, serial number uppercase hex, dates as `toISOString()`), and parsing an output again
 * gives the same output. Unknown keys are stripped: an `at` sent by a client never reaches the
 * machine (the API stamps the time, see `stampDossierEvent`).
 */
import '../messages/purchase.ts';
import '../messages/dossier.ts';
import * as v from 'valibot';
import { SIGNERS } from '../contract/dossiers.ts';
import { isFrenchMobile, normalizeFrenchPhone } from '../rules/phone.ts';
import { isValidPostalCode } from '../rules/postal-code.ts';
import { emailSchema } from './email.ts';
import { civilitySchema, countrySchema, MAX_LENGTH, siretSchema } from './purchase.ts';
import { documentName, optionalText, requiredText, safeText } from './text.ts';

/** The dossier's steps, in screen order. */
export const DOSSIER_STEPS = [
  'organisation',
  'mandataire',
  'beneficiaire',
  'delivery',
  'identity',
  'signature',
] as const;

export type DossierStep = (typeof DOSSIER_STEPS)[number];

/** Maximum lengths of the dossier's free-text fields (characters, after trimming). */
export const DOSSIER_MAX_LENGTH = {
  /** A person's job title ("Fonction"). */
  function: 100,
  /** Reasons given by the operator (identity refused, order cancelled, dossier refused). */
  reason: 500,
  documentId: 200,
  carrier: 100,
  /** The transfer's label as read on the bank statement (SEPA remittance: 140). */
  paymentReference: 140,
} as const;

// --- Steps ---------------------------------------------------------------------------------

/** 1 Organisme: the organisation the certificate is issued for (SIRET checked as in the purchase). */
export const organisationStepSchema = v.pipe(
  v.object({
    siret: siretSchema,
    name: requiredText(MAX_LENGTH.companyName),
    address: requiredText(MAX_LENGTH.address),
    postalCode: requiredText(10),
    city: requiredText(MAX_LENGTH.city),
    country: v.optional(countrySchema, 'FR'),
  }),
  v.forward(
    v.partialCheck(
      [['postalCode'], ['country']],
      (input) =>
        !/^[A-Z]{2}$/.test(input.country) || isValidPostalCode(input.postalCode, input.country),
      'validation.postal_code',
    ),
    ['postalCode'],
  ),
);

/** A French mobile (06/07, needed for the SMS signature code), output in E.164. */
export const frenchMobileSchema = v.pipe(
  v.string('validation.required'),
  v.trim(),
  v.nonEmpty('validation.required'),
  v.check(isFrenchMobile, 'validation.mobile_fr'),
  v.transform((value) => normalizeFrenchPhone(value) ?? value),
);

/**
 * A mandataire or a bénéficiaire. Names must match the identity document: kept as typed, and
 * refused with a control or text-direction character (`documentName`).
 */
export const personSchema = v.object({
  civility: civilitySchema,
  firstName: documentName(MAX_LENGTH.name),
  lastName: documentName(MAX_LENGTH.name),
  email: emailSchema,
  mobile: frenchMobileSchema,
  function: requiredText(DOSSIER_MAX_LENGTH.function),
});

/** 2 Mandataire: authorises certificate requests and revocations, may collect the certificate. */
export const mandataireStepSchema = personSchema;

/** 3 Bénéficiaire: the person who will use the certificate; the mandataire themself, or another. */
export const beneficiaireStepSchema = v.variant(
  'sameAsMandataire',
  [
    v.object({ sameAsMandataire: v.literal(true) }),
    v.object({ sameAsMandataire: v.literal(false), person: personSchema }),
  ],
  'validation.required',
);

export const DELIVERY_RECIPIENTS = ['mandataire', 'beneficiaire'] as const;
export const DELIVERY_MODES = ['post_office', 'mail'] as const;
export const IDENTITY_METHODS = ['online', 'face_to_face'] as const;
export const SIGNATURE_METHODS = ['online', 'handwritten'] as const;

/** 4 Remise: to whom, and where (mail only with an online identity check: see the machine). */
export const deliveryStepSchema = v.object({
  recipient: v.picklist(DELIVERY_RECIPIENTS, 'validation.choice'),
  mode: v.picklist(DELIVERY_MODES, 'validation.choice'),
});

/** 5 Vérification d'identité du bénéficiaire: online (ID scan) or face to face (post office). */
export const identityStepSchema = v.object({
  method: v.picklist(IDENTITY_METHODS, 'validation.choice'),
});

/** 6 Signature: online (SMS code) or handwritten (the PDF, signed and posted). */
export const signatureStepSchema = v.object({
  method: v.picklist(SIGNATURE_METHODS, 'validation.choice'),
});

/** Each step's schema. */
export const dossierStepSchemas = {
  organisation: organisationStepSchema,
  mandataire: mandataireStepSchema,
  beneficiaire: beneficiaireStepSchema,
  delivery: deliveryStepSchema,
  identity: identityStepSchema,
  signature: signatureStepSchema,
} as const satisfies Record<DossierStep, v.GenericSchema>;

export type OrganisationStep = v.InferOutput<typeof organisationStepSchema>;
export type OrganisationStepInput = v.InferInput<typeof organisationStepSchema>;
export type Person = v.InferOutput<typeof personSchema>;
export type PersonInput = v.InferInput<typeof personSchema>;
export type BeneficiaireStep = v.InferOutput<typeof beneficiaireStepSchema>;
export type DeliveryStep = v.InferOutput<typeof deliveryStepSchema>;
export type IdentityStep = v.InferOutput<typeof identityStepSchema>;
export type SignatureStep = v.InferOutput<typeof signatureStepSchema>;
export type DeliveryMode = DeliveryStep['mode'];
export type IdentityMethod = IdentityStep['method'];
export type SignatureMethod = SignatureStep['method'];

/** The stored data of each step (schema outputs). */
export interface DossierStepData {
  organisation: OrganisationStep;
  mandataire: Person;
  beneficiaire: BeneficiaireStep;
  delivery: DeliveryStep;
  identity: IdentityStep;
  signature: SignatureStep;
}

// --- Event payloads ------------------------------------------------------------------------

/** An ISO 8601 date-time (`2025-01-06T09:30:00Z`, offsets accepted), output as `toISOString()`. */
export const isoDateTimeSchema = v.pipe(
  v.string('validation.required'),
  v.trim(),
  v.nonEmpty('validation.required'),
  v.isoTimestamp('validation.datetime'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'validation.datetime'),
  v.transform((value) => new Date(value).toISOString()),
);

/** Operator: payment received (transfer, cheque, or the administrative mandate's payment). */
export const paymentReceivedSchema = v.object({
  /** Amount received, integer cents. */
  amount: v.pipe(
    v.number('validation.amount'),
    v.check((amount) => Number.isSafeInteger(amount) && amount > 0, 'validation.amount'),
  ),
  /** Transfer: the label read on the bank statement. */
  reference: optionalText(DOSSIER_MAX_LENGTH.paymentReference),
  /** Cheque: its 7-digit number (spaces accepted). */
  chequeNumber: v.optional(
    v.pipe(
      v.string('validation.type'),
      safeText(),
      v.transform((value) => value.replace(/\s/g, '')),
      v.regex(/^\d{7}$/, 'validation.cheque_number'),
    ),
  ),
  /** Cheque: the issuing bank. */
  bank: optionalText(MAX_LENGTH.bank),
});

const reasonSchema = requiredText(DOSSIER_MAX_LENGTH.reason);

/** Operator: the identity document (or the face-to-face check) is refused, and why. */
export const identityRefusedSchema = v.object({ reason: reasonSchema });

/** Operator: the certificate is issued. `notAfter` is computed by the machine (validity years). */
export const certificateIssuedSchema = v.object({
  /** Hexadecimal, 8–40 digits (RFC 5280 allows 20 octets); colons and spaces ignored. */
  serialNumber: v.pipe(
    v.string('validation.required'),
    v.transform((value) => value.replace(/[\s:]/g, '').toUpperCase()),
    v.nonEmpty('validation.required'),
    v.regex(/^[0-9A-F]{8,40}$/, 'validation.serial_number'),
  ),
  notBefore: isoDateTimeSchema,
});

/** Operator: the certificate is posted (delivery by mail). */
export const certificateShippedSchema = v.object({
  carrier: requiredText(DOSSIER_MAX_LENGTH.carrier),
  /** Letters, digits and dashes, 4–40 (spaces ignored), uppercased. */
  trackingNumber: v.pipe(
    v.string('validation.required'),
    v.transform((value) => value.replace(/\s/g, '').toUpperCase()),
    v.nonEmpty('validation.required'),
    v.regex(/^[A-Z0-9-]{4,40}$/, 'validation.tracking_number'),
  ),
});

/** Operator: the order is cancelled. */
export const orderCancelledSchema = v.object({ reason: reasonSchema });

/** Operator: the dossier cannot be accepted at all. */
export const dossierRefusedSchema = v.object({ reason: reasonSchema });

/** Why a certificate is revoked (RFC 5280 CRLReason codes a subscriber may give). */
export const REVOCATION_REASONS = [
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** The buyer's revocation request: a reason from the closed list and a comment (may be empty). */
export const revocationRequestSchema = v.object({
  reason: v.picklist(REVOCATION_REASONS, 'validation.revocation_reason'),
  comment: v.optional(
    v.pipe(
      v.string('validation.type'),
      safeText(),
      v.trim(),
      v.maxLength(DOSSIER_MAX_LENGTH.reason, 'validation.too_long'),
    ),
    '',
  ),
});

/** The revocation code as typed (its form is checked by the API, which forgives case and dashes). */
export const revocationCodeBodySchema = v.object({
  code: v.pipe(
    requiredText(64),
    v.check((code) => /^[\w\s-]+$/.test(code), 'validation.revocation_code'),
  ),
});

/** Operator: the revocation requested is refused, and why. */
export const revocationRefusedSchema = v.object({ reason: reasonSchema });

/** Who signs; events stored before there were two signers name none: the mandataire. */
export const signerSchema = v.optional(v.picklist(SIGNERS, 'validation.signer'), 'mandataire');

/** `POST /v1/dossiers/{id}/signature/code` (optional body): whose code; the mandataire's by default. */
export const signatureCodeRequestSchema = v.object({ signer: signerSchema });

// --- Events --------------------------------------------------------------------------------

const stepSchema = v.picklist(DOSSIER_STEPS, 'validation.step');

/** Event bodies as posted (`at` is stamped by the API, see `stampDossierEvent`). */
export const dossierEventSchemas = {
  /** Customer: save a step's data (validated by the step schema, in the machine). */
  'dossier.save': v.object({
    type: v.literal('dossier.save'),
    step: stepSchema,
    data: v.record(v.string(), v.unknown(), 'validation.type'),
  }),
  /** Customer: show another step. */
  'dossier.goTo': v.object({ type: v.literal('dossier.goTo'), step: stepSchema }),
  /** System (after a successful `POST /v1/dossiers/{id}/documents`): the ID scan is stored. */
  'identity.documentUploaded': v.object({
    type: v.literal('identity.documentUploaded'),
    documentId: requiredText(DOSSIER_MAX_LENGTH.documentId),
  }),
  /** System: `signer`'s SMS signature code was sent, bound to this dossier version. */
  'signature.codeSent': v.object({
    type: v.literal('signature.codeSent'),
    signer: signerSchema,
    version: v.pipe(
      v.number('validation.version'),
      v.check((version) => Number.isSafeInteger(version) && version >= 0, 'validation.version'),
    ),
  }),
  /** System (the API checked `signer`'s SMS code): signed online by them. */
  'signature.signedOnline': v.object({
    type: v.literal('signature.signedOnline'),
    signer: signerSchema,
  }),
  /** Customer: the dossier is signed by hand and posted to CERTINOMIS. */
  'signature.choosePaper': v.object({ type: v.literal('signature.choosePaper') }),
  /** Operator: the signed paper dossier arrived. */
  'paper.received': v.object({ type: v.literal('paper.received') }),
  /** Operator: the bénéficiaire's identity is verified (document, or face to face). */
  'identity.verified': v.object({ type: v.literal('identity.verified') }),
  'identity.refused': v.object({
    type: v.literal('identity.refused'),
    ...identityRefusedSchema.entries,
  }),
  'payment.received': v.object({
    type: v.literal('payment.received'),
    ...paymentReceivedSchema.entries,
  }),
  'certificate.issued': v.object({
    type: v.literal('certificate.issued'),
    ...certificateIssuedSchema.entries,
  }),
  'certificate.shipped': v.object({
    type: v.literal('certificate.shipped'),
    ...certificateShippedSchema.entries,
  }),
  /** Operator: the certificate waits at the post office (delivery at a post office). */
  'certificate.atPostOffice': v.object({ type: v.literal('certificate.atPostOffice') }),
  'order.cancelled': v.object({
    type: v.literal('order.cancelled'),
    ...orderCancelledSchema.entries,
  }),
  'dossier.refused': v.object({
    type: v.literal('dossier.refused'),
    ...dossierRefusedSchema.entries,
  }),
  /** System (the revocation code was entered): the holder asks CERTINOMIS to revoke. */
  'revocation.requested': v.object({
    type: v.literal('revocation.requested'),
    ...revocationRequestSchema.entries,
  }),
  /** Operator: the certificate is revoked. */
  'revocation.confirmed': v.object({ type: v.literal('revocation.confirmed') }),
  /** Operator: the revocation requested is refused (the certificate stays valid). */
  'revocation.refused': v.object({
    type: v.literal('revocation.refused'),
    ...revocationRefusedSchema.entries,
  }),
} as const;

export type DossierEventType = keyof typeof dossierEventSchemas;

/** Every dossier event type, in the order of the flow. */
export const DOSSIER_EVENT_TYPES = Object.keys(dossierEventSchemas) as DossierEventType[];

/**
 * Any dossier event body (`POST /v1/dossiers/{id}/events`): the API validates it with this
 * schema, then checks the sender against `dossierEventActors`, then stamps `at`.
 */
export const dossierEventSchema = v.variant(
  'type',
  [
    dossierEventSchemas['dossier.save'],
    dossierEventSchemas['dossier.goTo'],
    dossierEventSchemas['identity.documentUploaded'],
    dossierEventSchemas['signature.codeSent'],
    dossierEventSchemas['signature.signedOnline'],
    dossierEventSchemas['signature.choosePaper'],
    dossierEventSchemas['paper.received'],
    dossierEventSchemas['identity.verified'],
    dossierEventSchemas['identity.refused'],
    dossierEventSchemas['payment.received'],
    dossierEventSchemas['certificate.issued'],
    dossierEventSchemas['certificate.shipped'],
    dossierEventSchemas['certificate.atPostOffice'],
    dossierEventSchemas['order.cancelled'],
    dossierEventSchemas['dossier.refused'],
    dossierEventSchemas['revocation.requested'],
    dossierEventSchemas['revocation.confirmed'],
    dossierEventSchemas['revocation.refused'],
  ],
  'validation.event_type',
);

/** The events a buyer may post themself. */
export const customerDossierEventSchema = v.variant(
  'type',
  [
    dossierEventSchemas['dossier.save'],
    dossierEventSchemas['dossier.goTo'],
    dossierEventSchemas['signature.choosePaper'],
  ],
  'validation.event_type',
);

export type DossierEventBody = v.InferOutput<typeof dossierEventSchema>;
export type DossierEventBodyInput = v.InferInput<typeof dossierEventSchema>;
export type PaymentReceived = v.InferOutput<typeof paymentReceivedSchema>;
