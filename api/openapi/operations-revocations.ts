import { dossierResponseSchema } from '../../machines/responses/dossiers.ts';
import {
  revocationReceivedSchema,
  revocationRequestedSchema,
} from '../../machines/responses/partner.ts';
import {
  revocationCodeBodySchema,
  revocationRequestSchema,
} from '../../machines/schemas/dossier.ts';
import { uuidSchema } from '../../machines/schemas/params.ts';
import type { Operation } from './operation.ts';

/** Revoking a certificate: with the buyer's session, or by the e-mailed code alone. */
export const revocationOperations: Operation[] = [
  {
    method: 'post',
    path: '/v1/certificates/:id/revocation',
    operationId: 'requestRevocation',
    tag: 'dossier',
    summary:
      'Ask to revoke a certificate (RFC 5280 reason): a single-use code is e-mailed to the bénéficiaire and the mandataire',
    security: ['session'],
    params: { id: uuidSchema },
    body: revocationRequestSchema,
    responses: {
      202: {
        description: 'Code e-mailed, valid until `expiresAt`.',
        schema: revocationRequestedSchema,
      },
    },
    problems: [409, 429],
  },
  {
    method: 'post',
    path: '/v1/certificates/:id/revocation/confirm',
    operationId: 'confirmRevocation',
    tag: 'dossier',
    summary: 'Confirm the revocation with the e-mailed code (the operator then revokes)',
    security: ['session'],
    params: { id: uuidSchema },
    body: revocationCodeBodySchema,
    responses: {
      200: {
        description: 'The dossier, its revocation requested.',
        schema: dossierResponseSchema,
        headers: ['ETag'],
      },
    },
    problems: [409, 410, 429],
  },
  {
    method: 'post',
    path: '/v1/revocations',
    operationId: 'confirmRevocationByCode',
    tag: 'dossier',
    summary:
      'Without an account (the holder who lost everything): the e-mailed code confirms its request',
    description: 'Always the same 202 whether or not the code exists; 429 past the throttle.',
    body: revocationCodeBodySchema,
    responses: {
      202: { description: 'Received.', schema: revocationReceivedSchema },
    },
    problems: [429],
  },
];
