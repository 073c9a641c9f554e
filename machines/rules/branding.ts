import type { PartnerBranding } from '../contract/catalog.ts';
import { type Locale, locales } from '../messages/locales.ts';

/** `#rrggbb`: the only colour form accepted, so branding can never inject CSS. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** A CSS font-family list: names, quotes, commas, spaces and hyphens only (no `;`, `{`, `}`, `(`). */
export const FONT_FAMILY = /^[\p{L}\p{N} ,'"_-]+$/u;
export const FONT_FAMILY_MAX = 200;
/** Logo: an `https:` URL, or a same-origin absolute path (`/…`); no `javascript:` or `data:`. */
export const LOGO_URL = /^(https:\/\/[^\s"'()\\]+|\/(?!\/)[^\s"'()\\]*)$/;

/** CERTINOMIS's own look: what a partner without branding shows. */
export const defaultBranding: PartnerBranding = {
  displayName: 'CERTINOMIS',
  logoUrl: null,
  colors: { primary: '#1d4f91', onPrimary: '#ffffff', accent: '#f59e0b' },
  font: null,
  defaultLocale: 'fr',
};

/**
 * What may reach a page's CSS and markup from a branding the server sent (already resolved by
 * it with the full schema, machines/schemas/partner.ts): each colour, the font and the logo
 * checked again by the same patterns, anything else CERTINOMIS's default. Small enough for the
 * element's first script (no schema library).
 */
export function cssSafeBranding(sent: unknown): PartnerBranding {
  const input = (sent && typeof sent === 'object' ? sent : {}) as Record<string, unknown>;
  const colors = (input.colors && typeof input.colors === 'object' ? input.colors : {}) as Record<
    string,
    unknown
  >;
  const matching = <T>(value: unknown, test: (text: string) => boolean, fallback: T): string | T =>
    typeof value === 'string' && test(value) ? value : fallback;
  const color = (name: 'primary' | 'onPrimary' | 'accent') =>
    matching(colors[name], (text) => HEX_COLOR.test(text), defaultBranding.colors[name]);
  const name = matching(input.displayName, (text) => text.trim().length > 0, '').trim();
  return {
    displayName: name.slice(0, 80) || defaultBranding.displayName,
    logoUrl: matching(input.logoUrl, (text) => text.length <= 2000 && LOGO_URL.test(text), null),
    colors: { primary: color('primary'), onPrimary: color('onPrimary'), accent: color('accent') },
    font: matching(
      input.font,
      (text) => text.length <= FONT_FAMILY_MAX && FONT_FAMILY.test(text),
      null,
    ),
    defaultLocale: locales.includes(input.defaultLocale as Locale)
      ? (input.defaultLocale as Locale)
      : defaultBranding.defaultLocale,
  };
}
