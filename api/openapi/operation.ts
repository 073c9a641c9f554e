import type * as v from 'valibot';

/** The tags of the document, one per surface, in the reference's order. */
export const TAGS = [
  {
    name: 'partner',
    description:
      'The partner surface: the element and a partner page call it with the publishable key (`X-Partner-Key`).',
  },
  {
    name: 'account',
    description:
      'Buyer accounts: registration, login with an e-mailed second factor, bearer sessions.',
  },
  {
    name: 'dossier',
    description: "The buyer's dossiers, certificates and billing documents (a buyer session).",
  },
  {
    name: 'partner-api',
    description:
      'Server to server with the secret key (`Authorization: Bearer sk_…`), or from the partner portal with a portal session (`Authorization: Bearer pps_…`, from `/v1/partner-auth/session`) whose role allows the route.',
  },
  { name: 'back-office', description: 'The CERTINOMIS back office (an operator session).' },
  { name: 'operations', description: 'Liveness and readiness probes.' },
] as const;
export type Tag = (typeof TAGS)[number]['name'];

/** The security schemes (components.securitySchemes). */
export type Security = 'partnerKey' | 'secretKey' | 'portalSession' | 'session';

/** Request and response headers documented where they apply (components.headers / parameters). */
export type RequestHeader = 'Idempotency-Key' | 'If-Match' | 'If-Match-optional' | 'If-None-Match';
export type ResponseHeader = 'ETag' | 'Retry-After' | 'Idempotent-Replayed' | 'Content-Disposition';

export interface ResponseSpec {
  description: string;
  /** JSON body schema; absent for an empty body or a non-JSON one (`contentType`). */
  schema?: v.GenericSchema;
  /** Non-JSON bodies (`application/pdf`…): documented as binary; with `schema`, alternatives. */
  contentType?: string | string[];
  headers?: ResponseHeader[];
  example?: unknown;
}

/**
 * One route of the API as the document describes it: the same valibot schemas that the
 * route validates its path, query and body with, and the response schemas of machines/responses.
 */
export interface Operation {
  method: 'get' | 'post' | 'patch';
  /** Hono's syntax, as `app.routes` lists it (`/v1/dossiers/:id`). */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** Any one of these; `optional` adds the anonymous alternative. */
  security?: Security[];
  securityOptional?: boolean;
  params?: Record<string, v.GenericSchema>;
  query?: v.ObjectSchema<v.ObjectEntries, undefined>;
  headers?: RequestHeader[];
  body?: v.GenericSchema;
  /** The body may be left out (every field optional): an empty request reads as `{}`. */
  bodyOptional?: boolean;
  bodyExample?: unknown;
  /** A multipart upload (`file`) instead of a JSON body. */
  upload?: boolean;
  /** Success and route-specific answers; the problems every route may give are added. */
  responses: Record<number, ResponseSpec>;
  /** The 422 may also be a problem without `errors[]` (an Idempotency-Key reused for another body). */
  idempotent422?: boolean;
  /** Problem statuses this route gives beyond the common ones. */
  problems?: number[];
}
