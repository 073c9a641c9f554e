import * as v from 'valibot';
import { SIGNERS } from '../contract/dossiers.ts';
import { DOSSIER_STATUSES, REVOCATION_REASONS } from '../contract/lists.ts';
import type {
  CertificateRow,
  DossierDocument,
  DossierResponse,
  DossierRow,
  SignatureCodeResponse,
} from '../contract.ts';
import {
  type AdminCreditNote,
  BILLING_DOCUMENT_KINDS,
  type BillingDocument,
  type CancellationResponse,
} from '../schemas/cancellation.ts';
import { anyRecord, cents, dateTime, pageSchema, payeeSchema, uuid } from './common.ts';
import type { Same } from './same-type.ts';

const statusSchema = v.picklist(DOSSIER_STATUSES);

export const dossierRowSchema = v.object({
  id: uuid,
  productLabel: v.string(),
  orderReference: v.string(),
  position: v.number(),
  quantity: v.number(),
  beneficiary: v.nullable(v.string()),
  orderDate: dateTime,
  status: statusSchema,
  statusLabel: v.string(),
  timeZone: v.string(),
  renewalOf: v.nullable(v.string()),
  revoked: v.nullable(v.object({ at: dateTime, reason: v.picklist(REVOCATION_REASONS) })),
});
const _row: Same<v.InferOutput<typeof dossierRowSchema>, DossierRow> = true;
export const dossierPageSchema = pageSchema(dossierRowSchema);

export const certificateRowSchema = v.object({
  dossierId: uuid,
  orderReference: v.string(),
  beneficiary: v.nullable(v.string()),
  identity: v.nullable(v.string()),
  status: statusSchema,
  statusLabel: v.string(),
  expiresAt: v.nullable(dateTime),
  timeZone: v.string(),
  revocation: v.nullable(v.picklist(['requested', 'refused'])),
  renewedBy: v.nullable(v.string()),
  renewal: v.nullable(
    v.object({
      renewalOf: uuid,
      orderReference: v.string(),
      product: v.string(),
      customer: v.object({
        civility: v.string(),
        firstName: v.string(),
        lastName: v.string(),
        email: v.string(),
        phone: v.string(),
        country: v.string(),
        companyName: v.string(),
        siret: v.string(),
        address: v.string(),
        postalCode: v.string(),
        city: v.string(),
      }),
      partnerKey: v.nullable(v.string()),
    }),
  ),
});
const _certificate: Same<v.InferOutput<typeof certificateRowSchema>, CertificateRow> = true;
export const certificatePageSchema = pageSchema(certificateRowSchema);

export const dossierDocumentSchema = v.object({
  id: uuid,
  contentType: v.string(),
  size: v.pipe(v.number(), v.integer()),
  uploadedAt: dateTime,
});
const _document: Same<v.InferOutput<typeof dossierDocumentSchema>, DossierDocument> = true;

export const dossierResponseSchema = v.object({
  id: uuid,
  orderReference: v.string(),
  orderDate: dateTime,
  productLabel: v.string(),
  position: v.number(),
  quantity: v.number(),
  express: v.boolean(),
  status: statusSchema,
  statusLabel: v.string(),
  step: v.nullable(v.string()),
  version: v.pipe(v.number(), v.integer()),
  accepts: v.array(v.string()),
  editable: v.boolean(),
  data: anyRecord,
  documents: v.array(dossierDocumentSchema),
  payee: payeeSchema,
});
const _dossier: Same<v.InferOutput<typeof dossierResponseSchema>, DossierResponse> = true;

export const signatureCodeResponseSchema = v.object({
  signer: v.picklist(SIGNERS),
  sentTo: v.string(),
  expiresAt: dateTime,
  dossier: dossierResponseSchema,
});
const _code: Same<v.InferOutput<typeof signatureCodeResponseSchema>, SignatureCodeResponse> = true;

const refundMethod = v.picklist(['transfer', 'cheque', 'mandate']);

export const billingDocumentSchema = v.object({
  kind: v.picklist(BILLING_DOCUMENT_KINDS),
  number: v.string(),
  issueDate: v.string(),
  orderReference: v.string(),
  grandTotal: cents,
  invoiceNumber: v.nullable(v.string()),
  pdf: v.string(),
  xml: v.string(),
});
const _billing: Same<v.InferOutput<typeof billingDocumentSchema>, BillingDocument> = true;
export const billingDocumentsSchema = v.object({ items: v.array(billingDocumentSchema) });

export const cancellationResponseSchema = v.object({
  reference: v.string(),
  dossierIds: v.array(uuid),
  creditNote: v.nullable(v.object({ number: v.string(), grandTotal: cents })),
  refund: v.nullable(v.object({ id: uuid, amount: cents, method: refundMethod })),
});
const _cancellation: Same<
  v.InferOutput<typeof cancellationResponseSchema>,
  CancellationResponse
> = true;

export const adminCreditNoteSchema = v.object({
  number: v.string(),
  issueDate: v.string(),
  reason: v.string(),
  grandTotal: cents,
  dossierIds: v.array(uuid),
  refund: v.nullable(
    v.object({
      id: uuid,
      amount: cents,
      method: refundMethod,
      refundedAt: v.nullable(dateTime),
      reference: v.nullable(v.string()),
    }),
  ),
});
const _creditNote: Same<v.InferOutput<typeof adminCreditNoteSchema>, AdminCreditNote> = true;
export const adminCreditNotesSchema = v.object({ items: v.array(adminCreditNoteSchema) });

/** `POST /v1/admin/refunds/{id}`. */
export const refundDoneSchema = v.object({ id: uuid, amount: cents, refundedAt: dateTime });
