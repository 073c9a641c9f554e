import { css } from 'lit';

/**
 * The frame of a top-level part of the element (the purchase, the client space, a dossier): a
 * block that is its own size container, a padded column on the surface colour, and its header
 * (a title and tools, wrapping on narrow screens).
 */
export const frameStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  @container (max-width: 24rem) {
    .frame {
      padding: calc(var(--_space) * 0.5);
    }
  }
`;

/** A screen of a flow: a column of blocks with a focusable heading (`h2`). */
export const screenStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  h2 {
    font-size: 1.35rem;
    margin: 0;
  }

  p {
    margin: 0;
  }
`;
