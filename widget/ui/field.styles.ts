import { css } from 'lit';

export const fieldStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  .req {
    color: var(--_danger);
  }

  input,
  select {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 4px 0 0 var(--_danger);
  }

  :disabled {
    background: var(--_surface-alt);
  }

  p {
    margin: 0;
    font-size: 0.9rem;
  }

  .help {
    color: var(--_muted);
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }
`;
