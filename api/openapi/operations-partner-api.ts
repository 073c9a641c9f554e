import {
  partnerAuditPageSchema,
  partnerLoginStartedSchema,
  partnerOrdersPageSchema,
  partnerSessionSchema,
  partnerSettingsSchema,
  partnerSettingsUpdatedSchema,
  partnerStatementSchema,
  partnerUsersSchema,
  partnerUserViewSchema,
  publishableKeyRolledSchema,
  replayResultSchema,
  secretKeyRolledSchema,
  testEventQueuedSchema,
  webhookSecretRolledSchema,
} from '../../machines/responses/partner.ts';
import {
  eventIdParamSchema,
  partnerAcceptSchema,
  partnerInviteSchema,
  partnerLoginSchema,
  partnerSettingsPatchSchema,
  partnerTokenSchema,
  rollRequestSchema,
  statementMonthSchema,
  testEventRequestSchema,
} from '../../machines/schemas/partner-portal.ts';
import { partnerAuditQuerySchema } from '../routes/partner-audit.ts';
import { partnerOrdersQuerySchema } from '../routes/partner-orders.ts';
import { statementQuerySchema } from '../routes/partner-statements.ts';
import type { Operation } from './operation.ts';

/** The secret key, or a portal session whose role allows the route (403 otherwise). */
const partnerApi = {
  tag: 'partner-api',
  security: ['secretKey', 'portalSession'],
} as const satisfies Partial<Operation>;

const roll = (what: string) =>
  `${what}; the new value is shown once, the previous one keeps working for \`expiresInHours\` (0–168, default 24).`;

/** The partner API (`/v1/partner/…`) and the portal's login (`/v1/partner-auth/…`). */
export const partnerApiOperations: Operation[] = [
  {
    ...partnerApi,
    method: 'get',
    path: '/v1/partner',
    operationId: 'getPartnerSettings',
    summary: "The partner's settings (keys by their public part or hint, never a secret)",
    responses: { 200: { description: 'The settings.', schema: partnerSettingsSchema } },
  },
  {
    ...partnerApi,
    method: 'patch',
    path: '/v1/partner',
    operationId: 'updatePartnerSettings',
    summary: 'Change origins, webhook endpoint, branding or client-space URL (any subset)',
    description:
      'A live partner’s origins and webhook endpoint must be `https:` on a public host; a test partner’s may be `http:` or localhost. `null` clears the webhook endpoint or the client-space URL. A first endpoint’s signing secret is answered once, as `webhookSecret`.',
    body: partnerSettingsPatchSchema('live'),
    responses: {
      200: { description: 'The settings after the change.', schema: partnerSettingsUpdatedSchema },
    },
  },
  {
    ...partnerApi,
    method: 'post',
    path: '/v1/partner/keys/secret/roll',
    operationId: 'rollSecretKey',
    summary: roll('A new secret key'),
    body: rollRequestSchema,
    bodyOptional: true,
    responses: { 200: { description: 'The new secret key.', schema: secretKeyRolledSchema } },
  },
  {
    ...partnerApi,
    method: 'post',
    path: '/v1/partner/keys/publishable/roll',
    operationId: 'rollPublishableKey',
    summary: roll('A new publishable key'),
    body: rollRequestSchema,
    bodyOptional: true,
    responses: {
      200: { description: 'The new publishable key.', schema: publishableKeyRolledSchema },
    },
  },
  {
    ...partnerApi,
    method: 'post',
    path: '/v1/partner/webhooks/secret/roll',
    operationId: 'rollWebhookSecret',
    summary: roll("A new webhook signing secret (the previous one stops signing after it's gone)"),
    body: rollRequestSchema,
    bodyOptional: true,
    responses: { 200: { description: 'The new secret.', schema: webhookSecretRolledSchema } },
    problems: [409],
  },
  {
    ...partnerApi,
    method: 'post',
    path: '/v1/partner/webhooks/test',
    operationId: 'sendTestWebhook',
    summary: 'Queue a test event (`ping`, or a sample of a type) for the endpoint, `test: true`',
    body: testEventRequestSchema,
    bodyOptional: true,
    responses: { 202: { description: 'Queued.', schema: testEventQueuedSchema } },
    problems: [409],
  },
  {
    ...partnerApi,
    method: 'post',
    path: '/v1/partner/webhooks/events/:eventId/replay',
    operationId: 'replayWebhookEvent',
    summary: 'Deliver an event again now (same id and body), outside the retry schedule',
    params: { eventId: eventIdParamSchema },
    responses: {
      200: { description: 'The manual attempt’s outcome.', schema: replayResultSchema },
    },
    problems: [409],
  },
  {
    ...partnerApi,
    method: 'get',
    path: '/v1/partner/orders',
    operationId: 'listPartnerOrders',
    summary: "The partner's orders, newest first (a cursor page), or all of them as CSV",
    description:
      'Filters: `status`, `mode` (test or live), `from`/`to` (days, Europe/Paris, both included). With `Accept: text/csv` or `?format=csv`: every matching order as one CSV (`;`, decimal commas), streamed.',
    query: partnerOrdersQuerySchema,
    responses: {
      200: {
        description: 'A page of orders (JSON) or the CSV export.',
        schema: partnerOrdersPageSchema,
        contentType: 'text/csv',
        headers: ['Content-Disposition'],
      },
    },
  },
  {
    ...partnerApi,
    method: 'get',
    path: '/v1/partner/statements/:month',
    operationId: 'getPartnerStatement',
    summary: "A month's sales (`YYYY-MM`, Europe/Paris), totals per product: JSON, CSV or PDF",
    description:
      'JSON by default; `Accept: text/csv` or `application/pdf` (or `?format=csv|pdf`) for the files.',
    params: { month: statementMonthSchema },
    query: statementQuerySchema,
    responses: {
      200: {
        description: 'The statement.',
        schema: partnerStatementSchema,
        contentType: ['text/csv', 'application/pdf'],
        headers: ['Content-Disposition'],
      },
    },
  },
  {
    ...partnerApi,
    method: 'get',
    path: '/v1/partner/audit',
    operationId: 'listPartnerAudit',
    summary: 'Every change made through the partner API: who, when, what, from which IP',
    query: partnerAuditQuerySchema,
    responses: { 200: { description: 'A page of entries.', schema: partnerAuditPageSchema } },
  },
  {
    ...partnerApi,
    method: 'get',
    path: '/v1/partner/users',
    operationId: 'listPartnerUsers',
    summary: "The partner's portal users (admins only)",
    responses: { 200: { description: 'The users.', schema: partnerUsersSchema } },
  },
  {
    ...partnerApi,
    method: 'post',
    path: '/v1/partner/users',
    operationId: 'invitePartnerUser',
    summary: 'Invite a portal user with a role (an e-mailed link sets the password)',
    body: partnerInviteSchema,
    responses: { 201: { description: 'The invited user.', schema: partnerUserViewSchema } },
    problems: [409],
  },
  {
    method: 'post',
    path: '/v1/partner-auth/accept',
    operationId: 'acceptPartnerInvite',
    tag: 'partner-api',
    summary: "Accept an invitation: the e-mailed token and the user's new password",
    body: partnerAcceptSchema,
    responses: { 204: { description: 'The account is active.' } },
    problems: [429],
  },
  {
    method: 'post',
    path: '/v1/partner-auth/login',
    operationId: 'partnerLogin',
    tag: 'partner-api',
    summary: "The portal's login: e-mail and password, then a one-time link is e-mailed",
    body: partnerLoginSchema,
    responses: { 202: { description: 'Link e-mailed.', schema: partnerLoginStartedSchema } },
    problems: [429],
  },
  {
    method: 'post',
    path: '/v1/partner-auth/session',
    operationId: 'openPartnerSession',
    tag: 'partner-api',
    summary: 'The e-mailed link’s token becomes a portal session (`pps_…`)',
    body: partnerTokenSchema,
    responses: { 200: { description: 'The session.', schema: partnerSessionSchema } },
    problems: [429],
  },
  {
    method: 'post',
    path: '/v1/partner-auth/logout',
    operationId: 'partnerLogout',
    tag: 'partner-api',
    summary: 'End the portal session sent as `Authorization: Bearer pps_…`',
    security: ['portalSession'],
    securityOptional: true,
    responses: { 204: { description: 'Ended (or there was none).' } },
  },
];
