import {
  adminDossierSchema,
  paymentRecordedSchema,
  queueResponseSchema,
} from '../../machines/responses/admin.ts';
import {
  adminCreditNotesSchema,
  cancellationResponseSchema,
  dossierResponseSchema,
  refundDoneSchema,
} from '../../machines/responses/dossiers.ts';
import {
  cancellationRequestSchema,
  refundRecordedSchema,
} from '../../machines/schemas/cancellation.ts';
import { dossierEventSchema, paymentReceivedSchema } from '../../machines/schemas/dossier.ts';
import { orderReferenceSchema, uuidSchema } from '../../machines/schemas/params.ts';
import { listQuerySchema } from '../routes/admin.ts';
import type { Operation } from './operation.ts';

const reference = { reference: orderReferenceSchema };

/** The back office (`/v1/admin`): operators only. */
export const adminOperations: Operation[] = [
  {
    method: 'get',
    path: '/v1/admin/dossiers',
    operationId: 'adminListDossiers',
    tag: 'back-office',
    summary: 'The queue: dossiers filtered, Express first with the hours left',
    security: ['session'],
    query: listQuerySchema,
    responses: { 200: { description: 'The queue.', schema: queueResponseSchema } },
  },
  {
    method: 'get',
    path: '/v1/admin/dossiers/:id',
    operationId: 'adminGetDossier',
    tag: 'back-office',
    summary: 'One dossier with its order, payment and history',
    security: ['session'],
    params: { id: uuidSchema },
    responses: {
      200: {
        description: 'The dossier (`ETag` is its version).',
        schema: adminDossierSchema,
        headers: ['ETag'],
      },
    },
  },
  {
    method: 'post',
    path: '/v1/admin/dossiers/:id/events',
    operationId: 'adminSendDossierEvent',
    tag: 'back-office',
    summary: "Send an operator's event to a dossier (`If-Match` its version)",
    security: ['session'],
    params: { id: uuidSchema },
    headers: ['If-Match'],
    body: dossierEventSchema,
    responses: {
      200: {
        description: 'The dossier after the event.',
        schema: dossierResponseSchema,
        headers: ['ETag'],
      },
    },
    problems: [409, 412, 428],
  },
  {
    method: 'post',
    path: '/v1/admin/orders/:reference/payment',
    operationId: 'adminRecordPayment',
    tag: 'back-office',
    summary: "Record an order's payment (every dossier of the order learns it)",
    security: ['session'],
    params: reference,
    body: paymentReceivedSchema,
    responses: {
      200: { description: 'How many dossiers learnt it.', schema: paymentRecordedSchema },
    },
    problems: [409],
  },
  {
    method: 'post',
    path: '/v1/admin/orders/:reference/cancellation',
    operationId: 'adminCancelOrder',
    tag: 'back-office',
    summary:
      'Cancel an order (or some of its dossiers) before issuance: credit note and refund to make',
    security: ['session'],
    params: reference,
    body: cancellationRequestSchema,
    responses: { 200: { description: 'The cancellation.', schema: cancellationResponseSchema } },
    problems: [409, 412, 428],
  },
  {
    method: 'get',
    path: '/v1/admin/orders/:reference/credit-notes',
    operationId: 'adminListCreditNotes',
    tag: 'back-office',
    summary: "An order's credit notes, each with its refund",
    security: ['session'],
    params: reference,
    responses: { 200: { description: 'Credit notes.', schema: adminCreditNotesSchema } },
  },
  {
    method: 'post',
    path: '/v1/admin/refunds/:id',
    operationId: 'adminRecordRefund',
    tag: 'back-office',
    summary: 'Record that a refund was paid back (its transfer or cheque reference)',
    security: ['session'],
    params: { id: uuidSchema },
    body: refundRecordedSchema,
    responses: { 200: { description: 'The refund.', schema: refundDoneSchema } },
    problems: [409],
  },
];
