import { css } from 'lit';

/**
 * The portal's own styles, on top of the client space's (`spaceStyles`: headings, alerts,
 * tables, badges, buttons) that its screens share. Everything reflows down to 360 px.
 */
export const portalStyles = css`
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  nav button[aria-current='page'] {
    background: var(--_primary);
    color: var(--_primary-contrast);
  }

  form.inline,
  form.filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    align-items: end;
    gap: 0.75rem var(--_space);
    max-width: none;
  }

  form.inline button.primary,
  form.filters button.primary {
    width: auto;
  }

  .copyable {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .copyable label {
    font-weight: 600;
  }

  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .copy-row input,
  textarea.mono {
    flex: 1 1 14rem;
    min-width: 0;
    min-height: 44px;
    box-sizing: border-box;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    font-family: ui-monospace, monospace;
    background: var(--_surface-alt);
    color: inherit;
  }

  textarea.mono {
    width: 100%;
    min-height: 6rem;
    resize: vertical;
  }

  .copy-row input:focus-visible,
  textarea.mono:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .once {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  dl.facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }

  dl.facts dt {
    font-weight: 600;
  }

  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @container (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
  }

  .origin-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }

  .origin-row certinomis-field {
    flex: 1 1 14rem;
  }

  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .event {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .event h4 {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }

  .scroll {
    position: relative;
    overflow-x: auto;
  }

  h2:focus,
  [tabindex='-1']:focus {
    outline: none;
  }

  h2:focus-visible,
  .scroll:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
