import { css } from 'lit';

export const stepperStyles = css`
  :host {
    display: block;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }

  li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_muted);
  }

  .n {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
  }

  .current {
    color: var(--_primary);
    font-weight: 700;
  }

  .current .n {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_primary-contrast);
  }

  .done {
    color: var(--_text);
  }
`;
