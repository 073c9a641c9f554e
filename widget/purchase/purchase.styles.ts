import { css } from 'lit';

/** `<certinomis-purchase>`: a column in the shell's frame (title, intro, stepper, screen, buttons). */
export const purchaseStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  p {
    margin: 0;
  }

  .form-title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .intro {
    color: var(--_muted);
  }
`;
