import * as v from 'valibot';
import type { PartnerBranding } from '../contract.ts';
import { locales } from '../messages/locales.ts';
import {
  defaultBranding,
  FONT_FAMILY,
  FONT_FAMILY_MAX,
  HEX_COLOR,
  LOGO_URL,
} from '../rules/branding.ts';
import { safeText } from './text.ts';

/** A partner's slug (its URL name, e.g. in `/dev/webhooks/{slug}`), as the partners table allows. */
export const partnerSlugSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,62}$/));

/** `#rrggbb`: the only colour form accepted, so branding can never inject CSS. */
export const hexColorSchema = v.pipe(v.string(), v.regex(HEX_COLOR));

/** A CSS font-family list: names, quotes, commas, spaces and hyphens only (no `;`, `{`, `}`, `(`). */
export const fontFamilySchema = v.pipe(
  v.string(),
  v.maxLength(FONT_FAMILY_MAX),
  v.regex(FONT_FAMILY),
);

/** Logo: an `https:` URL, or a same-origin absolute path (`/…`); no `javascript:` or `data:`. */
export const logoUrlSchema = v.pipe(v.string(), safeText(), v.maxLength(2000), v.regex(LOGO_URL));

/** An origin as browsers send it: scheme, host, optional port, no path. */
export const originSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/));

export const partnerBrandingSchema = v.object({
  displayName: v.pipe(v.string(), safeText(), v.trim(), v.minLength(1), v.maxLength(80)),
  logoUrl: v.nullable(logoUrlSchema),
  colors: v.object({
    primary: hexColorSchema,
    onPrimary: hexColorSchema,
    accent: hexColorSchema,
  }),
  font: v.nullable(fontFamilySchema),
  defaultLocale: v.picklist(locales),
});

export { defaultBranding };

/**
 * The branding to apply, from stored (possibly partial or older) data: every
 * field that is missing or fails its schema falls back to the default, so a
 * bad value can never reach the page's CSS.
 */
export function resolveBranding(stored: unknown): PartnerBranding {
  const input = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const pick = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  const colors = (input.colors && typeof input.colors === 'object' ? input.colors : {}) as Record<
    string,
    unknown
  >;
  return {
    displayName: pick(
      partnerBrandingSchema.entries.displayName,
      input.displayName,
      defaultBranding.displayName,
    ),
    logoUrl: pick(v.nullable(logoUrlSchema), input.logoUrl, defaultBranding.logoUrl),
    colors: {
      primary: pick(hexColorSchema, colors.primary, defaultBranding.colors.primary),
      onPrimary: pick(hexColorSchema, colors.onPrimary, defaultBranding.colors.onPrimary),
      accent: pick(hexColorSchema, colors.accent, defaultBranding.colors.accent),
    },
    font: pick(v.nullable(fontFamilySchema), input.font, defaultBranding.font),
    defaultLocale: pick(v.picklist(locales), input.defaultLocale, defaultBranding.defaultLocale),
  };
}
