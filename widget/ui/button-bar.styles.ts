import { css } from 'lit';

export const buttonBarStyles = css`
  :host {
    display: block;
  }

  .bar,
  .bar > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .bar {
    justify-content: space-between;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  button:not(.primary) {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
  }

  /* Annuler / Réinitialiser: quieter than Suivant, and kept away from it. */
  .secondary button {
    border-style: dashed;
  }

  .question {
    align-items: center;
  }

  .question p {
    margin: 0;
    font-weight: 600;
  }

  .danger {
    background: var(--_danger, #b42318);
    color: #fff;
    border: 1px solid transparent;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  @container (max-width: 32rem) {
    .bar,
    .bar > div {
      flex-direction: column-reverse;
      width: 100%;
    }

    /* On a phone the destructive buttons sit well below the main one. */
    .bar {
      gap: 2rem;
    }

    .question {
      flex-direction: column;
      align-items: stretch;
      gap: 0.75rem;
    }
  }
`;
