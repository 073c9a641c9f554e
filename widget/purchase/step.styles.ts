import { css } from 'lit';
import { screenStyles } from '../ui/frame.styles.ts';

/** Styles shared by the purchase screens (one stylesheet, adopted by each). */
export const stepStyles = css`
  ${screenStyles}

  h3 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }

  h4,
  .payee-heading {
    margin: 0;
    font-weight: 700;
  }

  .intro,
  .help,
  .note {
    color: var(--_muted);
  }

  .grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: 1fr;
  }

  .spacer {
    display: none;
  }

  @container (min-width: 32rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .grid .wide {
      grid-column: 1 / -1;
    }

    .spacer {
      display: block;
    }
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    min-height: 44px;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1.35rem;
    height: 1.35rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_primary);
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  .price {
    font-weight: 700;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .ok {
    color: #1a7f37;
    font-weight: 600;
  }

  .alert {
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
    align-self: flex-start;
  }

  .summary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface-alt);
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    text-align: left;
    padding: 0.35rem 0.5rem 0.35rem 0;
    vertical-align: top;
  }

  thead th {
    font-size: 0.85rem;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }

  tbody th {
    font-weight: 400;
  }

  .num {
    text-align: right;
    white-space: nowrap;
  }

  .code,
  .mono {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .code {
    display: block;
    color: var(--_muted);
  }

  .totals {
    margin: 0.75rem 0 0;
  }

  .totals div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }

  .totals dd {
    margin: 0;
    font-weight: 600;
  }

  .totals .ttc {
    font-size: 1.2rem;
    border-top: 1px solid var(--_border);
    margin-top: 0.25rem;
    padding-top: 0.25rem;
  }

  .status:empty {
    display: none;
  }

  .payee dl,
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
  }

  dt {
    font-weight: 600;
  }

  /* A word (a name, an e-mail address, a SIRET) breaks only when it cannot fit on a line alone
     (anywhere, not break-word: the value's column must be able to shrink below its longest word). */
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .fact {
    display: block;
  }

  /* A phone: labels above their values, so each value has the whole width. */
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1rem;
    }

    .facts dd + dt {
      margin-top: 0.5rem;
    }
  }

  .scroll {
    overflow-x: auto;
  }

  caption {
    text-align: left;
    font-weight: 600;
  }

  .payee {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  a {
    color: var(--_primary);
    font-weight: 600;
  }

  .why {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }

  .info {
    min-height: 0;
    width: 1.6rem;
    height: 1.6rem;
    padding: 0;
    border-radius: 50%;
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 700;
  }

  [role='tooltip'] {
    display: none;
    position: absolute;
    z-index: 1;
    top: 100%;
    left: 0;
    width: min(20rem, 80vw);
    margin-top: 0.35rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.9rem;
  }

  .why:hover [role='tooltip'],
  .info:focus + [role='tooltip'] {
    display: block;
  }

  .why.off [role='tooltip'] {
    display: none;
  }
`;
