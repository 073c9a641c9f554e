import { css } from 'lit';

export const productListStyles = css`
  :host {
    display: block;
  }

  h2 {
    font-size: 1.35rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .intro {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }

  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }

  li.card,
  li.empty {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  li.empty > * {
    visibility: hidden;
  }

  h3 {
    font-size: 1.1rem;
    margin: 0;
  }

  .blurb {
    margin: 0;
    color: var(--_muted);
  }

  .price {
    font-size: 1.5rem;
    font-weight: 700;
    margin: 0;
  }

  .price small {
    font-size: 0.9rem;
    font-weight: 400;
  }

  .validity {
    display: inline-block;
    align-self: flex-start;
    background: var(--_surface-alt);
    border-radius: 999px;
    padding: 0.1rem 0.7rem;
    font-size: 0.9rem;
  }

  .features {
    margin: 0;
    padding-left: 1.1rem;
    font-size: 0.95rem;
  }

  .actions {
    margin-top: auto;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.25rem;
  }

  /* Commander clicked before the purchase has loaded: it answers at once (busy). */
  button[aria-busy='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  button[aria-busy='true']::after {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-start: 0.5em;
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: certinomis-spin 0.8s linear infinite;
  }
  @keyframes certinomis-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    button[aria-busy='true']::after {
      animation: none;
    }
  }
`;
