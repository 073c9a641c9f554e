import { css } from 'lit';

/**
 * The back office's own styles, on top of the client space's (`spaceStyles`: headings, alerts,
 * tables, status badges, buttons), which its screens share.
 */
export const backofficeStyles = css`
  form.filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    align-items: end;
    gap: 0.75rem var(--_space);
    max-width: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface-alt);
  }

  form.filters .filter-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    grid-column: 1 / -1;
  }

  form button.primary.inline,
  form.filters button.primary {
    width: auto;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    font-weight: 600;
  }

  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  .check input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }

  h3:focus,
  h2:focus,
  [tabindex='-1']:focus {
    outline: none;
  }

  h3:focus-visible,
  h2:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Keeps the visually hidden texts of a wide table inside its scrolling box. */
  .scroll {
    position: relative;
  }

  td .sub {
    display: block;
    color: var(--_muted);
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }

  tr.express > td:first-child {
    box-shadow: inset 4px 0 0 #b45309;
    padding-left: 0.6rem;
  }

  .flag {
    display: inline-block;
    margin-left: 0.35rem;
    padding: 0 0.45rem;
    border-radius: 4px;
    border: 1px solid currentColor;
    color: #7c2d12;
    background: #ffedd5;
    font-size: 0.8rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }

  .flag.revocation {
    margin-left: 0;
    color: #7f1d1d;
    background: #fee2e2;
  }

  .deadline {
    white-space: nowrap;
    font-weight: 600;
  }

  .title-line .deadline {
    white-space: normal;
  }

  .deadline.urgent {
    color: var(--_danger);
    font-weight: 700;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .title-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .sections {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 52rem) {
    .sections {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }

    .sections > .wide {
      grid-column: 1 / -1;
    }
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    min-width: 0;
  }

  .card.actions-card {
    border-color: var(--_primary);
    border-width: 2px;
  }

  dl.facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
    gap: 0.3rem 1rem;
    margin: 0;
  }

  dl.facts > div {
    display: contents;
  }

  dl.facts dt {
    color: var(--_muted);
    font-weight: 600;
  }

  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @container (max-width: 30rem) {
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0 1rem;
    }

    dl.facts dd {
      margin-bottom: 0.4rem;
    }
  }

  .action-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .action-buttons button[aria-expanded='true'] {
    background: var(--_primary);
    color: var(--_primary-contrast);
  }

  button.danger {
    background: var(--_surface);
    color: var(--_danger);
    border: 1px solid var(--_danger);
    font-weight: 600;
  }

  .action-buttons button.danger[aria-expanded='true'] {
    background: var(--_danger);
    color: #fff;
  }

  form.action-form {
    max-width: 36rem;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  form.action-form h4 {
    margin: 0;
    font-size: 1rem;
  }

  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .notice.success {
    border-color: #15803d;
    background: #f0fdf4;
  }

  .alert ul,
  .precheck ul,
  .blocked ul {
    margin: 0.35rem 0 0;
    padding-left: 1.25rem;
  }

  .precheck,
  .blocked {
    border-left: 4px solid #b45309;
    padding: 0.4rem 0.75rem;
    background: #fffbeb;
  }

  .documents {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .documents li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  .preview {
    margin: 0;
  }

  .preview img {
    display: block;
    max-width: 100%;
    max-height: 24rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table.history td,
  table.history th {
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  .nowrap {
    white-space: nowrap;
  }
`;
