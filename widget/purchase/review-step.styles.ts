import { css } from 'lit';

export const reviewStyles = css`
  dialog {
    width: min(44rem, calc(100vw - 1.5rem));
    max-height: calc(100vh - 2rem);
    padding: var(--_space);
    border: none;
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  .cgv-body {
    overflow-y: auto;
    max-height: min(60vh, 36rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space);
  }

  .cgv-body :is(h2, h3) {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }

  .cgv-body p {
    margin: 0 0 0.5rem;
  }

  .sentinel {
    height: 1px;
  }

  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }

  .accept:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
