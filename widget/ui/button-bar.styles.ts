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
  }
`;
