import { css } from 'lit';
import { screenStyles } from '../ui/frame.styles.ts';

/** `<certinomis-purchase>`: a column in the shell's frame (title, intro, stepper, screen, buttons). */
export const purchaseStyles = css`
  ${screenStyles}

  .form-title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .intro {
    color: var(--_muted);
  }
`;
