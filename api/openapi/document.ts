import { type ConversionConfig, toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { problemSchema, validationProblemSchema } from '../../machines/responses/common.ts';
import { type Operation, TAGS } from './operation.ts';
import { accountOperations } from './operations-account.ts';
import { adminOperations } from './operations-admin.ts';
import { partnerOperations } from './operations-partner.ts';
import { partnerApiOperations } from './operations-partner-api.ts';
import { revocationOperations } from './operations-revocations.ts';

/** Every documented route (the route-coverage test compares them with `app.routes`). */
export const operations: readonly Operation[] = [
  ...partnerOperations,
  ...partnerApiOperations,
  ...accountOperations,
  ...revocationOperations,
  ...adminOperations,
];

type Json = Record<string, unknown>;

/** Transforms and checks JSON Schema cannot say are left out (the API still enforces them). */
const convert = (schema: v.GenericSchema, typeMode: 'input' | 'output'): Json => {
  const config: ConversionConfig = { target: 'draft-2020-12', typeMode, errorMode: 'ignore' };
  const { $schema: _, ...json } = toJsonSchema(schema, config) as Json;
  return json;
};

/** `/v1/dossiers/:id` → `/v1/dossiers/{id}`. */
export const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');

const problemStatuses: Record<number, string> = {
  400: 'Malformed request (unreadable JSON, bad percent escape).',
  401: 'Missing or unknown credentials (partner key or session).',
  403: 'Not allowed (origin, test key writing, role).',
  404: 'No such resource (a malformed id names none either); `errors[]` names the parameter.',
  409: 'Conflict with the current state (or an Idempotency-Key still in use).',
  410: 'Gone (expired).',
  412: 'Precondition failed: `If-Match` is not the current version (`ETag` gives it).',
  413: 'Body too large.',
  415: 'Unsupported media type.',
  422: 'Invalid input: `errors[]` has one localised message per field.',
  428: 'Precondition required: send `Idempotency-Key` / `If-Match`.',
  429: 'Too many requests: retry after `Retry-After` seconds.',
  500: 'Unexpected error (with its `requestId`).',
  503: 'Database unavailable or busy, or not ready: retry after `Retry-After` seconds.',
};

/** The problem statuses an operation may answer: the common ones and its own. */
export function problemStatusesOf(op: Operation): number[] {
  const statuses = new Set([400, 413, 500, 503, ...(op.problems ?? [])]);
  if (op.path.startsWith('/v1/')) for (const s of [401, 403]) statuses.add(s);
  if (op.params) for (const s of [404, 422]) statuses.add(s);
  if (op.body || op.upload) for (const s of [415, 422]) statuses.add(s);
  if (op.query) statuses.add(422);
  return [...statuses].sort((a, b) => a - b);
}

const problemRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });
const problemHeaders = (status: number) =>
  status === 429 || status === 503 ? { 'Retry-After': headerRef('Retry-After') } : {};

function operationObject(op: Operation): Json {
  const parameters: Json[] = [];
  for (const [name, schema] of Object.entries(op.params ?? {})) {
    parameters.push({ name, in: 'path', required: true, schema: convert(schema, 'input') });
  }
  for (const [name, schema] of Object.entries(op.query?.entries ?? {})) {
    parameters.push({
      name,
      in: 'query',
      required: schema.type !== 'optional',
      schema: convert(schema as v.GenericSchema, 'input'),
    });
  }
  for (const header of op.headers ?? [])
    parameters.push({ $ref: `#/components/parameters/${header}` });

  const responses: Json = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    // A JSON body, files (`application/pdf`, `text/csv`…), or both (content negotiation).
    const entries: [string, Json][] = [];
    if (spec.schema) {
      entries.push([
        'application/json',
        {
          schema: convert(spec.schema, 'output'),
          ...(spec.example ? { example: spec.example } : {}),
        },
      ]);
    }
    for (const type of [spec.contentType ?? []].flat()) {
      entries.push([type, { schema: { type: 'string', contentMediaType: type } }]);
    }
    const content = entries.length ? Object.fromEntries(entries) : undefined;
    responses[status] = {
      description: spec.description,
      ...(spec.headers
        ? { headers: Object.fromEntries(spec.headers.map((h) => [h, headerRef(h)])) }
        : {}),
      ...(content ? { content } : {}),
    };
  }
  for (const status of problemStatusesOf(op)) {
    if (responses[status]) continue;
    const headers = problemHeaders(status);
    responses[status] = {
      description: problemStatuses[status] ?? 'Problem.',
      ...(Object.keys(headers).length ? { headers } : {}),
      content: {
        'application/problem+json': {
          schema:
            status === 422 && op.idempotent422
              ? { anyOf: [problemRef('ValidationProblem'), problemRef('Problem')] }
              : problemRef(status === 422 ? 'ValidationProblem' : 'Problem'),
        },
      },
    };
  }

  const security = (op.security ?? []).map((scheme) => ({ [scheme]: [] }));
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    security: op.securityOptional ? [...security, {}] : security,
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: {
              'application/json': {
                schema: convert(op.body, 'input'),
                ...(op.bodyExample ? { example: op.bodyExample } : {}),
              },
            },
          },
        }
      : {}),
    ...(op.upload
      ? {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                },
              },
            },
          },
        }
      : {}),
    responses,
  };
}

function buildDocument(version: string): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) {
    const path = openApiPath(op.path);
    paths[path] = { ...paths[path], [op.method]: operationObject(op) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'CERTINOMIS order API',
      version,
      description:
        'Ordering CERTINOMIS qualified eIDAS signature certificates. Amounts are integer cents (EUR). ' +
        'Every error answers `application/problem+json` (RFC 9457). Generated from the valibot schemas that validate the requests.',
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: TAGS,
    security: [],
    paths,
    components: {
      schemas: {
        Problem: convert(problemSchema, 'output'),
        ValidationProblem: convert(validationProblemSchema, 'output'),
      },
      securitySchemes: {
        partnerKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Partner-Key',
          description: 'The publishable key (`pk_live_…` or `pk_test_…`), safe in a page.',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'The secret key (`Authorization: Bearer sk_…`), server to server only.',
        },
        portalSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A partner portal session (`Authorization: Bearer pps_…` from `POST /v1/partner-auth/session`); its role (admin, developer, accounting) decides which partner API routes it may call (403 otherwise).',
        },
        session: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A buyer or operator session (`Authorization: Bearer <accessToken>` from the login). Bearer rather than a cookie: the element lives on partner origins where third-party cookies are blocked.',
        },
      },
      parameters: {
        'Idempotency-Key': {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Unique per order attempt; a retry with the same key and body replays the answer.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        'If-Match': {
          name: 'If-Match',
          in: 'header',
          required: true,
          description:
            'The dossier version the change was made on (`"3"`, from `ETag` or `version`).',
          schema: { type: 'string' },
        },
        'If-Match-optional': {
          name: 'If-Match',
          in: 'header',
          required: false,
          description:
            'The dossier version, if the client wants the upload refused on a newer one.',
          schema: { type: 'string' },
        },
        'If-None-Match': {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An `ETag` already held: 304 when unchanged.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'The version of the resource (`"3"`).', schema: { type: 'string' } },
        'Retry-After': {
          description: 'Seconds to wait before retrying.',
          schema: { type: 'string' },
        },
        'Idempotent-Replayed': {
          description:
            '`true` when this answer is the replay of an earlier request with the same key.',
          schema: { type: 'string', enum: ['true'] },
        },
        'Content-Disposition': { description: 'The file name.', schema: { type: 'string' } },
      },
    },
  };
}

let cached: Json | undefined;
/** The document, built once per process (Node or isolate) and kept. */
export function openApiDocument(version = '0.2.0'): Json {
  cached ??= buildDocument(version);
  return cached;
}
