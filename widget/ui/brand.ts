import { css, html, nothing } from 'lit';
import type { PartnerBranding } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { cssSafeBranding } from '../../machines/rules/branding.ts';
import { shellText } from '../i18n/shell.ts';

/** The partner as the element presents it (from `GET /v1/catalog`'s `partner`). */
export interface Brand {
  /** Validated: a missing or bad field is CERTINOMIS's default, never raw CSS. */
  branding: PartnerBranding;
  /** The partner's key is a test key: its orders are never fulfilled. */
  test: boolean;
  /** The logo's absolute URL (a same-origin path is the API's), or null. */
  logo: string | null;
}

/** The brand of the catalogue's `partner` (CERTINOMIS's defaults when absent or invalid). */
export function brandOf(partner: unknown, apiBase: string): Brand {
  const found = (partner && typeof partner === 'object' ? partner : {}) as {
    branding?: unknown;
    mode?: unknown;
  };
  const branding = cssSafeBranding(found.branding);
  let logo: string | null = null;
  try {
    logo = branding.logoUrl ? new URL(branding.logoUrl, apiBase).href : null;
  } catch {
    logo = null;
  }
  return { branding, test: found.mode === 'test', logo };
}

/**
 * The branding as a stylesheet for the element's shadow root: it sets only the private
 * `--_brand-*` properties, which the tokens use after the page's `--certinomis-*` ones, so
 * anything the page sets still wins. Colours are `#rrggbb` and the font a list of names (both
 * checked by `cssSafeBranding`); the font has its own rule so that it can spoil nothing else.
 */
export function brandCss({ colors, font }: PartnerBranding): string {
  return `:host{--_brand-primary:${colors.primary};--_brand-on-primary:${colors.onPrimary};--_brand-accent:${colors.accent}}${font ? `:host{--_brand-font:${font}}` : ''}`;
}

/**
 * Applies `brand` to `root` through a constructed stylesheet (adoptedStyleSheets: allowed by a
 * strict `style-src`, unlike a `<style>` element or a `style` attribute). Returns the sheet, to
 * be passed again on the next change; null where constructed stylesheets do not exist.
 */
export function adoptBrand(
  root: Element | DocumentFragment,
  brand: Brand,
  sheet: CSSStyleSheet | null,
): CSSStyleSheet | null {
  if (!(root instanceof ShadowRoot) || !root.adoptedStyleSheets) return null;
  const adopted = sheet ?? new CSSStyleSheet();
  adopted.replaceSync(brandCss(brand.branding));
  if (!root.adoptedStyleSheets.includes(adopted)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, adopted];
  }
  return adopted;
}

/** The partner's logo (hidden if it cannot be loaded: the name is shown beside it). */
export function brandLogo(brand: Brand, locale: Locale) {
  return brand.logo
    ? html`<img
        class="brand-logo"
        part="logo"
        src=${brand.logo}
        alt=${shellText(locale, 'brand.logo', { name: brand.branding.displayName })}
        @error=${(event: Event) => {
          (event.target as HTMLImageElement).hidden = true;
        }}
      />`
    : nothing;
}

/** "Mode test" when the partner's key is a test key. */
export function testBadge(brand: Brand, locale: Locale) {
  return brand.test
    ? html`<span class="test-badge" part="test-badge" title=${shellText(locale, 'brand.testHint')}
        >${shellText(locale, 'brand.test')}<span class="visually-hidden"
          >: ${shellText(locale, 'brand.testHint')}</span
        ></span
      >`
    : nothing;
}

/** The brand bar of the purchase: logo, name, test badge. */
export function brandBar(brand: Brand, locale: Locale) {
  return html`<div class="brand" part="brand">
    ${brandLogo(brand, locale)}<span class="brand-name">${brand.branding.displayName}</span>
    ${testBadge(brand, locale)}
  </div>`;
}

export const brandStyles = css`
  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
    padding-bottom: 0.5rem;
    border-bottom: 2px solid var(--_accent);
  }

  /* The brand bar's place while the catalogue loads (its height: the logo's). */
  .brand-placeholder {
    display: flex;
    align-items: center;
    min-height: 2rem;
    padding-bottom: 0.5rem;
    border-bottom: 2px solid transparent;
    color: var(--_muted);
  }

  .brand-name {
    font-weight: 700;
    font-size: 1.05rem;
  }

  .brand-logo {
    display: block;
    height: 2rem;
    width: auto;
    max-width: 9rem;
    object-fit: contain;
  }

  .test-badge {
    margin-left: auto;
    padding: 0.05rem 0.55rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    white-space: nowrap;
  }
`;

/** sessionStorage key of the partner's default language, to start in it on the next page. */
const localeKey = (partnerKey: string | null) =>
  `certinomis-order:${partnerKey || 'public'}:locale`;

/** The partner's default language seen last in this tab, or null. */
export function rememberedLocale(partnerKey: string | null): Locale | null {
  try {
    const value = globalThis.sessionStorage?.getItem(localeKey(partnerKey));
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null; // blocked storage
  }
}

/** Keeps a default language other than French (French, the default guess, stores nothing). */
export function rememberLocale(partnerKey: string | null, locale: Locale): void {
  try {
    const storage = globalThis.sessionStorage;
    if (locale === 'fr') storage?.removeItem(localeKey(partnerKey));
    else storage?.setItem(localeKey(partnerKey), locale);
  } catch {
    // Blocked storage: the next page asks again.
  }
}
