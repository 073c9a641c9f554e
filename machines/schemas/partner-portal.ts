import '../messages/server.ts';
import * as v from 'valibot';
import { partnerTestEventTypes, partnerUserRoles, rollOverlapHours } from '../contract.ts';
import { isLocalHost, isPublicHttpsUrl } from '../rules/public-url.ts';
import { loginSchema, newPasswordSchema, tokenSchema } from './auth.ts';
import { emailSchema } from './email.ts';
import { calendarDateSchema, queryInteger } from './params.ts';
import { partnerBrandingSchema } from './partner.ts';
import { safeText } from './text.ts';

/** An origin as browsers send it: scheme, host, optional port, no path, lowercase. */
const exactOrigin = v.pipe(
  v.string('validation.origin_format'),
  v.maxLength(300, 'validation.origin_format'),
  v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'validation.origin_format'),
);

/** A live partner's origins are `https:` and not local; a test partner's may be `http:` or localhost. */
function originFor(mode: 'test' | 'live') {
  return v.pipe(
    exactOrigin,
    v.check(
      (origin) =>
        mode === 'test' ||
        (origin.startsWith('https://') && !isLocalHost(new URL(origin).hostname)),
      'validation.origin_live_https',
    ),
  );
}

const httpUrl = v.pipe(
  v.string('validation.url'),
  safeText(),
  v.maxLength(2000, 'validation.too_long'),
  v.check((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
      );
    } catch {
      return false;
    }
  }, 'validation.url'),
);

/** The webhook endpoint: a live partner's is `https:` on a public host (api/services/partners.ts). */
function webhookUrlFor(mode: 'test' | 'live') {
  return v.pipe(
    httpUrl,
    v.check((url) => mode === 'test' || isPublicHttpsUrl(url), 'validation.webhook_url'),
  );
}

/** PATCH /v1/partner for a partner in `mode`: any subset of the editable settings. */
export function partnerSettingsPatchSchema(mode: 'test' | 'live') {
  return v.strictObject(
    {
      allowedOrigins: v.optional(
        v.pipe(v.array(originFor(mode)), v.maxLength(20, 'validation.too_large')),
      ),
      webhookUrl: v.optional(v.nullable(webhookUrlFor(mode))),
      branding: v.optional(partnerBrandingSchema),
      clientSpaceUrl: v.optional(v.nullable(httpUrl)),
    },
    'validation.unknown_field',
  );
}

/** `{expiresInHours}` of a key or secret roll: 0–168, default 24. */
export const rollRequestSchema = v.object({
  expiresInHours: v.optional(
    v.pipe(
      v.number('validation.integer'),
      v.integer('validation.integer'),
      v.minValue(rollOverlapHours.min, 'validation.too_small'),
      v.maxValue(rollOverlapHours.max, 'validation.too_large'),
    ),
    rollOverlapHours.default,
  ),
});

export const testEventRequestSchema = v.object({
  type: v.optional(v.picklist(partnerTestEventTypes, 'validation.webhook_event_type'), 'ping'),
});

/** The `{eventId}` of a replay: `evt_<uuid>`, lowercased. */
export const eventIdParamSchema = v.pipe(
  v.string('validation.id_format'),
  v.regex(
    /^evt_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'validation.id_format',
  ),
  v.transform((value) => value.slice(4).toLowerCase()),
);

/** Filters of GET /v1/partner/orders (the cursor is checked by the route). */
export const partnerOrdersFilterSchema = v.object({
  status: v.optional(v.picklist(['placed', 'completed', 'cancelled'], 'validation.type')),
  mode: v.optional(v.picklist(['test', 'live'], 'validation.type')),
  from: v.optional(calendarDateSchema),
  to: v.optional(calendarDateSchema),
  limit: v.optional(queryInteger(1, 200), '50'),
});

/** `YYYY-MM` of a statement, in the years 2000–2999. */
export const statementMonthSchema = v.pipe(
  v.string('validation.month'),
  v.regex(/^2\d{3}-(0[1-9]|1[0-2])$/, 'validation.month'),
);

/** An admin inviting a user (POST /v1/partner/users), as the CLI does. */
export const partnerInviteSchema = v.object({
  email: emailSchema,
  role: v.picklist(partnerUserRoles, 'validation.type'),
});

/** POST /v1/partner-auth/login. */
export const partnerLoginSchema = loginSchema;

/** POST /v1/partner-auth/accept: the invitation's token and the chosen password. */
export const partnerAcceptSchema = v.object({
  token: tokenSchema,
  password: newPasswordSchema,
});

/** POST /v1/partner-auth/session: the e-mailed login link's token. */
export const partnerTokenSchema = v.object({ token: tokenSchema });
