/**
 * The partner API and portal (issue 19): request and response shapes, roles,
 * what each role may do and the audit log's actions. One home for these facts:
 * the API, the portal UI and the tests import them from here.
 */
import type { PartnerBranding } from './catalog.ts';
import { WEBHOOK_EVENT_TYPES } from './lists.ts';

/** Roles of the portal's users. */
export const partnerUserRoles = ['admin', 'developer', 'accounting'] as const;
export type PartnerUserRole = (typeof partnerUserRoles)[number];

/** What a caller of the partner API may do; each route names the one it needs. */
export const partnerCapabilities = [
  /** GET /v1/partner */
  'settings:read',
  /** PATCH /v1/partner */
  'settings:write',
  /** Key rolls. */
  'keys',
  /** Webhook secret roll, test events, deliveries, replay. */
  'webhooks',
  /** GET /v1/partner/orders */
  'orders',
  /** GET /v1/partner/statements/{month} */
  'statements',
  /** GET /v1/partner/audit */
  'audit',
  /** The partner's portal users (list, invite). */
  'users',
] as const;
export type PartnerCapability = (typeof partnerCapabilities)[number];

/**
 * Admin: everything. Developer: keys, origins, webhooks — no orders or statements.
 * Accounting: orders and statements — no keys, settings or webhooks. The secret
 * key (server to server) acts as an admin.
 */
export const partnerRoleCapabilities: Record<PartnerUserRole, readonly PartnerCapability[]> = {
  admin: partnerCapabilities,
  developer: ['settings:read', 'settings:write', 'keys', 'webhooks', 'audit'],
  accounting: ['settings:read', 'orders', 'statements', 'audit'],
};

export function roleAllows(role: PartnerUserRole, capability: PartnerCapability): boolean {
  return partnerRoleCapabilities[role].includes(capability);
}

/** Every change through the partner API, as written to its audit log. */
export const partnerAuditActions = [
  'settings.updated',
  'secret_key.rolled',
  'publishable_key.rolled',
  'webhook_secret.rolled',
  'webhook.test_sent',
  'webhook.replayed',
  'user.invited',
] as const;
export type PartnerAuditAction = (typeof partnerAuditActions)[number];

/** Event types a test event may sample (`ping` or any real type), marked `test: true`. */
export const partnerTestEventTypes = ['ping', ...WEBHOOK_EVENT_TYPES] as const;
export type PartnerTestEventType = (typeof partnerTestEventTypes)[number];

/** Rotation overlap: 0–168 hours, default 24. */
export const rollOverlapHours = { min: 0, max: 168, default: 24 } as const;

/** GET /v1/partner: the partner's settings, never a secret. */
export interface PartnerSettings {
  slug: string;
  name: string;
  mode: 'test' | 'live';
  publishableKey: string;
  /** Until when the previous publishable key still works (null: none). */
  previousPublishableKeyExpiresAt: string | null;
  /** Last four characters of the secret key, to tell keys apart. */
  secretKeyHint: string;
  previousSecretKeyExpiresAt: string | null;
  allowedOrigins: string[];
  webhookUrl: string | null;
  /** Whether deliveries are signed (an endpoint has a secret). */
  webhookSecretSet: boolean;
  previousWebhookSecretExpiresAt: string | null;
  branding: PartnerBranding;
  clientSpaceUrl: string | null;
  priceList: { products?: Record<string, number>; options?: Record<string, number> } | null;
  cgvVersion: string | null;
}

/** PATCH /v1/partner's answer: the settings, and a first endpoint's signing secret shown once. */
export interface PartnerSettingsUpdated extends PartnerSettings {
  webhookSecret?: string;
}

/** PATCH /v1/partner: any subset; null clears the webhook endpoint or client-space URL. */
export interface PartnerSettingsPatch {
  allowedOrigins?: string[];
  webhookUrl?: string | null;
  branding?: PartnerBranding;
  clientSpaceUrl?: string | null;
}

/** POST /v1/partner/keys/secret/roll, /keys/publishable/roll, /webhooks/secret/roll. */
export interface RollRequest {
  /** How long the previous key keeps working (0–168, default 24). */
  expiresInHours?: number;
}
export interface SecretKeyRolled {
  /** Shown once: only its SHA-256 is stored. */
  secretKey: string;
  previousExpiresAt: string;
}
export interface PublishableKeyRolled {
  publishableKey: string;
  previousExpiresAt: string;
}
export interface WebhookSecretRolled {
  /** Shown once. */
  secret: string;
  previousExpiresAt: string;
}

/** POST /v1/partner/webhooks/test. */
export interface TestEventRequest {
  type?: PartnerTestEventType;
}
export interface TestEventQueued {
  eventId: string;
}

/** POST /v1/partner/webhooks/events/{eventId}/replay: the manual attempt's outcome. */
export interface ReplayResult {
  eventId: string;
  attempt: number;
  succeeded: boolean;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
}

/** One order of GET /v1/partner/orders (amounts in integer cents). */
export interface PartnerOrderView {
  reference: string;
  createdAt: string;
  status: 'placed' | 'completed' | 'cancelled';
  livemode: boolean;
  organisation: { name: string; siret: string };
  productCode: string;
  quantity: number;
  totals: { ht: number; vat: number; ttc: number };
  paymentMethod: 'mandate' | 'transfer' | 'cheque' | null;
  paymentStatus: 'pending' | 'received' | 'mandate' | null;
  /** One per certificate, in order. */
  dossierStatuses: string[];
  /** A renewal: the certificate (dossier id) it renews, as in `order.placed`; null otherwise. */
  renewalOf: string | null;
}

/** Columns of the orders CSV, in order (RFC 4180, `;`, decimal commas). */
export const partnerOrderCsvColumns = [
  'reference',
  'date',
  'statut',
  'mode',
  'organisation',
  'siret',
  'produit',
  'quantite',
  'montant_ht',
  'tva',
  'montant_ttc',
  'moyen_paiement',
  'statut_paiement',
  'statuts_dossiers',
] as const;

/** GET /v1/partner/statements/{yyyy-mm}. */
export interface PartnerStatement {
  /** `YYYY-MM`, months in Europe/Paris time. */
  month: string;
  partner: { slug: string; name: string };
  livemode: boolean;
  orders: {
    reference: string;
    createdAt: string;
    organisation: string;
    productCode: string;
    quantity: number;
    totals: { ht: number; vat: number; ttc: number };
  }[];
  /** Credit notes do not exist yet: always empty. */
  creditNotes: never[];
  byProduct: { productCode: string; orders: number; quantity: number; ht: number; ttc: number }[];
  totals: { orders: number; ht: number; vat: number; ttc: number };
}

/** Who made a change: the secret key (its hint) or a portal user. */
export interface PartnerAuditActor {
  type: 'secret_key' | 'user';
  /** `sk_…` + hint, or the user's id. */
  id: string;
  email: string | null;
}

/** One entry of GET /v1/partner/audit. */
export interface PartnerAuditEntry {
  id: string;
  at: string;
  action: PartnerAuditAction;
  actor: PartnerAuditActor;
  ip: string | null;
  /** What changed (field names, never a secret). */
  details: Record<string, unknown>;
}

/** A portal user as listed to the partner's admins. */
export interface PartnerUserView {
  id: string;
  email: string;
  role: PartnerUserRole;
  /** False until the invitation was accepted. */
  active: boolean;
  createdAt: string;
}

/** POST /v1/partner-auth/login (202): a one-time link is e-mailed (same answer for anyone). */
export interface PartnerLoginStarted {
  status: 'link_sent';
}

/** POST /v1/partner-auth/session: the portal session (`pps_…`), sent as `Authorization: Bearer`. */
export interface PartnerSession {
  token: string;
  expiresAt: string;
  user: { email: string; role: PartnerUserRole };
}
