import * as v from 'valibot';
import { PARTNER_MODES, PAYMENT_METHODS, PAYMENT_STATUSES } from '../contract/lists.ts';
import type {
  PartnerAuditEntry,
  PartnerLoginStarted,
  PartnerOrderView,
  PartnerSession,
  PartnerSettings,
  PartnerSettingsUpdated,
  PartnerStatement,
  PartnerUserView,
  PublishableKeyRolled,
  ReplayResult,
  RevocationReceived,
  RevocationRequested,
  SecretKeyRolled,
  TestEventQueued,
  WebhookSecretRolled,
} from '../contract.ts';
import { partnerAuditActions, partnerUserRoles } from '../contract.ts';
import { partnerBrandingSchema } from '../schemas/partner.ts';
import { anyRecord, cents, dateTime, pageSchema } from './common.ts';
import type { Same } from './same-type.ts';

/** The partner API (`/v1/partner`, `/v1/partner-auth`) and the revocation answers. */

const priceOverrides = v.optional(v.record(v.string(), cents));

export const partnerSettingsSchema = v.object({
  slug: v.string(),
  name: v.string(),
  mode: v.picklist(PARTNER_MODES),
  publishableKey: v.string(),
  previousPublishableKeyExpiresAt: v.nullable(dateTime),
  secretKeyHint: v.string(),
  previousSecretKeyExpiresAt: v.nullable(dateTime),
  allowedOrigins: v.array(v.string()),
  webhookUrl: v.nullable(v.string()),
  webhookSecretSet: v.boolean(),
  previousWebhookSecretExpiresAt: v.nullable(dateTime),
  branding: partnerBrandingSchema,
  clientSpaceUrl: v.nullable(v.string()),
  priceList: v.nullable(v.object({ products: priceOverrides, options: priceOverrides })),
  cgvVersion: v.nullable(v.string()),
});
const _settings: Same<v.InferOutput<typeof partnerSettingsSchema>, PartnerSettings> = true;

export const partnerSettingsUpdatedSchema = v.object({
  ...partnerSettingsSchema.entries,
  webhookSecret: v.optional(v.string()),
});
const _updated: Same<
  v.InferOutput<typeof partnerSettingsUpdatedSchema>,
  PartnerSettingsUpdated
> = true;

export const secretKeyRolledSchema = v.object({
  secretKey: v.string(),
  previousExpiresAt: dateTime,
});
const _secret: Same<v.InferOutput<typeof secretKeyRolledSchema>, SecretKeyRolled> = true;
export const publishableKeyRolledSchema = v.object({
  publishableKey: v.string(),
  previousExpiresAt: dateTime,
});
const _publishable: Same<
  v.InferOutput<typeof publishableKeyRolledSchema>,
  PublishableKeyRolled
> = true;
export const webhookSecretRolledSchema = v.object({
  secret: v.string(),
  previousExpiresAt: dateTime,
});
const _webhookSecret: Same<
  v.InferOutput<typeof webhookSecretRolledSchema>,
  WebhookSecretRolled
> = true;

export const testEventQueuedSchema = v.object({ eventId: v.string() });
const _test: Same<v.InferOutput<typeof testEventQueuedSchema>, TestEventQueued> = true;

export const replayResultSchema = v.object({
  eventId: v.string(),
  attempt: v.number(),
  succeeded: v.boolean(),
  responseStatus: v.nullable(v.number()),
  error: v.nullable(v.string()),
  durationMs: v.number(),
});
const _replay: Same<v.InferOutput<typeof replayResultSchema>, ReplayResult> = true;

const totalsSchema = v.object({ ht: cents, vat: cents, ttc: cents });

export const partnerOrderViewSchema = v.object({
  reference: v.string(),
  createdAt: dateTime,
  status: v.picklist(['placed', 'completed', 'cancelled']),
  livemode: v.boolean(),
  organisation: v.object({ name: v.string(), siret: v.string() }),
  productCode: v.string(),
  quantity: v.number(),
  totals: totalsSchema,
  paymentMethod: v.nullable(v.picklist(PAYMENT_METHODS)),
  paymentStatus: v.nullable(v.picklist(PAYMENT_STATUSES)),
  dossierStatuses: v.array(v.string()),
  renewalOf: v.nullable(v.string()),
});
const _order: Same<v.InferOutput<typeof partnerOrderViewSchema>, PartnerOrderView> = true;
export const partnerOrdersPageSchema = pageSchema(partnerOrderViewSchema);

export const partnerStatementSchema = v.object({
  month: v.string(),
  partner: v.object({ slug: v.string(), name: v.string() }),
  livemode: v.boolean(),
  orders: v.array(
    v.object({
      reference: v.string(),
      createdAt: dateTime,
      organisation: v.string(),
      productCode: v.string(),
      quantity: v.number(),
      totals: totalsSchema,
    }),
  ),
  creditNotes: v.array(v.never()),
  byProduct: v.array(
    v.object({
      productCode: v.string(),
      orders: v.number(),
      quantity: v.number(),
      ht: cents,
      ttc: cents,
    }),
  ),
  totals: v.object({ orders: v.number(), ht: cents, vat: cents, ttc: cents }),
});
const _statement: Same<v.InferOutput<typeof partnerStatementSchema>, PartnerStatement> = true;

export const partnerAuditEntrySchema = v.object({
  id: v.string(),
  at: dateTime,
  action: v.picklist(partnerAuditActions),
  actor: v.object({
    type: v.picklist(['secret_key', 'user']),
    id: v.string(),
    email: v.nullable(v.string()),
  }),
  ip: v.nullable(v.string()),
  details: anyRecord,
});
const _audit: Same<v.InferOutput<typeof partnerAuditEntrySchema>, PartnerAuditEntry> = true;
export const partnerAuditPageSchema = pageSchema(partnerAuditEntrySchema);

export const partnerUserViewSchema = v.object({
  id: v.string(),
  email: v.string(),
  role: v.picklist(partnerUserRoles),
  active: v.boolean(),
  createdAt: dateTime,
});
const _user: Same<v.InferOutput<typeof partnerUserViewSchema>, PartnerUserView> = true;
export const partnerUsersSchema = v.object({ items: v.array(partnerUserViewSchema) });

export const partnerLoginStartedSchema = v.object({ status: v.literal('link_sent') });
const _login: Same<v.InferOutput<typeof partnerLoginStartedSchema>, PartnerLoginStarted> = true;

export const partnerSessionSchema = v.object({
  token: v.pipe(v.string(), v.startsWith('pps_')),
  expiresAt: dateTime,
  user: v.object({ email: v.string(), role: v.picklist(partnerUserRoles) }),
});
const _session: Same<v.InferOutput<typeof partnerSessionSchema>, PartnerSession> = true;

export const revocationRequestedSchema = v.object({ expiresAt: dateTime, sentTo: v.number() });
const _revocation: Same<
  v.InferOutput<typeof revocationRequestedSchema>,
  RevocationRequested
> = true;
export const revocationReceivedSchema = v.object({ received: v.literal(true) });
const _received: Same<v.InferOutput<typeof revocationReceivedSchema>, RevocationReceived> = true;
