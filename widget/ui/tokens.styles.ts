import { css } from 'lit';

/**
 * Design tokens. Every colour, font and radius is a `--certinomis-*` custom
 * property with a default, so a partner themes the element from its own
 * stylesheet (custom properties inherit through the shadow boundary).
 *
 * Brand tokens fall back in three layers: what the page sets (`--certinomis-color-primary` on
 * the element or an ancestor), then the partner's branding from `GET /v1/catalog` (the private
 * `--_brand-*` properties that `brandSheet` sets on the element's shadow root), then the
 * built-in default.
 */
export const tokens = css`
  :host {
    --_primary: var(--certinomis-color-primary, var(--_brand-primary, #1d4f91));
    --_primary-contrast: var(
      --certinomis-color-primary-contrast,
      var(--_brand-on-primary, #ffffff)
    );
    --_accent: var(--certinomis-color-accent, var(--_brand-accent, #f59e0b));
    --_text: var(--certinomis-color-text, #1f2933);
    --_muted: var(--certinomis-color-muted, #52606d);
    --_surface: var(--certinomis-color-surface, #ffffff);
    --_surface-alt: var(--certinomis-color-surface-alt, #f3f5f8);
    --_border: var(--certinomis-color-border, #cbd2d9);
    --_danger: var(--certinomis-color-danger, #b42318);
    --_focus: var(--certinomis-color-focus, var(--_accent));
    --_radius: var(--certinomis-radius, 8px);
    --_space: var(--certinomis-spacing, 1rem);
    font-family: var(
      --certinomis-font-family,
      var(--_brand-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)
    );
    color: var(--_text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.6em 1.1em;
    min-height: 44px;
  }

  button.primary {
    background: var(--_primary);
    color: var(--_primary-contrast);
    border: 1px solid var(--_primary);
    font-weight: 600;
  }

  button.link {
    background: none;
    border: none;
    color: var(--_primary);
    padding: 0.25em 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
