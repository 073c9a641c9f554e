import { css } from 'lit';
import { frameStyles } from '../ui/frame.styles.ts';

/** The client space's frame: header (title, language, account) and the current screen. */
export const clientSpaceStyles = css`
  ${frameStyles}

  header {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.75rem;
  }

  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.1rem;
  }

  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
  }

  .heading .test-badge {
    margin-left: 0;
  }

  .lang {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .lang label {
    font-weight: 600;
  }

  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    width: 100%;
  }

  .account p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .account button {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
    font-weight: 600;
  }

  .account button:disabled {
    opacity: 0.65;
    cursor: not-allowed;
  }

  /* After signing: it is done, and the next dossier to complete. */
  .done {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
    border: 1px solid #14532d;
    border-radius: 0.5rem;
    background: #def7e5;
    color: #14532d;
  }

  .done h3 {
    margin: 0;
  }
`;
