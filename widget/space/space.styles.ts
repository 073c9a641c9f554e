import { css } from 'lit';
import { screenStyles } from '../ui/frame.styles.ts';

/** Styles shared by the client space's screens (one stylesheet, adopted by each). */
export const spaceStyles = css`
  ${screenStyles}

  h3 {
    font-size: 1.1rem;
    margin: 0;
  }

  .intro,
  .help {
    color: var(--_muted);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-width: 28rem;
  }

  form button.primary {
    width: 100%;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  .secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .or {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    color: var(--_muted);
    font-weight: 600;
    max-width: 28rem;
  }

  .or::before,
  .or::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--_border);
  }

  .register {
    max-width: 28rem;
    display: flex;
    justify-content: center;
  }

  .notice,
  .alert {
    border: 1px solid var(--_border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
    max-width: 40rem;
  }

  .notice {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }

  .alert {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }

  .status {
    color: var(--_muted);
  }

  .waiting {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }

  .spinner {
    width: 1.1rem;
    height: 1.1rem;
    flex: none;
    border: 3px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  strong.address {
    overflow-wrap: anywhere;
  }
`;
