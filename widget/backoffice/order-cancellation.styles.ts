import { css } from 'lit';

/** The order section's own rules: choices at touch size, credit notes, the dialog at 360 px. */
export const orderStyles = css`
      fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
      .choice { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.5rem 0; min-height: 44px; }
      .choice input { inline-size: 1.25rem; block-size: 1.25rem; flex: none; }
      .credit-notes { list-style: none; padding: 0; margin: 0; }
      .credit-notes li { border-top: 1px solid currentColor; padding-block: 0.75rem; overflow-wrap: anywhere; }
      dialog { max-inline-size: min(32rem, calc(100vw - 2rem)); }
      .error { color: var(--error, #b00020); }
    `;
