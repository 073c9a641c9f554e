import * as v from 'valibot';
import { webhookDeliveriesSchema } from '../../machines/responses/admin.ts';
import {
  catalogResponseSchema,
  cgvResponseSchema,
  organisationResponseSchema,
} from '../../machines/responses/catalog.ts';
import { orderResponseSchema, quoteResponseSchema } from '../../machines/responses/orders.ts';
import { orderReferenceSchema } from '../../machines/schemas/params.ts';
import {
  orderRequestSchema,
  quoteRequestSchema,
  siretSchema,
} from '../../machines/schemas/purchase.ts';
import { creditNoteFileSchema } from '../routes/credit-notes.ts';
import { deliveriesQuerySchema } from '../routes/partner-webhooks.ts';
import { DEV_SIRETS, orderExample, organisationExample, quoteExample } from './examples.ts';
import type { Operation } from './operation.ts';

const reference = { reference: orderReferenceSchema };
const notModified = { description: 'Not modified (`If-None-Match` matched the `ETag`).' };

/** The partner surface and the partner API, plus the probes. */
export const partnerOperations: Operation[] = [
  {
    method: 'get',
    path: '/v1/catalog',
    operationId: 'getCatalog',
    tag: 'partner',
    summary: "The catalogue, prices, the seller's payee and the partner's branding",
    security: ['partnerKey'],
    headers: ['If-None-Match'],
    responses: {
      200: { description: 'The catalogue.', schema: catalogResponseSchema, headers: ['ETag'] },
      304: notModified,
    },
  },
  {
    method: 'get',
    path: '/v1/cgv',
    operationId: 'getCgv',
    tag: 'partner',
    summary: 'The general terms of sale in force (their version is sent with an order)',
    security: ['partnerKey'],
    headers: ['If-None-Match'],
    responses: {
      200: { description: 'The CGV.', schema: cgvResponseSchema, headers: ['ETag'] },
      304: notModified,
    },
  },
  {
    method: 'post',
    path: '/v1/quotes',
    operationId: 'createQuote',
    tag: 'partner',
    summary: 'Price a product, a quantity and options (computed on the server, integer cents)',
    security: ['partnerKey'],
    body: quoteRequestSchema,
    bodyExample: quoteExample,
    responses: { 200: { description: 'The quote.', schema: quoteResponseSchema } },
  },
  {
    method: 'get',
    path: '/v1/organisations/:siret',
    operationId: 'getOrganisation',
    tag: 'partner',
    summary: 'What the registry says of a SIRET (name, address, public administration)',
    description: `Development SIRETs: ${DEV_SIRETS.privateFirst} (MOLIERE COMPAGNIE), ${DEV_SIRETS.publicFirst} (a commune).`,
    security: ['partnerKey'],
    params: { siret: siretSchema },
    responses: {
      200: {
        description: 'The organisation.',
        schema: organisationResponseSchema,
        example: organisationExample,
      },
    },
    problems: [429],
  },
  {
    method: 'post',
    path: '/v1/orders',
    operationId: 'placeOrder',
    tag: 'partner',
    summary:
      'Place an order (one dossier per certificate); safe to retry with the same Idempotency-Key',
    description:
      'A renewal names the expiring certificate in `renewalOf` (its dossier id, from `GET /v1/me/certificates`): ' +
      'it must be an issued certificate of the same organisation (same SIREN), neither revoked nor renewed ' +
      'already, else a 422 names `renewalOf`. The USB reader is not required for a renewal, and its dossier ' +
      "starts pre-filled from the expiring one's (organisation, mandataire, bénéficiaire, delivery) for the " +
      'buyer to confirm step by step. `order.placed` carries `renewalOf`.',
    security: ['partnerKey'],
    headers: ['Idempotency-Key'],
    body: orderRequestSchema,
    bodyExample: orderExample,
    responses: {
      201: {
        description:
          'The order, its payment instructions and its dossiers (a replay carries `Idempotent-Replayed: true`).',
        schema: orderResponseSchema,
        headers: ['Idempotent-Replayed'],
      },
    },
    idempotent422: true,
    problems: [409, 428],
  },
  {
    method: 'get',
    path: '/v1/orders/:reference/invoice.pdf',
    operationId: 'getInvoicePdf',
    tag: 'dossier',
    summary: "The order's invoice as Factur-X PDF (the buyer's session or an operator's)",
    security: ['session'],
    params: reference,
    responses: {
      200: {
        description: 'Factur-X PDF.',
        contentType: 'application/pdf',
        headers: ['Content-Disposition'],
      },
    },
  },
  {
    method: 'get',
    path: '/v1/orders/:reference/invoice.xml',
    operationId: 'getInvoiceXml',
    tag: 'dossier',
    summary: "The order's invoice as EN 16931 CII XML",
    security: ['session'],
    params: reference,
    responses: {
      200: {
        description: 'CII XML.',
        contentType: 'application/xml',
        headers: ['Content-Disposition'],
      },
    },
  },
  {
    method: 'get',
    path: '/v1/orders/:reference/credit-notes/:file',
    operationId: 'getCreditNoteFile',
    tag: 'dossier',
    summary: 'A credit note of the order, as Factur-X PDF or CII XML (`AV2026-000001.pdf`)',
    security: ['session'],
    params: { ...reference, file: creditNoteFileSchema },
    responses: {
      200: {
        description: 'The credit note (PDF or XML).',
        contentType: ['application/pdf', 'application/xml'],
        headers: ['Content-Disposition'],
      },
    },
  },
  {
    method: 'get',
    path: '/v1/partner/webhooks/deliveries',
    operationId: 'listWebhookDeliveries',
    tag: 'partner-api',
    summary: "The partner's webhook events, newest first, each with its delivery attempts",
    security: ['secretKey', 'portalSession'],
    query: deliveriesQuerySchema,
    responses: { 200: { description: 'A page of events.', schema: webhookDeliveriesSchema } },
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'operations',
    summary: 'This document (OpenAPI 3.1); its reference page is /docs/api',
    responses: {
      200: {
        description: 'The OpenAPI document.',
        schema: v.looseObject({ openapi: v.literal('3.1.0') }),
      },
    },
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'healthz',
    tag: 'operations',
    summary: 'Liveness: the process answers',
    responses: { 200: { description: 'Alive.', schema: v.object({ status: v.literal('ok') }) } },
  },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'readyz',
    tag: 'operations',
    summary: 'Readiness: the database answers and its migrations are applied',
    responses: {
      200: {
        description: 'Ready.',
        schema: v.object({ status: v.literal('ready'), migrations: v.number() }),
      },
    },
  },
];
