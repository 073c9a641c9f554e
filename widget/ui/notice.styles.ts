import { css } from 'lit';

/** A waiting message (`.status`) and a boxed error (`.error`: title, text, list, retry). */
export const noticeStyles = css`
  .status {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .error {
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
  }

  .error strong {
    display: block;
    color: var(--_danger);
  }

  .error p {
    margin: 0.25rem 0 0.75rem;
  }

  .error ul {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }
`;
